import { describe, expect, it } from 'vitest';
import type { QuantityDraft } from '../../../src/stages/extract/draft.js';
import { extractQuantities } from '../../../src/stages/extract/quantity/index.js';
import { parseSource } from '../../../src/stages/read/index.js';
import { segment } from '../../../src/stages/segment/index.js';

// Shares ("N in M" of a chance or of people) and odds ("N-to-M odds"), user trial 11. Passages
// written for this test; the negatives are the counter-examples of the review of odds10.

function quantities(text: string): QuantityDraft[] {
  const file = `---\npublished: 2021-03-02\n---\n${text}`;
  const source = segment(parseSource('event/inline.txt', new TextEncoder().encode(file)));
  return source.sentences.flatMap((s) => extractQuantities(s, source));
}

const RATIO_RULES = new Set(['extract/quantity-share', 'extract/quantity-odds']);
const ratios = (text: string) => quantities(text).filter((q) => RATIO_RULES.has(q.ruleId));

describe('extract/quantity-share: "N in M" of a chance or of people is one share in percent', () => {
  it.each<[string, Partial<QuantityDraft>]>([
    [
      'Forecasters gave the coast a 1-in-3 chance of hail on Sunday.',
      { text: '1-in-3 chance', value: 33.3333, noun: 'chance', subtype: 'percent', precision: 'exact' },
    ],
    [
      'Engineers put it at a two-in-three chance that the bridge reopens by spring.',
      { text: 'two-in-three chance', value: 66.6667, noun: 'chance' },
    ],
    ['Analysts see a 1 in 3 chance of a strike at the port.', { text: '1 in 3 chance', value: 33.3333 }],
    [
      'A survey found that nearly 3 in 10 farmers had sold livestock.',
      { text: 'nearly 3 in 10 farmers', max: 30, precision: 'upper-bound', noun: 'farmer' },
    ],
    [
      'One out of four commuters now cycles to work.',
      { text: 'One out of four commuters', value: 25, noun: 'commuter' },
    ],
    // A proportion of things, not people (blind 36: "nine in ten secondary schools" / "nine out
    // of ten schools" were no figure at all): out of ten, a hundred or a thousand, or "out of".
    [
      'About nine in ten secondary schools closed on Tuesday.',
      {
        text: 'About nine in ten secondary schools',
        min: 81,
        max: 99,
        noun: 'school',
        precision: 'approximate',
      },
    ],
    [
      'The union said seven out of eight depots were shut.',
      { text: 'seven out of eight depots', value: 87.5, noun: 'depot' },
    ],
    [
      'There is a 1 in 1,000 risk of a leak, engineers said.',
      { text: '1 in 1,000 risk', value: 0.1, noun: 'risk' },
    ],
    [
      'Only 2 in 5 people in the valley have broadband.',
      { text: '2 in 5 people', value: 40, noun: 'people' },
    ],
    [
      'The poll found 4 in 5 Canadians back the levy.',
      { text: '4 in 5 Canadians', value: 80, noun: 'canadian' },
    ],
    // Review of odds11, 4: a chance noun ends the share; the subject after it is not the population.
    [
      'There is a 1-in-3 chance dockworkers strike before May.',
      { text: '1-in-3 chance', value: 33.3333, noun: 'chance' },
    ],
    ['A 2-In-5 Chance Pilots Walk Out', { text: '2-In-5 Chance', value: 40, noun: 'chance' }],
    // Review of odds11, 7: the whole read by the number reader: scales, "a thousand", hyphenated tens.
    [
      'One in ten thousand patients died.',
      { text: 'One in ten thousand patients', value: 0.01, noun: 'patient' },
    ],
    [
      'One in a thousand patients had a rash.',
      { text: 'One in a thousand patients', value: 0.1, noun: 'patient' },
    ],
    [
      'One in twenty-five voters stayed home.',
      { text: 'One in twenty-five voters', value: 4, noun: 'voter' },
    ],
    // Review of odds11, 2: "about" spreads a share in its own precision, not to whole percents.
    [
      'About 1 in 1,000 patients had a reaction.',
      { text: 'About 1 in 1,000 patients', min: 0.09, max: 0.11, precision: 'approximate' },
    ],
    // ratio-text.ts skips a sentence without a joiner before a number: runs of spaces and
    // capitals still pass its check, as they match the whole pattern.
    ['Pollsters found  three   in  ten voters undecided.', { text: 'three   in  ten voters', value: 30 }],
    ['Pollsters found Three In Ten voters undecided.', { text: 'Three In Ten voters', value: 30 }],
    [
      'Pollsters found that one out  of four voters had moved.',
      { text: 'one out  of four voters', value: 25 },
    ],
  ])('%s', (text, expected) => {
    expect(ratios(text)).toEqual([
      expect.objectContaining({ ruleId: 'extract/quantity-share', ...expected }),
    ]);
  });

  it('a share of a scale whole leaves no count behind ("ten thousand patients" died)', () => {
    expect(quantities('One in ten thousand patients died.').map((q) => q.text)).toEqual([
      'One in ten thousand patients',
    ]);
  });
});

