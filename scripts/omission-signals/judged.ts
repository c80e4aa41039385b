import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { type Split, splitOf } from '../findings/split.js';

// Inputs: readers' verdict batches (hold15, issue 10). A batch is `X.json` (a list of shown findings
// as scripts/findings/sample.ts writes them) beside `X-verdicts.json` (a list of {i, verdict, why});
// a merged file carries the verdict inside each item. Measurement only, not runtime code.

/** One judged omission: its pair, the side its evidence is on, its spans and the verdict. */
export interface JudgedOmission {
  aPath: string;
  bPath: string;
  split: Split;
  side: 'a' | 'b';
  spans: [number, number][];
  verdict: string;
  /** The file the verdict came from. */
  from: string;
  /** Every file the finding was read in (a random draw or a batch chosen for a rule), in reading order. */
  readIn: string[];
  /** The reader's reason, the rule and explanation the reader saw, and the text of each span. */
  why: string;
  rule: string;
  explanation: string;
  texts: string[];
}

interface BatchItem {
  a_path: string;
  b_path: string;
  kind: string;
  a: [number, number, string][];
  b: [number, number, string][];
  verdict?: string;
  why?: string;
  rule?: string;
  explanation?: string;
}

const readJson = <T>(path: string): T => JSON.parse(readFileSync(path, 'utf8')) as T;

function toJudged(item: BatchItem, verdict: string, from: string, why: string): JudgedOmission | undefined {
  if (item.kind !== 'omission' || !verdict) return undefined;
  const side = item.a.length > 0 ? 'a' : 'b';
  const spans = item[side].map(([s, e]) => [s, e] as [number, number]);
  return {
    aPath: item.a_path,
    bPath: item.b_path,
    split: splitOf(item.a_path),
    side,
    spans,
    verdict,
    from,
    readIn: [from],
    why,
    rule: item.rule ?? '',
    explanation: item.explanation ?? '',
    texts: item[side].map(([, , t]) => t),
  };
}

/** The verdicts of `file`: beside it in `X-verdicts.json`, or inside its items. */
function judgedIn(dir: string, file: string): JudgedOmission[] {
  const path = join(dir, file);
  const batch = readJson<BatchItem[]>(path);
  if (!Array.isArray(batch) || batch.length === 0 || typeof batch[0] !== 'object' || !('kind' in batch[0]))
    return [];
  const from = `${basename(dir)}/${file}`;
  const verdictsPath = path.replace(/\.json$/, '-verdicts.json');
  if (existsSync(verdictsPath)) {
    const verdicts = readJson<{ i?: number; verdict: string; why?: string }[]>(verdictsPath);
    return verdicts.flatMap((v, k) => {
      const item = batch[v.i ?? k];
      const judged = item && toJudged(item, v.verdict, from, v.why ?? '');
      return judged ? [judged] : [];
    });
  }
  return batch.flatMap((item) => {
    const judged = toJudged(item, item.verdict ?? '', from, item.why ?? '');
    return judged ? [judged] : [];
  });
}

/** The key of a finding as tools/common.py makes it: pair, kind and spans. */
export const keyOf = (aPath: string, bPath: string, side: 'a' | 'b', spans: [number, number][]): string =>
  JSON.stringify([aPath, bPath, 'omission', side === 'a' ? spans : [], side === 'b' ? spans : []]);

/**
 * Every judged omission in `dirs`, one verdict a finding (the latest reading wins: directories in
 * the order given, files in name order). Batches whose file name `skip` matches are not read (a set still
 * being judged stays unread until its test). Returns the verdicts and how many findings had two that differ.
 */
export function judgedOmissions(
  dirs: string[],
  skip?: RegExp,
): { judged: JudgedOmission[]; conflicts: number } {
  const byKey = new Map<string, JudgedOmission>();
  let conflicts = 0;
  for (const dir of dirs)
    for (const file of readdirSync(dir).sort()) {
      if (!file.endsWith('.json') || file.endsWith('-verdicts.json') || skip?.test(file)) continue;
      for (const j of judgedIn(dir, file)) {
        const key = keyOf(j.aPath, j.bPath, j.side, j.spans);
        const before = byKey.get(key);
        if (before && before.verdict !== j.verdict) conflicts++;
        byKey.set(key, before ? { ...j, readIn: [...before.readIn, j.from] } : j);
      }
    }
  return { judged: [...byKey.values()], conflicts };
}
