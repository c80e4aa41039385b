import type { Rule } from '../../../model/rule.js';
import type { SegmentedSource, Sentence } from '../../../model/source.js';
import type { TextRange } from '../../../model/span.js';
import type { QuantityDraft } from '../draft.js';
import type { QuantityContext } from './context.js';
import { skipDates } from './dates.js';
import { findNumbers } from './numbers.js';
import { findOdds } from './odds.js';
import { findRanges } from './range.js';
import { findShares } from './share.js';
import { findVagueCounts } from './vague.js';

/** A quantity rule: scans the sentence, records quantities over tokens no earlier rule took. */
export type QuantityRule = (ctx: QuantityContext) => void;

/** The quantity rules, in order; each takes the tokens it uses, so no number is counted twice. */
export const QUANTITY_RULES: readonly Rule<QuantityRule>[] = [
  {
    id: 'extract/quantity-skip-dates',
    stage: 'extract',
    summary: 'numbers that are part of dates ("May 10", "January 2017") are taken first and never counted',
    run: skipDates,
    outcomes: [],
  },
  {
    id: 'extract/quantity-without-number',
    stage: 'extract',
    summary: 'counts without a number: "dozens of targets", "a salvo of rockets", "several groups"',
    run: findVagueCounts,
    outcomes: [
      { id: 'extract/quantity-vague', summary: 'a vague count with a range: "dozens", "hundreds"' },
      { id: 'extract/quantity-unspecified', summary: 'a count with no range: "a salvo", "several"' },
    ],
  },
  {
    id: 'extract/quantity-ratios',
    stage: 'extract',
    summary:
      'shares and odds as one figure: "a 1-in-3 chance", "3 in 10 voters", "one out of four Americans", "3-to-1 odds against"; never "two in three attacks"',
    run: (ctx) => {
      findShares(ctx);
      findOdds(ctx);
    },
    outcomes: [
      { id: 'extract/quantity-share', summary: 'a share of a chance or of people, in percent of the whole' },
      {
        id: 'extract/quantity-odds',
        summary: 'odds as written (first to second) with their stated direction',
      },
    ],
  },
  {
    id: 'extract/quantity-range',
    stage: 'extract',
    summary:
      'a figure given as a range, one claim from low to high: "8,000 to 10,000 barrels", "between 200 and 300 people", "20-30 containers"',
    run: findRanges,
  },
  {
    id: 'extract/quantity-numbers',
    stage: 'extract',
    summary:
      'numbers: "20 rockets", "more than 350,000 people", "1.5 million", "2.4 million euros", "seven-year war"',
    run: findNumbers,
    outcomes: [
      { id: 'extract/quantity-number', summary: 'a count or amount given as a number' },
      { id: 'extract/quantity-duration', summary: 'a duration given as a number: "two-day talks"' },
    ],
  },
];

/**
 * Finds the counts and amounts in one sentence, each with its interval, counted noun, the act
 * it measures and its subtype (casualty, duration, money, percent, count).
 */
export function extractQuantities(
  sentence: Sentence,
  source: SegmentedSource,
  dates?: readonly TextRange[],
): QuantityDraft[] {
  const ctx: QuantityContext = {
    sentence,
    source,
    tokens: sentence.tokens,
    used: new Array<boolean>(sentence.tokens.length).fill(false),
    found: [],
    dates,
  };
  for (const rule of QUANTITY_RULES) rule.run(ctx);
  return ctx.found.sort((x, y) => x.start - y.start);
}
