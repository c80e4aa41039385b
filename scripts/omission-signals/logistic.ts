/**
 * The pieces fit.ts and refit.ts share (hold15, issue 10): rows of features.ts, the transform of a
 * feature, an L2-penalised logistic regression on standardised features, and the AUC.
 * Measurement only, not runtime code.
 */

/** One row of features.ts: a shown omission, judged (WRONG, TRIVIAL, CORRECT) or UNJUDGED. */
export interface Row {
  pair: string;
  split: 'tune' | 'heldout';
  verdict: string;
  from: string;
  readIn?: string[];
  features: Record<string, number>;
}

/** Counts grow by orders of magnitude: their logarithm enters the fit. */
const LOGGED = new Set([
  'words',
  'contentWords',
  'paragraph',
  'sentences',
  'namesAbsent',
  'otherWords',
  'ownWords',
]);
export const value = (r: Row, f: string) => (LOGGED.has(f) ? Math.log1p(r.features[f]) : r.features[f]);

/** A fitted regression: the features, their training means and deviations, intercept then weights. */
export interface Weights {
  features: string[];
  mean: number[];
  sd: number[];
  w: number[];
}

/** The linear score of a row (log-odds of WRONG) under `m`. */
export const linear = (m: Weights, r: Row): number =>
  m.w[0] + m.features.reduce((s, f, k) => s + m.w[k + 1] * ((value(r, f) - m.mean[k]) / m.sd[k]), 0);

/** L2-penalised logistic regression (WRONG 1, CORRECT 0) on standardised features, by Newton's method. */
export function fitLogistic(features: string[], train: Row[], lambda = 1): Weights {
  const fit = train.filter((r) => r.verdict === 'WRONG' || r.verdict === 'CORRECT');
  const mean = features.map((f) => fit.reduce((s, r) => s + value(r, f), 0) / fit.length);
  const sd = features.map(
    (f, k) => Math.sqrt(fit.reduce((s, r) => s + (value(r, f) - mean[k]) ** 2, 0) / fit.length) || 1,
  );
  const X = fit.map((r) => [1, ...features.map((f, k) => (value(r, f) - mean[k]) / sd[k])]);
  const y = fit.map((r) => (r.verdict === 'WRONG' ? 1 : 0));
  const n = features.length + 1;
  let w = new Array<number>(n).fill(0);
  for (let round = 0; round < 25; round++) {
    const g = w.map((wk, k) => (k === 0 ? 0 : lambda * wk));
    const H = Array.from({ length: n }, (_, i) =>
      Array.from({ length: n }, (_, j) => (i === j && i > 0 ? lambda : 0)),
    );
    X.forEach((xi, i) => {
      const p = 1 / (1 + Math.exp(-xi.reduce((s, v, k) => s + v * w[k], 0)));
      for (let a = 0; a < n; a++) {
        g[a] += (p - y[i]) * xi[a];
        for (let b = 0; b < n; b++) H[a][b] += p * (1 - p) * xi[a] * xi[b];
      }
    });
    const step = solve(H, g);
    w = w.map((wk, k) => wk - step[k]);
  }
  return { features, mean, sd, w };
}

/** Solves A z = b by Gaussian elimination with partial pivoting. */
function solve(A: number[][], b: number[]): number[] {
  const m = A.map((row, i) => [...row, b[i]]);
  const n = b.length;
  for (let c = 0; c < n; c++) {
    let p = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(m[r][c]) > Math.abs(m[p][c])) p = r;
    [m[c], m[p]] = [m[p], m[c]];
    for (let r = 0; r < n; r++) {
      if (r === c) continue;
      const f = m[r][c] / m[c][c];
      for (let k = c; k <= n; k++) m[r][k] -= f * m[c][k];
    }
  }
  return m.map((row, i) => row[n] / row[i]);
}

/** Chance that a WRONG row scores above a CORRECT one (ties count half). */
export function auc(scored: { r: Row; s: number }[]): number {
  const w = scored.filter((x) => x.r.verdict === 'WRONG').map((x) => x.s);
  const c = scored.filter((x) => x.r.verdict === 'CORRECT').map((x) => x.s);
  let sum = 0;
  for (const a of w) for (const b of c) sum += a > b ? 1 : a === b ? 0.5 : 0;
  return sum / (w.length * c.length);
}

/** "WRONG h/n (p%), TRIVIAL h/n, CORRECT h/n (p%)": what a cut hides of `all`. */
export function tally(hidden: Row[], all: Row[]): string {
  const n = (rs: Row[], v: string) => rs.filter((r) => r.verdict === v).length;
  const part = (v: string) => `${v} ${n(hidden, v)}/${n(all, v)}`;
  const pct = (v: string) => ((100 * n(hidden, v)) / n(all, v)).toFixed(0);
  return `hides ${part('WRONG')} (${pct('WRONG')}%), ${part('TRIVIAL')}, ${part('CORRECT')} (${pct('CORRECT')}%)`;
}
