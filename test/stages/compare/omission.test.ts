import { describe, expect, it } from 'vitest';
import { CONFIDENT, type Finding } from '../../../src/model/finding.js';
import { analyzeText, compareSources } from '../../../src/pipeline.js';
import { outletTest } from '../../../src/stages/compare/omission/outlets.js';
import { spellingVariant } from '../../../src/stages/compare/omission/spelling.js';

// Passages written for these tests: a city council story told by two outlets.
const LEAD = 'The city council approved the new transit budget on Tuesday after a long debate.';
const omissionsOf = (a: string, b: string): Finding[] =>
  compareSources(
    analyzeText(`---\noutlet: Courier\npublished: 2024-03-06\n---\n${a}`),
    analyzeText(`---\noutlet: Herald\npublished: 2024-03-06\n---\n${b}`),
  ).findings.filter((f) => f.kind === 'omission');
const onSide = (found: Finding[], side: 'a' | 'b') => found.filter((f) => f[side].length > 0);
const quoted = (found: Finding[]) => found.flatMap((f) => [...f.a, ...f.b].map((s) => s.text)).join(' | ');

describe('omissions of facts, checked against the whole other article', () => {
  it.each([
    [
      'a vote count the other never gives',
      `${LEAD}\n\nThe measure passed by a vote of 348 to 77, with most members backing it.`,
      `${LEAD}\n\nSupporters said buses would run more often next year.`,
      /348/,
    ],
    [
      'a named reaction the other never quotes',
      `${LEAD}\n\nCouncilwoman Maria Okafor, the only member to vote no, said the plan would bankrupt the district.`,
      `${LEAD}\n\nSupporters said buses would run more often next year.`,
      /Maria Okafor/,
    ],
  ])('reports %s', (_what, a, b, evidence) => {
    const found = onSide(omissionsOf(a, b), 'a');
    expect(found.length).toBeGreaterThan(0);
    expect(quoted(found)).toMatch(evidence);
    for (const f of found) expect(f.b).toEqual([]);
  });

  it.each([
    [
      'a person the other names by surname only',
      `${LEAD}\n\nCouncilwoman Maria Okafor voted against the plan.`,
      `${LEAD}\n\nThe lone vote against it came from Okafor, who represents the east side.`,
      /Okafor/,
    ],
    [
      'a figure the other gives in another sentence',
      `${LEAD}\n\nThe plan adds 120 buses to the fleet.`,
      `Under the plan, the fleet grows by 120 buses.\n\n${LEAD}`,
      /120/,
    ],
  ])('does not report %s', (_what, a, b, evidence) => {
    expect(quoted(onSide(omissionsOf(a, b), 'a'))).not.toMatch(evidence);
  });

  it('groups the sentences of one development into one finding', () => {
    const a = `${LEAD}\n\nCouncilwoman Maria Okafor walked out of the chamber in protest. Okafor later told reporters the vote was rigged. She vowed to sue the council over the procedure.`;
    const b = `${LEAD}\n\nSupporters said buses would run more often next year.`;
    const found = onSide(omissionsOf(a, b), 'a').filter((f) =>
      /Okafor/.test(f.a.map((s) => s.text).join(' ')),
    );
    expect(found).toHaveLength(1);
    expect(found[0].a.length).toBeGreaterThanOrEqual(2);
  });

  it('keeps few omissions a side, however much one article adds', () => {
    const extra = Array.from(
      { length: 12 },
      (_, i) =>
        `Resident number ${i + 1}, a retired ${['baker', 'welder', 'nurse', 'pilot', 'farmer', 'tailor', 'miner', 'sailor', 'painter', 'cook', 'judge', 'poet'][i]}, praised the ${['murals', 'benches', 'lamps', 'kiosks', 'ramps', 'shelters', 'maps', 'clocks', 'fountains', 'railings', 'bells', 'flags'][i]}.`,
    ).join('\n\n');
    const found = onSide(omissionsOf(`${LEAD}\n\n${extra}`, LEAD), 'a');
    expect(found.length).toBeGreaterThan(0);
    expect(found.length).toBeLessThanOrEqual(5);
  });

  it('gives each omission a confidence from its evidence', () => {
    const found = omissionsOf(
      `${LEAD}\n\nThe measure passed by a vote of 348 to 77.\n\nCouncilwoman Maria Okafor said the plan would bankrupt the district.`,
      `${LEAD}\n\nSupporters said buses would run more often next year.`,
    );
    expect(found.length).toBeGreaterThan(0);
    for (const f of found) expect(f.confidence).toBeGreaterThan(0);
    expect(found.some((f) => f.confidence >= CONFIDENT)).toBe(true);
  });
});