describe('extract/quantity-odds: odds in a frame of odds, as written, with their stated direction', () => {
  it.each<[string, Partial<QuantityDraft>]>([
    [
      'Bookmakers offered 10-to-1 odds against the newcomer.',
      { text: '10-to-1 odds against', value: 10, odds: { first: 10, second: 1, direction: 'against' } },
    ],
    [
      'Traders gave 3-to-1 odds on a rate cut.',
      { text: '3-to-1 odds', value: 3, odds: { first: 3, second: 1, direction: 'unstated' } },
    ],
    [
      'The odds are 4 to 1 that the vote is delayed.',
      { text: '4 to 1', odds: { first: 4, second: 1, direction: 'unstated' } },
    ],
    [
      'The odds were 3 to 1 in favour of a recount.',
      { text: '3 to 1 in favour', odds: { first: 3, second: 1, direction: 'for' } },
    ],
    ['The bookmakers cut the odds to 5 to 2 on Friday.', { text: '5 to 2', value: 2.5 }],
  ])('%s', (text, expected) => {
    expect(ratios(text)).toEqual([
      expect.objectContaining({
        ruleId: 'extract/quantity-odds',
        subtype: 'odds',
        noun: 'odds',
        ...expected,
      }),
    ]);
  });
});

describe('no share and no odds without a marker of one (review of odds10, 1, 5, 6, 7)', () => {
  it.each<[string, string[]]>([
    // A count, then "in" a place or a set of events: the count stays a count.
    ['Gunmen killed two in three attacks on Sunday.', ['two', 'three attacks']],
    ['Soldiers shot dead 3 in 4 villages.', ['4 villages']],
    ['Police arrested 3 in 4 raids overnight.', ['4 raids']],
    ['The state ranked 5 in 50 states for schools.', ['5', '50 states']],
    ['He lives at 12 in 40 Main Street.', ['12', '40 Main Street']],
    ['The club won 4 in 5 seasons.', ['4', '5 seasons']],
    ['The club won 2 out of 3 games.', ['2', '3 games']],
    ['Turnout fell in one in four districts.', ['four districts']],
    ['Crews cleared the road in 3 in 10 minutes.', ['10 minutes']],
    ['The pipeline leaked 3 in 100 litres of its crude.', ['100 litres']],
    ['Rebels killed 3 in 4 wards of the city.', ['4 wards']],
    // "N to M" outside a frame of odds: a range or a score.
    ['The odds rose from 3 to 5 percent.', ['3', '5 percent']],
    ['Voters backed the plan 3 to 1.', ['3', '1']],
    ['The Lions beat them 3 to 1 at home.', ['3', '1']],
    // Not the last word of a longer number.
    ['Twenty-five in 100 voters stayed home.', []],
    // Not a ratio of two numbers.
    ['It is a chance in a million, one in the morning.', []],
  ])('%s', (text, counts) => {
    expect(ratios(text)).toEqual([]);
    for (const c of counts) expect(quantities(text).map((q) => q.text)).toContain(c);
  });
});

describe('ratio spans', () => {
  it('every share and odds span slices the source text', () => {
    const text = 'Nearly 3 in 10 farmers and a 1-in-4 chance; 7-to-2 odds against.';
    const file = `---\npublished: 2021-03-02\n---\n${text}`;
    const source = segment(parseSource('event/inline.txt', new TextEncoder().encode(file)));
    const found = source.sentences.flatMap((s) => extractQuantities(s, source));
    expect(found.filter((q) => RATIO_RULES.has(q.ruleId)).map((q) => q.text)).toEqual([
      'Nearly 3 in 10 farmers',
      '1-in-4 chance',
      '7-to-2 odds against',
    ]);
    for (const q of found) expect(source.text.slice(q.start, q.end)).toBe(q.text);
  });

  it('a long run-on line is scanned in linear time (review of odds10, 9)', () => {
    const line = `${'the odds went to and fro '.repeat(4000)}and 3-to-1 odds.`;
    const started = performance.now();
    expect(ratios(line).map((q) => q.text)).toContain('3-to-1 odds');
    expect(performance.now() - started).toBeLessThan(5000);
  });
});
