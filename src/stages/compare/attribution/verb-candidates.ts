import { legalDocument, type VerbClass, verbClass } from '../../../lexicons/stance-verbs.js';
import { functionWords } from '../../../lexicons/word-sets.js';
import type { AnalyzedSource } from '../../../model/analyzed-source.js';
import type { AttributionClaim } from '../../../model/claim.js';
import type { Side, TextRange } from '../../../model/span.js';
import { claimsOf } from '../facts/match.js';
import { contentLemmas, tokensIn } from './attribution-content.js';
import { type AttributionContext, ownVoice } from './attribution-shared.js';
import { governed } from './governed.js';
import { type QuoteRange, quotedRanges } from './quotes.js';
import { accused, speechUse } from './verb-use.js';

// Inputs: one side's attribution claims, sentences and text. Output: those attribution-verb
// compares, each with the content its verb governs and what is read off it (compare/attribution-verb).

/** Words in a row both contents share: the same statement quoted or closely paraphrased. */
const RUN = 6;

/** The lower-cased words of a range of text, in order. */
const wordsOf = (text: string, r: { start: number; end: number }): string[] =>
  text
    .slice(r.start, r.end)
    .toLowerCase()
    .match(/\p{L}[\p{L}'’-]*/gu) ?? [];

/** Every run of `RUN` words of a content, joined. */
function runsOf(words: string[]): Set<string> {
  const runs = new Set<string>();
  for (let i = 0; i + RUN <= words.length; i++) runs.add(words.slice(i, i + RUN).join(' '));
  return runs;
}

/**
 * The class of an attribution's verb; a doubting verb in a sentence that names a legal document
 * ("the lawsuit claims", "is alleging, in a suit lodged …") is a term of law (MOS:WTW), so neutral.
 */
function classOf(ac: AttributionContext, side: Side, c: AttributionClaim): VerbClass | undefined {
  const cls = verbClass(c.cue.lemma);
  if (cls !== 'doubt') return cls;
  const tokens = ac.ctx.sentence[side].get(c.sentence)?.tokens ?? [];
  return tokens.some((t) => t.pos === 'NOUN' && legalDocument(t.lemma)) ? 'neutral' : cls;
}

/** An attribution attribution-verb compares, with what it reads off its content. */
export interface Candidate {
  claim: AttributionClaim;
  /** The content this claim's verb governs (see `governed`). */
  content: TextRange;
  cls: VerbClass;
  runs: Set<string>;
  /** The content words of `content`. */
  lemmas: Set<string>;
  /** Whether the content is negated ("I never hid …"): a denial is not the charge it denies. */
  negated: boolean;
  /** Whom the cue charges ("accused her of …"), when it lays a charge. */
  accused?: string;
  /** Whether most of the content is between quotation marks: the speaker's own words. */
  quoted: boolean;
}

/** How much of a range lies inside quotation marks. */
function quotedShare(quotes: readonly QuoteRange[], r: { start: number; end: number }): number {
  let inside = 0;
  for (const q of quotes) inside += Math.max(0, Math.min(q.end, r.end) - Math.max(q.start, r.start));
  return r.end > r.start ? inside / (r.end - r.start) : 0;
}

/** A side's attributions with a class, in the outlet's own voice (`ownVoice`). */
function candidates(ac: AttributionContext, side: Side, quotes: readonly QuoteRange[]): Candidate[] {
  const text = ac.ctx[side].text;
  const all = claimsOf(ac.ctx[side].claims, 'attribution');
  return all.flatMap((claim) => {
    const cls = classOf(ac, side, claim);
    if (!cls || !speechUse(text, claim, cls) || !ownVoice(claim, all, quotes)) return [];
    const tokens = ac.ctx.sentence[side].get(claim.sentence)?.tokens ?? [];
    const content = governed(tokens, text, claim);
    const inside = tokensIn(tokens, content);
    const negated = inside.some((t) => functionWords('negation').has(t.lower));
    const quoted = quotedShare(quotes, content) >= 0.5;
    const [runs, lemmas] = [runsOf(wordsOf(text, content)), contentLemmas(inside)];
    return [{ claim, content, cls, runs, lemmas, negated, accused: accused(text, claim), quoted }];
  });
}

// A side's candidates depend on its source alone (its claims, sentences, text and quotes), and
// each pair of the source asks: built once per source (issue 13). Read only, never changed.
const candidateCache = new WeakMap<AnalyzedSource, Candidate[]>();

/** A side's candidates, built once per source. */
export function candidatesOf(ac: AttributionContext, side: Side): Candidate[] {
  const source = ac.ctx[side];
  let found = candidateCache.get(source);
  if (!found) {
    found = candidates(ac, side, quotedRanges(source.text));
    candidateCache.set(source, found);
  }
  return found;
}
