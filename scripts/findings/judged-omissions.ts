import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { judgedOmissions } from '../omission-signals/judged.js';
import { splitOf } from './split.js';

/** A judged omission on a tune pair: where its evidence is, and the reader's verdict. */
export interface JudgedOmission {
  aPath: string;
  bPath: string;
  /** The side its evidence is on: the side that reports what the other omits. */
  side: 'a' | 'b';
  spans: [number, number, string][];
  verdict: string;
  /** Where the verdict came from (a verdicts file or judged.json). */
  from: string;
  /** The reader's reason. */
  why: string;
  /** The finding's explanation as the reader saw it. */
  explanation: string;
}

interface BatchItem {
  a_path: string;
  b_path: string;
  kind: string;
  split?: string;
  a: [number, number, string][];
  b: [number, number, string][];
  index?: number;
  verdict?: string;
  why?: string;
  explanation?: string;
}

const readJson = <T>(path: string): T => JSON.parse(readFileSync(path, 'utf8')) as T;

/** The batch a verdicts file judges: `verdicts-X.json` → `X.json` (`batch-X.json` in the first round; `-final` re-judged the same batch). */
function batchOf(dir: string, verdicts: string): string | undefined {
  const name = basename(verdicts).slice('verdicts-'.length);
  const candidates = [name, `batch-${name}`, name.replace('-final', '')];
  return candidates.map((n) => join(dir, n)).find((p) => existsSync(p));
}

function toJudged(item: BatchItem, verdict: string, from: string, why: string): JudgedOmission | undefined {
  if (item.kind !== 'omission' || item.split === 'heldout') return undefined;
  if (splitOf(item.a_path) === 'heldout' || splitOf(item.b_path) === 'heldout') return undefined;
  const side = item.a.length > 0 ? 'a' : 'b';
  // Some batches wrote one span bare, `[start, end, text]`, instead of a list of them.
  const raw = item[side] as unknown[];
  const spans = (Array.isArray(raw[0]) ? raw : [raw]) as [number, number, string][];
  const explanation = item.explanation ?? '';
  return { aPath: item.a_path, bPath: item.b_path, side, spans, verdict, from, why, explanation };
}

/** Every judged omission on tune pairs in `judgeDirs` (verdicts beside their batches; `heldout-*` skipped). */
export function judgedInDirs(judgeDirs: string[]): JudgedOmission[] {
  const out: JudgedOmission[] = [];
  for (const dir of judgeDirs)
    for (const file of readdirSync(dir).sort()) {
      if (!file.startsWith('verdicts-') || file.includes('heldout')) continue;
      const batchPath = batchOf(dir, file);
      if (!batchPath) continue;
      const batch = readJson<BatchItem[]>(batchPath);
      const indexed = batch.some((b) => b.index !== undefined);
      for (const v of readJson<{ index: number; verdict: string; why?: string }[]>(join(dir, file))) {
        const item = indexed ? batch.find((b) => b.index === v.index) : batch[v.index];
        const judged = item && toJudged(item, v.verdict, `${basename(dir)}/${file}`, v.why ?? '');
        if (judged) out.push(judged);
      }
    }
  return out;
}

/** The judged omissions of `judged.json` (issue 10's first reading) on tune pairs. */
export function judgedInFile(path: string): JudgedOmission[] {
  return readJson<BatchItem[]>(path).flatMap((item) => {
    const judged = toJudged(item, item.verdict ?? '', 'judged.json', item.why ?? '');
    return judged ? [judged] : [];
  });
}

/**
 * Every judged omission on tune pairs in batches laid out as judge12 on lays them: `X.json` beside
 * `X-verdicts.json`, or the verdict inside each item (omission-signals/judged.ts reads both), which
 * `judgedInDirs` does not read. Batches named `*heldout*` are never opened.
 */
export function judgedInBatches(judgeDirs: string[]): JudgedOmission[] {
  return judgedOmissions(judgeDirs, /heldout/).judged.flatMap((j) =>
    j.split === 'heldout' || splitOf(j.bPath) === 'heldout'
      ? []
      : [
          {
            aPath: j.aPath,
            bPath: j.bPath,
            side: j.side,
            spans: j.spans.map(([s, e], k) => [s, e, j.texts[k]] as [number, number, string]),
            verdict: j.verdict,
            from: j.from,
            why: j.why,
            explanation: j.explanation,
          },
        ],
  );
}

/** One verdict per finding (pair, side, spans): the latest reading wins. */
export function dedupe(list: JudgedOmission[]): JudgedOmission[] {
  const byKey = new Map<string, JudgedOmission>();
  for (const j of list)
    byKey.set(`${j.aPath}|${j.bPath}|${j.side}|${j.spans.map((s) => `${s[0]}-${s[1]}`).join(',')}`, j);
  return [...byKey.values()];
}
