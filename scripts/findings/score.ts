/**
 * Scoring of findings on real pairs, as ../shared/eval/findings/README.md defines it: gold recall
 * by kind, judged findings still reported, findings per pair. Pure: reports in, counts out.
 */
import { occurrences, overlaps, type Range, relocate } from './locate.js';

/** The parts of a report's side that scoring reads. */
export interface ScoredSide {
  text: string;
  sentences: { id: string; start: number; end: number }[];
}

/** The parts of a finding that scoring reads. */
export interface ScoredFinding {
  kind: string;
  a: { sentence: string; start: number; end: number }[];
  b: { sentence: string; start: number; end: number }[];
}

/** The parts of a report that scoring reads: its two sides and the findings a reader is shown. */
export interface ScoredReport {
  a: ScoredSide;
  b: ScoredSide;
  findings: ScoredFinding[];
}

/** A gold item: short verbatim quotes, null on the silent side of an omission. */
export interface GoldItem {
  kind: string;
  a: string | null;
  b: string | null;
  why?: string;
}

/** A judged finding: spans as `[start, end, text]`, empty on the silent side of an omission. */
export interface JudgedFinding {
  kind: string;
  a: [number, number, string][];
  b: [number, number, string][];
  verdict: 'CORRECT' | 'TRIVIAL' | 'WRONG';
}

type Side = 'a' | 'b';

/** Finding kinds that may cover a gold item of a kind (README: "Compatible"). */
const COMPATIBLE: Record<string, readonly string[]> = {
  refinement: ['refinement', 'divergence'],
  agreement: ['agreement', 'refinement'],
};

/** Whether a finding's span touches a located quote: overlapping it or in a sentence holding it. */
function hits(side: ScoredSide, spans: ScoredFinding['a'], quote: Range[]): boolean {
  const sentences = new Set(side.sentences.filter((s) => quote.some((q) => overlaps(s, q))).map((s) => s.id));
  return spans.some((span) => sentences.has(span.sentence) || quote.some((q) => overlaps(span, q)));
}

/** How a gold item fares in a report: covered, missed, or its quote is not in the text at all. */
export function goldOutcome(report: ScoredReport, item: GoldItem): 'covered' | 'missed' | 'unlocated' {
  const quotes: Partial<Record<Side, Range[]>> = {};
  for (const side of ['a', 'b'] as const) {
    const quote = item[side];
    if (quote === null) continue;
    quotes[side] = occurrences(report[side].text, quote);
    if (quotes[side].length === 0) return 'unlocated';
  }
  const kinds = COMPATIBLE[item.kind] ?? [item.kind];
  const covered = report.findings.some(
    (f) =>
      kinds.includes(f.kind) &&
      (['a', 'b'] as const).every((side) => {
        const quote = quotes[side];
        return quote === undefined ? f[side].length === 0 : hits(report[side], f[side], quote);
      }),
  );
  return covered ? 'covered' : 'missed';
}

/** Whether a judged finding is still reported: same kind, overlapping spans on each side. */
export function stillReported(report: ScoredReport, judged: JudgedFinding): boolean {
  const located: Partial<Record<Side, Range[]>> = {};
  for (const side of ['a', 'b'] as const) {
    const ranges = judged[side].map(([start, end, text]) => relocate(report[side].text, start, end, text));
    if (ranges.some((r) => r === null)) return false;
    located[side] = ranges as Range[];
  }
  return report.findings.some(
    (f) =>
      f.kind === judged.kind &&
      (['a', 'b'] as const).every((side) => {
        const ranges = located[side] ?? [];
        if (ranges.length === 0) return f[side].length === 0;
        return f[side].some((span) => ranges.some((r) => overlaps(span, r)));
      }),
  );
}

/** What a reader must wade through: findings of every kind but agreement. */
export function nonAgreementCount(report: ScoredReport): number {
  return report.findings.filter((f) => f.kind !== 'agreement').length;
}

/** The median of a list of numbers (0 when empty). */
export function median(values: number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((x, y) => x - y);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}
