// Whether a headline is set in title case ("Controversial Sheriff Faces Harsh Criticism"): the share
// of its words that start with a capital. Six readers ask, each with its own words and threshold
// (segment/role-rules.ts, framing/descriptions.ts, framing/headline-case.ts,
// extract/attribution/headline.ts, omission/not-names.ts, agreement/agreement-fact.ts); each call
// site says why its rule differs. Which words count stays with the caller: one counts tokens,
// another the words of the raw text, before it is tokenised again.

const CAPITAL = /^\p{Lu}/u;

/** How a caller decides title case. */
export interface TitleCaseRule {
  /** Fewest words that may decide: with fewer, the line is not in title case. */
  minWords: number;
  /** Share of the words that must start with a capital letter (0–1). */
  share: number;
}

/**
 * True when `words` number at least `rule.minWords` and at least `rule.share` of them start with
 * a capital letter. With `minWords` 0, a line with no words counts as title case.
 */
export function isTitleCase(words: readonly string[], rule: TitleCaseRule): boolean {
  if (words.length < rule.minWords) return false;
  return words.filter((w) => CAPITAL.test(w)).length >= words.length * rule.share;
}
