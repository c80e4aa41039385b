import type { SegmentedSource, Sentence } from '../../../model/source.js';
import type { QuantityDraft } from '../draft.js';
import type { QuantityContext } from './context.js';
import { skipDates } from './dates.js';
import { findNumbers } from './numbers.js';
import { findVagueCounts } from './vague.js';

/** A quantity rule: scans the sentence, records quantities over tokens no earlier rule took. */
export type QuantityRule = (ctx: QuantityContext) => void;

/** The quantity rules, in order; each takes the tokens it uses, so no number is counted twice. */
export const QUANTITY_RULES: readonly QuantityRule[] = [
  // Numbers that are part of dates ("May 10", "January 2017") are taken first and never counted.
  skipDates,
  // "dozens of targets", "a salvo of rockets", "several groups": counts without a number.
  findVagueCounts,
  // "20 rockets", "more than 350,000 people", "1.5 million", "seven-year war": numbers.
  findNumbers,
];

/**
 * Finds the counts and amounts in one sentence, each with its interval, counted noun, the act
 * it measures and its subtype (casualty, duration, money, percent, count).
 */
export function extractQuantities(sentence: Sentence, source: SegmentedSource): QuantityDraft[] {
  const ctx: QuantityContext = {
    sentence,
    source,
    tokens: sentence.tokens,
    used: new Array<boolean>(sentence.tokens.length).fill(false),
    found: [],
  };
  for (const rule of QUANTITY_RULES) rule(ctx);
  return ctx.found.sort((x, y) => x.start - y.start);
}
