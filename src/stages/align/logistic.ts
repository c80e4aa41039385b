/**
 * A small L2-regularised logistic regression: the paraphrase model of the alignment.
 * natural's LogisticRegressionClassifier takes bags of words, not numeric signals, so the
 * model is fitted here with Newton's method (a dozen iterations on 13 features).
 */

/** Fitted weights, one per feature, plus the intercept. */
export interface LogisticWeights {
  weights: number[];
  bias: number;
}

/** P(paraphrase) for one feature vector. */
export function probability(model: LogisticWeights, x: ArrayLike<number>): number {
  let z = model.bias;
  for (let i = 0; i < x.length; i++) z += model.weights[i] * x[i];
  return 1 / (1 + Math.exp(-z));
}

/** Solves `a · v = b` by Gaussian elimination with partial pivoting (a is small and dense). */
function solve(a: number[][], b: number[]): number[] {
  const n = b.length;
  const m = a.map((row, i) => [...row, b[i]]);
  for (let col = 0; col < n; col++) {
    let pivot = col;
    for (let r = col + 1; r < n; r++) if (Math.abs(m[r][col]) > Math.abs(m[pivot][col])) pivot = r;
    [m[col], m[pivot]] = [m[pivot], m[col]];
    for (let r = col + 1; r < n; r++) {
      const f = m[r][col] / m[col][col];
      for (let c = col; c <= n; c++) m[r][c] -= f * m[col][c];
    }
  }
  const v = new Array<number>(n).fill(0);
  for (let r = n - 1; r >= 0; r--) {
    let s = m[r][n];
    for (let c = r + 1; c < n; c++) s -= m[r][c] * v[c];
    v[r] = s / m[r][r];
  }
  return v;
}

/**
 * Fits weights by Newton's method on the penalised log-likelihood. `l2` penalises the
 * weights, not the intercept. Deterministic: it starts from zero.
 */
export function fitLogistic(
  xs: readonly number[][],
  ys: readonly number[],
  l2 = 1,
  iterations = 30,
): LogisticWeights {
  const d = xs[0].length + 1;
  let w = new Array<number>(d).fill(0);
  for (let it = 0; it < iterations; it++) {
    const grad = new Array<number>(d).fill(0);
    const hess = Array.from({ length: d }, () => new Array<number>(d).fill(0));
    for (let k = 0; k < xs.length; k++) {
      const x = [...xs[k], 1];
      const p = probability({ weights: w.slice(0, -1), bias: w[d - 1] }, xs[k]);
      const s = p * (1 - p);
      for (let i = 0; i < d; i++) {
        grad[i] += (p - ys[k]) * x[i];
        for (let j = 0; j <= i; j++) hess[i][j] += s * x[i] * x[j];
      }
    }
    for (let i = 0; i < d; i++) {
      for (let j = 0; j < i; j++) hess[j][i] = hess[i][j];
      if (i < d - 1) {
        grad[i] += l2 * w[i];
        hess[i][i] += l2;
      }
    }
    const step = solve(hess, grad);
    w = w.map((v, i) => v - step[i]);
    if (Math.max(...step.map(Math.abs)) < 1e-9) break;
  }
  return { weights: w.slice(0, -1), bias: w[d - 1] };
}
