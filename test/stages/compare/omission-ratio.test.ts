import { describe, expect, it } from 'vitest';
import type { Finding } from '../../../src/model/finding.js';
import { analyzeText, compareSources } from '../../../src/pipeline.js';
import { mentionsNumber, mentionsOf } from '../../../src/stages/compare/omission/mentions.js';

// Passages written for these tests: two outlets report one forecast, each in its own form of the
// odds (issue 10, user trial 10 item 1). The odds are the same fact whatever their form or side.
const LEAD = 'The city council approved the new transit budget on Tuesday after a long debate.';
const ODDS =
  'Speaker Dana Whitfield gave her party a two-in-three chance of holding the council in November.';
const compare = (a: string, b: string): Finding[] =>
  compareSources(
    analyzeText(`---\noutlet: Courier\npublished: 2024-03-06\n---\n${LEAD}\n\n${a}`),
    analyzeText(`---\noutlet: Herald\npublished: 2024-03-06\n---\n${LEAD}\n\n${b}`),
  ).findings;
const omitted = (found: Finding[]) =>
  found.filter((f) => f.kind === 'omission' && f.a.some((s) => /two-in-three/.test(s.text)));

// [how the other outlet gives the odds]
const SAME_ODDS: string[] = [
  'Whitfield put the odds of a win at 2 in 3 for the fall vote.',
  'Whitfield said there was a 1-in-3 chance of a defeat in the fall vote.',
  'Whitfield said there was a one in three chance of a defeat in the fall vote.',
  'Whitfield said there was a 67 percent chance of a win in the fall vote.',
];

const source = (body: string) => analyzeText(`---\noutlet: Herald\npublished: 2024-03-06\n---\n${body}`);

describe('the counterpart check finds a ratio in any form', () => {
  // [the figure of the omitted sentence, the other article, whether it gives the same odds]
  it.each([
    ['a two-in-three chance', 'There is a 2 in 3 chance of a win.', true],
    ['a two-in-three chance', 'There is a 1-in-3 chance of a defeat.', true],
    ['a two-in-three chance', 'There is a one in three chance of a defeat.', true],
    ['a two-in-three chance', 'Polls give a 67 percent chance of a win.', true],
    ['one out of four voters', 'A quarter of voters, 25 percent, stayed home.', true],
    ['3-to-1 odds', 'Bookmakers give him a 1 in 4 chance.', true],
    ['a two-in-three chance', 'There is a 1 in 5 chance of a defeat.', false],
    ['a two-in-three chance', 'Two polls and three surveys were published.', false],
  ])('%s / %s → %s', (figure, other, same) => {
    const ratio = source(`The speaker gave ${figure} before the vote.`).claims.find(
      (c) => c.kind === 'quantity' && c.ruleId === 'extract/quantity-ratio',
    );
    expect(ratio?.kind).toBe('quantity');
    const value = ratio?.kind === 'quantity' ? ratio.value : undefined;
    expect(mentionsNumber(mentionsOf(source(other)), value ?? Number.NaN, true)).toBe(same);
  });
});

describe('odds in another form are no omission', () => {
  it.each(SAME_ODDS)('%s', (other) => {
    expect(omitted(compare(ODDS, other))).toEqual([]);
  });

  it('the odds are an omission when the other outlet gives none', () => {
    const found = compare(ODDS, 'Whitfield spoke about the fall vote at a rally.');
    expect(omitted(found).length).toBeGreaterThan(0);
  });
});

describe('odds of one event from its two sides', () => {
  const quantityFindings = (a: string, b: string) =>
    compare(a, b)
      .filter((f) => f.ruleId.startsWith('compare/quantity-'))
      .map((f) => `${f.kind}: ${f.a.map((s) => s.text).join()} ~ ${f.b.map((s) => s.text).join()}`);

  it('are never a divergence, and an agreement only on the same side', () => {
    const win = 'Whitfield said her party has a 2 in 3 chance of holding the council in November.';
    const lose = 'Whitfield said her party has a 1 in 3 chance of losing the council in November.';
    expect(quantityFindings(ODDS, lose)).toEqual([]);
    expect(quantityFindings(ODDS, win)).toEqual(['agreement: two-in-three chance ~ 2 in 3 chance']);
  });
});
