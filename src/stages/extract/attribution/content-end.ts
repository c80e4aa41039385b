// Where the content clause of a statement noun ends ("the claim that CONTENT"), for statementNoun
// (nominal.ts) and nominalClause (nominal-clause.ts). The clause ends at the first comma, semicolon,
// colon, opening parenthesis or dash after it ("reports that the firms signed a deal; the talks …"),
// and, when the noun stands in the subject of its clause, at the main clause's verb group ("claims
// that the dam was safe angered residents"). Invented examples; the review of 2026-11-30 found
// both ends missing (/work/reviews/review1.md, M2).
import type { Token } from '../../../model/source.js';
import { isDash } from './clause-breaks.js';
import { type CueContext, clauseEnd } from './context.js';

/** Marks that end a clause inside a sentence: a comma, semicolon, colon, opening parenthesis or dash. */
const isClauseMark = (t: Token): boolean => /^[,;:(]$/u.test(t.text) || isDash(t.text);

/** The words of a verb group: "has not been", "is trying to". */
export const VERB_GROUP = new Set(['VERB', 'AUX', 'PART', 'ADV']);

export const isVerb = (t: Token): boolean => t.pos === 'VERB' || t.pos === 'AUX';

/** The other dash of a pair around token `i` within `[from, to)`, searching in `step` direction, or -1. */
function pairedDash(tokens: readonly Token[], i: number, step: 1 | -1, limit: number): number {
  for (let j = i + step; step > 0 ? j < limit : j >= limit; j += step) if (isDash(tokens[j].text)) return j;
  return -1;
}

/**
 * Whether the noun at token `noun` stands in the subject of its clause: no verb or preposition
 * between it and the clause's start (the sentence's, or the last clause mark before it). "As the
 * river rose, claims that …" and "Claims that …" are subjects; "Shares rose on reports that …",
 * "seeking a loan, and assurances that …" and "to justify -- and perhaps withdraw -- the claim that …"
 * (a pair of dashes is an aside, not a clause's start) are not.
 */
export function inSubject(tokens: readonly Token[], noun: number): boolean {
  for (let i = noun - 1; i >= 0; i--) {
    const t = tokens[i];
    if (isDash(t.text)) {
      const open = pairedDash(tokens, i, -1, 0);
      if (open < 0) return true;
      i = open;
      continue;
    }
    // ", and assurances that …": a conjunction after the mark joins the noun to an earlier phrase.
    if (isClauseMark(t) && tokens[i + 1]?.pos !== 'CCONJ') return true;
    if (isVerb(t) || t.pos === 'ADP') return false;
  }
  return true;
}

/**
 * A that-clause in the subject ("Claims that the dam was safe did not calm residents") ends where
 * the main clause's verb group starts: the second verb group from token `k` (the clause's first).
 */
function subjectClauseEnd(tokens: readonly Token[], k: number): number {
  let groups = 0;
  for (let i = k; i < tokens.length; i++) {
    if (!isVerb(tokens[i]) || (i > k && VERB_GROUP.has(tokens[i - 1].pos))) continue;
    groups++;
    if (groups === 2) return tokens[i].start;
  }
  return Number.POSITIVE_INFINITY;
}

/**
 * The end offset of the content clause that starts at token `k` after the cue noun of `ctx`;
 * `subject`, when the caller knows it already, is whether the noun stands in its clause's subject.
 */
export function contentEnd(
  ctx: CueContext,
  k: number,
  subject = inSubject(ctx.tokens, ctx.cue.first),
): number {
  const { tokens } = ctx;
  let end = clauseEnd(ctx);
  for (let i = k; i < tokens.length && tokens[i].start < end; i++) {
    // "that the dam — and the bridge beside it — should close": a pair of dashes is an aside inside the clause.
    const close = isDash(tokens[i].text) ? pairedDash(tokens, i, 1, tokens.length) : -1;
    if (close >= 0 && tokens[close].start < end) i = close;
    else if (isClauseMark(tokens[i])) end = tokens[i].start;
  }
  return subject ? Math.min(end, subjectClauseEnd(tokens, k)) : end;
}
