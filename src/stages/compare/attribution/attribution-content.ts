import type { AttributionClaim, Basis, Stance } from '../../../model/claim.js';
import type { Token } from '../../../model/source.js';
import type { Side, TextRange } from '../../../model/span.js';
import type { CompareContext } from '../context.js';

const CONTENT_POS = new Set(['NOUN', 'PROPN', 'VERB', 'ADJ', 'NUM']);

/** Content lemmas of tokens: nouns, proper nouns, verbs, adjectives, numbers. */
export const contentLemmas = (tokens: readonly Token[]): Set<string> =>
  new Set(tokens.filter((t) => CONTENT_POS.has(t.pos)).map((t) => t.lemma));

/** The tokens that lie wholly inside a range: an attribution's content, its speaker. */
export const tokensIn = (tokens: readonly Token[], range: { start: number; end: number }): Token[] =>
  tokens.filter((t) => t.start >= range.start && t.end <= range.end);

/** Content lemmas of a side's text range. */
function lemmasIn(ctx: CompareContext, side: Side, sentence: string, range: TextRange): Set<string> {
  return contentLemmas(tokensIn(ctx.sentence[side].get(sentence)?.tokens ?? [], range));
}

/** Dice overlap of two sets of lemmas; 0 when either is empty. */
export function dice(x: ReadonlySet<string>, y: ReadonlySet<string>): number {
  if (x.size === 0 || y.size === 0) return 0;
  let shared = 0;
  for (const w of x) if (y.has(w)) shared += 1;
  return (2 * shared) / (x.size + y.size);
}

/** Dice overlap of the content words of two ranges, one on each side: how surely they say the same thing. */
export function contentOverlap(
  ctx: CompareContext,
  a: { sentence: string; range: TextRange },
  b: { sentence: string; range: TextRange },
): number {
  return dice(lemmasIn(ctx, 'a', a.sentence, a.range), lemmasIn(ctx, 'b', b.sentence, b.range));
}

// A pronoun names no one by itself; its resolved antecedent moves when paragraphs do.
const PRONOUN = /^(?:he|she|they|it|we|i|you)$/i;
const capitals = (text: string) => new Set(text.match(/\p{Lu}[\p{L}'-]+/gu) ?? []);

/**
 * Whether two speakers are different parties: both named (not pronouns), and they share no
 * capitalised word ("Mr. Tallis" and "Council Speaker John Tallis" are one person; "Ro" and
 * "various reports" are not). Speaker groups from the actor lexicon decide when both have one.
 */
export function differentSpeakers(x: Basis['speaker'], y: Basis['speaker']): boolean {
  if (!x || !y || PRONOUN.test(x.text) || PRONOUN.test(y.text)) return false;
  if (x.group !== null && y.group !== null) return x.group !== y.group;
  const [cx, cy] = [capitals(x.text), capitals(y.text)];
  if (cx.size === 0 && cy.size === 0) return false;
  for (const word of cx) if (cy.has(word)) return false;
  return true;
}

/**
 * Stances that vouch for the content (said, confirmed; hedged, which passes a report on as said
 * judged it: "X reportedly posted" is no doubt cast) against one that casts doubt on it (claimed).
 */
const HEDGE: Partial<Record<Stance, number>> = { said: 1, confirmed: 1, hedged: 1, claimed: 2 };

/**
 * The kind of difference between two presentations of the same content, or null when there is
 * none worth a reader's time: `fact` (one outlet states it, the other attributes it), `hedge`
 * (said or confirmed against claimed), `speaker` (two sources the actor lexicon tells apart). A verb variant
 * such as said/told or denied/said-not is no difference (RUBRIC: routine wording variants).
 */
export function contrast(x: Basis, y: Basis): 'fact' | 'hedge' | 'speaker' | null {
  if ((x.stance === 'fact') !== (y.stance === 'fact')) return 'fact';
  if (x.stance === 'fact') return null;
  const [hx, hy] = [HEDGE[x.stance], HEDGE[y.stance]];
  if (hx !== undefined && hy !== undefined && hx !== hy) return 'hedge';
  // Two named sources for one content would be a finding, but speakers as parsed ("a statement late
  // Tuesday" for Tallis's statement, "the Norland governor" for Mr. Brandt) are too often one person:
  // judged on dev pairs, every such finding was wrong. Reported only when the actor lexicon tells.
  return x.speaker?.group && y.speaker?.group && differentSpeakers(x.speaker, y.speaker) ? 'speaker' : null;
}

/** The basis an attribution claim gives its own content. */
export const basisOf = (c: AttributionClaim): Basis => ({
  stance: c.stance,
  speaker: c.speaker ?? undefined,
  attribution: c.id,
});
