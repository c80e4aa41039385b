// PolNeAR's brat files (Newell, Margolin & Ruths, LREC 2018): <dir>/text/<doc>.txt and
// <dir>/attributions/<doc>_<annotator>.ann, with Source, Cue and Content spans (discontinuous
// fragments joined by ';') tied together by Attribution events.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { UserError } from '../../src/errors.js';

/** A half-open UTF-16 range. */
export type Frag = [number, number];

/** One attribution: the fragments of its source, cue and content (source may be empty). */
export interface Attr {
  source: Frag[];
  cue: Frag[];
  content: Frag[];
}

/** One article with its gold attributions. */
export interface Article {
  doc: string;
  text: string;
  gold: Attr[];
}

/** UTF-16 offsets; brat counts code points, which differ only past the BMP, so convert when they do. */
function toUtf16(text: string): (n: number) => number {
  const cps = [...text];
  if (cps.length === text.length) return (n) => n;
  const map: number[] = [0];
  for (const cp of cps) map.push(map[map.length - 1] + cp.length);
  return (n) => map[n] ?? n;
}

function parseFrags(field: string, conv: (n: number) => number): Frag[] {
  return field.split(';').map((f) => {
    const [s, e] = f.trim().split(' ').map(Number);
    return [conv(s), conv(e)];
  });
}

/** The attributions of one .ann file. */
export function parseAnn(ann: string, text: string): Attr[] {
  const conv = toUtf16(text);
  const spans = new Map<string, Frag[]>();
  const attrs: Attr[] = [];
  for (const line of ann.split('\n')) {
    const t = /^(T\d+)\t\S+ ([\d ;]+)\t/u.exec(line);
    if (t) spans.set(t[1], parseFrags(t[2], conv));
    const e = /^E\d+\tAttribution[^:]*:\S+ (.*)$/u.exec(line);
    if (!e) continue;
    const attr: Attr = { source: [], cue: [], content: [] };
    for (const arg of e[1].trim().split(/\s+/u)) {
      const [role, id] = arg.split(':');
      const key = role.toLowerCase().replace(/\d+$/u, '') as keyof Attr;
      if (key in attr) attr[key].push(...(spans.get(id) ?? []));
    }
    attrs.push(attr);
  }
  return attrs;
}

/**
 * The articles of a PolNeAR directory in name order. Where an article has several annotators,
 * the first .ann in name order is the gold, so no article counts twice.
 */
export function readArticles(dir: string): Article[] {
  for (const sub of ['text', 'attributions'])
    if (!existsSync(join(dir, sub)))
      throw new UserError(
        'missing-file',
        `${join(dir, sub)} not found`,
        'give the PolNeAR folder that holds text/ and attributions/ (e.g. ../shared/eval/polnear/dev)',
        join(dir, sub),
      );
  const annFiles = readdirSync(join(dir, 'attributions'))
    .filter((f) => f.endsWith('.ann'))
    .sort();
  const articles: Article[] = [];
  const seen = new Set<string>();
  for (const ann of annFiles) {
    const doc = ann.replace(/_[0-9a-f]+\.ann$/u, '');
    if (seen.has(doc)) continue;
    seen.add(doc);
    const text = readFileSync(join(dir, 'text', `${doc}.txt`), 'utf8');
    articles.push({ doc, text, gold: parseAnn(readFileSync(join(dir, 'attributions', ann), 'utf8'), text) });
  }
  return articles.sort((x, y) => (x.doc < y.doc ? -1 : x.doc > y.doc ? 1 : 0));
}

/** The deterministic split: every 4th article in name order is held out, the rest is for tuning. */
export const isHeldOut = (index: number): boolean => index % 4 === 3;

/** readArticles for a script: a wrong folder prints one line (no stack trace) and exits 2. */
export function readArticlesOrExit(dir: string): Article[] {
  try {
    return readArticles(dir);
  } catch (e) {
    if (!(e instanceof UserError)) throw e;
    console.error(e.toLine());
    process.exit(2);
  }
}