describe('names that report no omitted fact', () => {
  // What side a's omissions say is missing, one line each, `shown` or `held` (below `CONFIDENT`):
  // an omitted development by its explanation before the quoted gist, a name or figure by its spans.
  const reported = (a: string, b: string) =>
    onSide(omissionsOf(a, b), 'a')
      .map(
        (f) =>
          `${f.confidence >= CONFIDENT ? 'shown' : 'held'}: ${
            f.ruleId === 'compare/omitted-development'
              ? f.explanation.split(': "')[0]
              : f.a.map((s) => s.text).join(' ')
          }`,
      )
      .join('\n');
  const B = `${LEAD}\n\nSupporters said buses would run more often next year, and riders cheered the vote.`;
  it.each([
    [
      'the outlet itself: the sentence is omitted for the councilman it quotes',
      `${LEAD}\n\nThe plan drew a long line of riders to the chamber, Councilman Raj Patel told The Courier.`,
      /The Courier/,
      /^shown: .*never mentions Councilman Raj Patel/m,
    ],
    [
      'a plural common noun opening a sentence: the sentence is omitted for its other words',
      `${LEAD}\n\nAdvocates hope the council will add night routes to the plan this year.`,
      /Advocates/,
      /^shown: .*never mentions .*'routes'/m,
    ],
    [
      'a bare name in a sentence the other reports: held below the threshold',
      `${LEAD}\n\nSupporters said buses would run more often next year, and riders cheered Councilman Raj Patel.`,
      /^shown: .*Raj Patel/m,
      /^held: Councilman Raj Patel$/m,
    ],
  ])('%s', (_what, a, absent, present) => {
    const found = reported(a, B);
    expect(found).not.toMatch(absent);
    expect(found).toMatch(present);
  });
});

describe('outletTest', () => {
  it.each([
    ['The Huffington Post', 'Post', ['HuffPost', 'Fox News'], true],
    ['USA TODAY', 'TODAY', ['USA Today', 'Fox News'], true],
    ['Fox News', 'News', ['HuffPost', 'Fox News'], true],
    ['Hillary Clinton', 'Clinton', ['HuffPost', 'Fox News'], false],
    ['Huffman', 'Huffman', ['HuffPost'], false],
  ] as const)('%s for %j: %s', (run, head, outlets, expected) => {
    expect(outletTest([...outlets])(run, head)).toBe(expected);
  });
});

describe('a named reaction takes the quote that follows it', () => {
  it('cites the speaker quote tagged with a pronoun in the next paragraph', () => {
    const a = `${LEAD}\n\nCouncilwoman Maria Okafor said the vote was rigged and vowed to appeal.\n\n"This plan will bankrupt the east side of the district," she said.\n\nThe mayor signed the budget on Wednesday.`;
    const b = `${LEAD}\n\nThe mayor signed the budget on Wednesday.`;
    const found = onSide(omissionsOf(a, b), 'a').filter((f) => /Okafor/.test(f.explanation));
    expect(found).toHaveLength(1);
    expect(quoted(found)).toMatch(/bankrupt the east side/);
    expect(quoted(found)).not.toMatch(/signed the budget/);
  });
});

describe('spellingVariant', () => {
  it.each([
    ['Cowmen', 'Cowan', true],
    ['Okafor', 'Okafur', true],
    ['Cowan', 'Cowan', true],
    ['Patel', 'Peters', false],
    ['Obama', 'Omaha', false],
    ['Lee', 'Leo', false],
    ['Harrison', 'Harrington', false],
    ['Preibus', 'Priebus', true],
    ['Okafor', 'Okrafo', false],
  ])('%s / %s: %s', (x, y, expected) => {
    expect(spellingVariant(x, y)).toBe(expected);
  });
});
