import { validate } from '../schema/index.js';
import { type Sliceable, sliceProblem } from './check.js';

// What a claims file (`claims/<event>/<id>.json`, written by `extract` and `batch`) promises
// beyond its schema: the claims cache trusts only a file that keeps them, and `validate` lists
// the ones a file breaks (user trial 18, item 14).

/** What a claims file must hold for its offsets to be checked. */
interface ClaimsFileShape {
  source: {
    text: string;
    sentences: (Sliceable & { id: string; tokens?: unknown[] })[];
  };
  claims: (Sliceable & { id?: string; sentence: string })[];
}

/** Whether a sentence's token is a `[start, end, …]` inside it: the problem, or nothing. */
function tokenProblem(
  sentence: ClaimsFileShape['source']['sentences'][number],
  i: number,
  token: unknown,
): string[] {
  const where = `source.${sentence.id} token ${i}`;
  // The schema leaves a token's items open; a hand-edited one may be anything.
  if (!Array.isArray(token) || typeof token[0] !== 'number' || typeof token[1] !== 'number')
    return [`${where} is not a [start, end] pair`];
  const [start, end] = token;
  if (start < sentence.start || end > sentence.end || start > end)
    return [`${where} (${start}-${end}) lies outside its sentence`];
  return [];
}

/**
 * The ways a schema-valid claims file is untrue to its text: a sentence or claim that does not
 * slice to its text, a claim outside its sentence or in an unknown one, a token outside its
 * sentence. Empty when the file is sound.
 */
export function claimsOffsetProblems(file: ClaimsFileShape): string[] {
  const { source } = file;
  const byId = new Map(source.sentences.map((s) => [s.id, s]));
  const problems: string[] = [];
  for (const s of source.sentences) {
    problems.push(...sliceProblem(`source.${s.id}`, source, s));
    for (const [i, token] of (s.tokens ?? []).entries()) problems.push(...tokenProblem(s, i, token));
  }
  for (const [i, claim] of file.claims.entries()) {
    const where = `claim ${claim.id ?? i}`;
    problems.push(...sliceProblem(where, source, claim));
    const sentence = byId.get(claim.sentence);
    if (!sentence) problems.push(`${where} names unknown ${claim.sentence}`);
    else if (claim.start < sentence.start || claim.end > sentence.end)
      problems.push(`${where} lies outside its sentence ${claim.sentence}`);
  }
  return problems;
}

/**
 * Whether a schema-valid claims file is still true to its text. A file edited by hand fails, and
 * the cache then treats it as stale (issue 12, row 7).
 */
export function claimsFileIsSound(file: ClaimsFileShape): boolean {
  return claimsOffsetProblems(file).length === 0;
}

/** A claims file's problems: its schema's, then (when the schema holds) its offsets'. */
export function claimsFileProblems(document: unknown): string[] {
  const problems = validate('claims', document);
  return problems.length > 0 ? problems : claimsOffsetProblems(document as ClaimsFileShape);
}
