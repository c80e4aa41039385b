import { describe, expect, it } from 'vitest';
import type { QuantityDraft } from '../../../src/stages/extract/draft.js';
import { extractQuantities } from '../../../src/stages/extract/quantity/index.js';
import { parseSource } from '../../../src/stages/read/index.js';
import { segment } from '../../../src/stages/segment/index.js';

/** The quantities of an invented passage, with the text the offsets cut from it. */
function quantities(text: string): { q: QuantityDraft; slice: string }[] {
  const file = `---\npublished: 2012-08-20\n---\n${text}`;
  const source = segment(parseSource('event/inline.txt', new TextEncoder().encode(file)));
  return source.sentences.flatMap((s) =>
    extractQuantities(s, source).map((q) => ({ q, slice: source.text.slice(q.start, q.end) })),
  );
}

// [passage, span text, value in percent, noun]: each ratio is ONE claim.
const RATIOS: [string, string, number, string | null][] = [
  ['There is a 2 in 3 chance that the party keeps the seat.', '2 in 3 chance', 66.67, 'chance'],
  [
    'Analysts gave the party a two-in-three chance of keeping the seat.',
    'two-in-three chance',
    66.67,
    'chance',
  ],
  ['The mayor has a 1-in-3 chance of losing the vote.', '1-in-3 chance', 33.33, 'chance'],
  ['One out of four voters stayed home.', 'One out of four voters', 25, 'voter'],
  ['Nearly 3 in 10 Americans said they would not vote.', 'Nearly 3 in 10 Americans', 30, 'americans'],
  ['Bookmakers offered 3-to-1 odds on the challenger.', '3-to-1 odds', 75, 'odds'],
  ['The odds are 10 to 1 that the bill fails.', '10 to 1', 90.91, 'odds'],
];

describe('ratios are one figure (issue 10, user trial 10 item 1)', () => {
  it.each(RATIOS)('%s → "%s"', (passage, span, value, noun) => {
    const found = quantities(passage);
    const ratio = found.find((f) => f.q.ruleId === 'extract/quantity-ratio');
    expect(ratio?.q.text).toBe(span);
    expect(ratio?.slice).toBe(span);
    expect(ratio?.q).toMatchObject({ subtype: 'percent', noun });
    expect(ratio?.q.value ?? ratio?.q.max).toBeCloseTo(value, 2);
    // The numbers inside the ratio are not also counted on their own.
    expect(
      found.filter((f) => f.q.start < (ratio?.q.end ?? 0) && f.q.end > (ratio?.q.start ?? 0)),
    ).toHaveLength(1);
  });

  // [passage]: numbers joined by "in" or "to" that are not a ratio.
  const NOT_RATIOS: string[] = [
    'The team scored 3 in 4 weeks.',
    'He won 5 in 2012.',
    'The count rose from 3 to 5 people.',
    'Seven in the house were hurt.',
  ];
  it.each(NOT_RATIOS)('%s has no ratio', (passage) => {
    expect(quantities(passage).filter((f) => f.q.ruleId === 'extract/quantity-ratio')).toEqual([]);
  });
});
