/**
 * Scores framing findings against NewsWCL50's word-choice annotations (Hamborg, Zhukova, Gipp,
 * JCDL 2019). Usage: npm run --silent eval:framing -- <dir>, where <dir> is one event folder
 * (holding annotations.csv and ll/l/m/r/rr.txt), the newswcl50 folder (every event-* in it) or the
 * shared folder that holds corpora/newswcl50.
 *
 * Each annotated mention has a concept (`code_name`) and token positions in the dataset's own
 * tokenisation; it is mapped to our offsets by text: the words of `code_mention` are searched in
 * its paragraph (the n-th non-empty line, or the nearest line within two that holds them: the
 * dataset's paragraph numbers drift by a line in places), and the k-th annotation of the same words in that
 * paragraph (by sentence, then token) takes the k-th occurrence. Quotes are compared as ASCII.
 *
 * For each event, findFraming runs on all 10 outlet pairs (a = the more left-leaning outlet), with
 * the alignment of src/stages/align when it loads, else an empty alignment (the script says so).
 * - Precision: a finding is correct when its a-span overlaps a mention of concept C in outlet A,
 *   its b-span overlaps a mention of the same C in outlet B, and those two mentions are worded
 *   differently (lower-cased, leading article dropped). A finding that touches no annotation
 *   counts as wrong: the annotators coded every actor, country, event and act of the articles.
 * - Recall: the units are (concept, outlet pair) where both outlets mention the concept and each
 *   uses a wording for it that the other never uses (so their word choice differs both ways).
 *   PROPERTY codes are left out of the units: they tag evaluative words about a target ("Power",
 *   "Aggressor"), not names of one referent. A unit is recalled when a correct finding of that
 *   pair hits the concept. Precision counts hits on any concept, PROPERTY included.
 * Scale: Hamborg et al. report F1 45.7% for their (different) mention-clustering task.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { finishDespiteClosedPipe } from '../src/cli/closed-pipe.js';
import type { AlignmentLink } from '../src/model/alignment.js';
import type { AnalyzedSource } from '../src/model/analyzed-source.js';
import type { Span } from '../src/model/span.js';
import { analyzeFile } from '../src/pipeline.js';
import { type FindingDraft, findFraming } from '../src/stages/compare/framing/index.js';

finishDespiteClosedPipe();

const OUTLETS = ['ll', 'l', 'm', 'r', 'rr'] as const;

interface Mention {
  concept: string;
  type: string;
  words: string;
  start: number;
  end: number;
}

/** RFC 4180 rows: quoted fields may hold commas and doubled quotes. */
function parseCsv(text: string): Record<string, string>[] {
  const rows: string[][] = [];
  let field = '';
  let row: string[] = [];
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') [field, i] = [`${field}"`, i + 1];
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') [row, field] = [[...row, field], ''];
    else if (c === '\n') [rows[rows.length], row, field] = [[...row, field], [], ''];
    else if (c !== '\r') field += c;
  }
  if (field || row.length) rows.push([...row, field]);
  const [head, ...body] = rows;
  return body.map((r) => Object.fromEntries(head.map((h, i) => [h, r[i] ?? ''])));
}

/** One-to-one ASCII folding, so offsets in the folded string are offsets in the original. */
const fold = (s: string): string => s.replace(/[\u2018\u2019]/gu, "'").replace(/[\u201c\u201d]/gu, '"');
/** The dataset's PTB tokens back to text. */
const untokenize = (s: string): string =>
  fold(s).replace(/``|''/gu, '"').replace(/-lrb-/giu, '(').replace(/-rrb-/giu, ')');
const wording = (s: string): string =>
  untokenize(s)
    .toLowerCase()
    .replace(/^(the|a|an)\s+/u, '')
    .trim();

