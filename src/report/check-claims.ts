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

type FileSentence = ClaimsFileShape['source']['sentences'][number];

/** Whether a token is a `[start, end, …]` pair (the schema leaves its items open: a hand-edited one may be anything). */
const isPair = (token: unknown): token is [number, number] =>
  Array.isArray(token) && typeof token[0] === 'number' && typeof token[1] === 'number';

/** Whether a `[start, end]` pair lies inside a stretch of the text, start before end. */
const within = ([start, end]: [number, number], s: Sliceable) =>
  start <= end && start >= s.start && end <= s.end;

/** Whether an item slices to its text, start before end. */
const slices = (text: string, item: Sliceable) =>
  item.start <= item.end && text.slice(item.start, item.end) === item.text;

/**
 * Whether a schema-valid claims file is still true to its text (every sentence and claim slices to
 * its text, every claim and token lies in its sentence). A file edited by hand fails, and the cache
 * then treats it as stale (issue 12, row 7). Asked of every claims file the cache reuses, so it
 * stops at the first fault and builds no message; `validate` lists them (`claimsOffsetProblems`).
 */
export function claimsFileIsSound(file: ClaimsFileShape): boolean {
  const { text, sentences } = file.source;
  const byId = new Map(sentences.map((s) => [s.id, s]));
  for (const s of sentences) {
    if (!slices(text, s)) return false;
    for (const token of s.tokens ?? []) if (!isPair(token) || !within(token, s)) return false;
  }
  return file.claims.every((claim) => {
    const sentence = byId.get(claim.sentence);
    return sentence !== undefined && slices(text, claim) && within([claim.start, claim.end], sentence);
  });
}

/** Whether a sentence's token is a `[start, end, …]` inside it: the problem, or nothing. */
function tokenProblem(sentence: FileSentence, i: number, token: unknown): string[] {
  const where = `source.${sentence.id} token ${i}`;
  if (!isPair(token)) return [`${where} is not a [start, end] pair`];
  return within(token, sentence) ? [] : [`${where} (${token[0]}-${token[1]}) lies outside its sentence`];
}

/**
 * The ways a schema-valid claims file is untrue to its text, each named (what `claimsFileIsSound`
 * tests): a sentence or claim that does not slice to its text, a claim outside its sentence or in
 * an unknown one, a token outside its sentence. Empty when the file is sound.
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

/** A claims file's problems: its schema's, then (when the schema holds) its offsets'. */
export function claimsFileProblems(document: unknown): string[] {
  const problems = validate('claims', document);
  return problems.length > 0 ? problems : claimsOffsetProblems(document as ClaimsFileShape);
}