/** Maps the annotations of one outlet onto its text. Returns the mentions and how many failed. */
function mapMentions(source: AnalyzedSource, rows: Record<string, string>[]): [Mention[], number] {
  const lines: { start: number; text: string }[] = [];
  let at = 0;
  for (const line of source.text.split('\n')) {
    if (line.trim()) lines.push({ start: at, text: fold(line) });
    at += line.length + 1;
  }
  const groups = new Map<string, Record<string, string>[]>();
  for (const r of rows) {
    const k = `${r.paragraph}|${untokenize(r.code_mention)}`;
    groups.set(k, [...(groups.get(k) ?? []), r]);
  }
  const mentions: Mention[] = [];
  let failed = 0;
  for (const [k, group] of groups) {
    const [paragraph, words] = [Number(k.split('|')[0]), k.slice(k.indexOf('|') + 1)];
    // The dataset's paragraph numbers drift by a line here and there: look nearby too.
    const near = [0, 1, -1, 2, -2].map((d) => lines[paragraph + d]).filter((l) => l !== undefined);
    const occurrences = (l: { text: string }) => {
      const [hay, needle, at] = [l.text.toLowerCase(), words.toLowerCase(), [] as number[]];
      for (let i = hay.indexOf(needle); needle && i >= 0; i = hay.indexOf(needle, i + 1)) at.push(i);
      return at;
    };
    const line = near.find((l) => occurrences(l).length > 0) ?? near[0];
    const found = line ? occurrences(line) : [];
    group.sort((x, y) => Number(x.sentence) - Number(y.sentence) || Number(x.start) - Number(y.start));
    group.forEach((r, i) => {
      if (i >= found.length) {
        failed += 1;
        return;
      }
      const start = line.start + found[i];
      mentions.push({
        concept: r.code_name,
        type: r.code_type,
        words: r.code_mention,
        start,
        end: start + words.length,
      });
    });
  }
  return [mentions, failed];
}

const hits = (span: Span, mentions: Mention[]) =>
  mentions.filter((m) => m.start < span.end && span.start < m.end);

/** The concepts a finding gets right: both spans on mentions of one concept, worded differently. */
function correctConcepts(f: FindingDraft, ma: Mention[], mb: Mention[]): Set<string> {
  const ok = new Set<string>();
  for (const x of f.a.flatMap((s) => hits(s, ma)))
    for (const y of f.b.flatMap((s) => hits(s, mb)))
      if (x.concept === y.concept && wording(x.words) !== wording(y.words)) ok.add(x.concept);
  return ok;
}

/** Recall units of a pair: referent concepts that each outlet words in a way the other does not. */
function units(ma: Mention[], mb: Mention[]): Set<string> {
  const words = (ms: Mention[], c: string) =>
    new Set(ms.filter((m) => m.concept === c).map((m) => wording(m.words)));
  const concepts = new Set(ma.filter((m) => m.type !== 'PROPERTY').map((m) => m.concept));
  const found = new Set<string>();
  for (const c of concepts) {
    const [wa, wb] = [words(ma, c), words(mb, c)];
    if (wb.size > 0 && [...wa].some((w) => !wb.has(w)) && [...wb].some((w) => !wa.has(w))) found.add(c);
  }
  return found;
}

type Aligner = (a: AnalyzedSource, b: AnalyzedSource) => AlignmentLink[];

async function loadAligner(): Promise<Aligner | null> {
  try {
    const path = '../src/stages/align/index.js';
    const mod = (await import(path)) as { align?: Aligner };
    return typeof mod.align === 'function' ? mod.align : null;
  } catch {
    return null;
  }
}

interface Tally {
  findings: number;
  correct: number;
  touching: number;
  units: number;
  recalled: number;
  unmapped: number;
}

function scoreEvent(dir: string, aligner: Aligner | null): Tally {
  const rows = parseCsv(readFileSync(join(dir, 'annotations.csv'), 'utf8'));
  const tally: Tally = { findings: 0, correct: 0, touching: 0, units: 0, recalled: 0, unmapped: 0 };
  const sources = OUTLETS.map((o) => analyzeFile(join(dir, `${o}.txt`)));
  const mentions = OUTLETS.map((o, i) => {
    const [ms, failed] = mapMentions(
      sources[i],
      rows.filter((r) => r.publisher_id === o.toUpperCase()),
    );
    tally.unmapped += failed;
    return ms;
  });
  for (let i = 0; i < OUTLETS.length; i++)
    for (let j = i + 1; j < OUTLETS.length; j++) {
      const [a, b, ma, mb] = [sources[i], sources[j], mentions[i], mentions[j]];
      const findings = findFraming(a, b, aligner ? aligner(a, b) : []);
      const recalled = new Set<string>();
      for (const f of findings) {
        const ok = correctConcepts(f, ma, mb);
        tally.findings += 1;
        tally.correct += ok.size > 0 ? 1 : 0;
        tally.touching += f.a.some((s) => hits(s, ma).length) || f.b.some((s) => hits(s, mb).length) ? 1 : 0;
        for (const c of ok) recalled.add(c);
      }
      const want = units(ma, mb);
      tally.units += want.size;
      tally.recalled += [...want].filter((c) => recalled.has(c)).length;
    }
  return tally;
}

const ratio = (x: number, y: number) => (y === 0 ? 0 : x / y);
function line(t: Tally): string {
  const p = ratio(t.correct, t.findings);
  const r = ratio(t.recalled, t.units);
  const f1 = ratio(2 * p * r, p + r);
  return `precision=${p.toFixed(3)} recall=${r.toFixed(3)} f1=${f1.toFixed(3)} n=${t.findings}`;
}

const dir = process.argv[2];
if (!dir || !existsSync(dir)) {
  console.error(
    'usage: npm run --silent eval:framing -- <shared folder, newswcl50 folder or one event folder>',
  );
  process.exit(2);
}
/** The event folders under `root`: itself when it is one, else its event-* children. */
const eventsIn = (root: string): string[] =>
  existsSync(join(root, 'annotations.csv'))
    ? [root]
    : readdirSync(root)
        .filter((d) => existsSync(join(root, d, 'annotations.csv')))
        .sort()
        .map((d) => join(root, d));
// The other eval scripts take the shared folder itself; accept it here too rather than score nothing.
const nested = join(dir, 'corpora', 'newswcl50');
const here = eventsIn(dir);
const events = here.length || !existsSync(nested) ? here : eventsIn(nested);
if (events.length === 0) {
  console.error(
    `eval:framing: no NewsWCL50 annotations.csv in or under ${dir}; pass the newswcl50 folder (shared/corpora/newswcl50) or one event folder`,
  );
  process.exit(2);
}
const aligner = await loadAligner();
console.log(
  `alignment: ${aligner ? 'src/stages/align' : 'none (align stage not loadable: empty alignment)'}`,
);
const total: Tally = { findings: 0, correct: 0, touching: 0, units: 0, recalled: 0, unmapped: 0 };
const tune: Tally = { ...total };
// event-4 is held out (HELPERS.md): the `tune:` line leaves it out, `overall` keeps it.
const HELD_OUT = new Set(['event-4']);
for (const event of events) {
  const t = scoreEvent(event, aligner);
  for (const k of Object.keys(total) as (keyof Tally)[]) total[k] += t[k];
  if (!HELD_OUT.has(event.split('/').pop() ?? ''))
    for (const k of Object.keys(tune) as (keyof Tally)[]) tune[k] += t[k];
  const extra = `correct=${t.correct} touching-annotations=${t.touching} units=${t.units} recalled=${t.recalled} unmapped-mentions=${t.unmapped}`;
  console.log(`${event.split('/').pop()}: ${line(t)} ${extra}`);
}
console.log(`tune (held-out event-4 left out): ${line(tune)}`);
console.log(
  `overall: units=${total.units} recalled=${total.recalled} correct=${total.correct} unmapped-mentions=${total.unmapped}`,
);
console.log(line(total));
