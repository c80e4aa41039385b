import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../../src/pipeline.js';
import { idfWeight } from '../../../src/stages/align/index.js';
import { compareContext } from '../../../src/stages/compare/context.js';
import { matchFacts } from '../../../src/stages/compare/facts/fact-match.js';
import { article } from './facts-helpers.js';

/**
 * The figures the matching step pairs between two articles when the alignment links no
 * sentences (as when two outlets word one fact in sentences far apart): `a ~ b` lines.
 */
function unalignedPairs(a: string[], b: string[]): string[] {
  const [sa, sb] = [
    analyzeText(article('A', '2019-11-02', a), {}, 'ev/a.txt'),
    analyzeText(article('B', '2019-11-02', b), {}, 'ev/b.txt'),
  ];
  const ctx = compareContext(sa, sb, [], idfWeight);
  return matchFacts(ctx).quantities.map((p) => `${p.a.claim.text} ~ ${p.b.claim.text}`);
}

const DEADLINE_A =
  'Mr. Halvorsen and the unions, after a spring of strikes at the ports of Oslo, have two weeks to settle the fishing quotas.';
const DEADLINE_B =
  'With only two weeks left before the deadline, trawler crews fear that no extension will come from Halvorsen or from Oslo.';

// Issue 10: one period ("three weeks" to a deadline) worded in two sentences that share no clause words.
describe('one period stated once in each article', () => {
  const table: [string, string[], string[], string[]][] = [
    ['the same names around it: paired', [DEADLINE_A], [DEADLINE_B], ['two weeks ~ two weeks']],
    [
      'a second period of that length on one side: not paired',
      [DEADLINE_A],
      [DEADLINE_B, 'The last round of talks in Oslo ran for two weeks without a result.'],
      [],
    ],
    [
      'a second period of that length inside a quotation: not paired',
      [DEADLINE_A],
      [DEADLINE_B, '"We talked for two weeks and got nowhere," one trawler captain said.'],
      [],
    ],
    [
      'no names in common: not paired',
      [DEADLINE_A],
      ['With only two weeks left before the deadline, trawler crews fear that no extension will come.'],
      [],
    ],
    ['another unit: not paired', [DEADLINE_A], [DEADLINE_B.replace('two weeks', 'two days')], []],
  ];
  it.each(table)('%s', (_what, a, b, expected) => {
    expect(unalignedPairs(a, b)).toEqual(expected);
  });
});

const TURNOUT_A =
  'Turnout was 38.4 percent, according to figures declared after midnight at the county hall.';
const TURNOUT_B = 'Turnout was 41 percent, the returning officer said, higher than at most recent contests.';

// Blind 39 reader: one turnout given with two figures, in sentences that share no clause words,
// was called left out by both sides.
describe('one measure stated once in each article, after a linking verb', () => {
  const table: [string, string[], string[], string[]][] = [
    [
      'the same rare subject, one figure each: paired',
      [TURNOUT_A],
      [TURNOUT_B],
      ['38.4 percent ~ 41 percent'],
    ],
    [
      'a second figure of that subject on one side: not paired',
      [TURNOUT_A],
      [TURNOUT_B, 'Turnout was 35 percent at the last general election.'],
      [],
    ],
    [
      'figures of two kinds: not paired',
      [TURNOUT_A],
      ['Turnout was 41,000 voters, the returning officer said, higher than at most recent contests.'],
      [],
    ],
    [
      'the subject counted, not measured: not paired',
      [TURNOUT_A],
      ['A turnout of 41 percent, the returning officer said, was higher than at most recent contests.'],
      [],
    ],
  ];
  it.each(table)('%s', (_what, a, b, expected) => {
    expect(unalignedPairs(a, b)).toEqual(expected);
  });
});

// Blind 38 reader: "Two officers suffered minor injuries" / "Four officers were injured" was an
// omission on each side, though the writer had set the two counts against each other.
describe('one toll of one kind of person stated once in each article', () => {
  const HURT_A = 'Two officers suffered minor injuries during the night, a police spokesman said.';
  const HURT_B = 'Four officers were injured, one of whom was taken to hospital with a head wound.';
  const table: [string, string[], string[], string[]][] = [
    ['the hurt officers, once each: paired', [HURT_A], [HURT_B], ['Two officers ~ Four officers']],
    [
      'a second count of hurt officers on one side: not paired',
      [HURT_A],
      [HURT_B, 'Three officers were injured in the second night of unrest across town.'],
      [],
    ],
    [
      'the dead against the hurt: not paired',
      [HURT_A],
      ['Four officers were killed when the roof of the station collapsed onto the yard.'],
      [],
    ],
    // "people" count any person, so a toll of them anywhere may be another scope; in both leads,
    // each the lead's only count of the hurt, it is the event's toll (toll.ts).
    [
      'hurt "people" in both leads: paired as the lead tolls',
      ['Two people suffered minor injuries during the night, a police spokesman said.'],
      ['Four people were injured, one of whom was taken to hospital with a head wound.'],
      ['Two people ~ Four people'],
    ],
    [
      'hurt "people" after the lead: not paired',
      [
        'The unrest began after a march on Friday.',
        'Shops stayed shut all day.',
        'Two people suffered minor injuries during the night, a police spokesman said.',
      ],
      [
        'The unrest began after a march on Friday.',
        'Shops stayed shut all day.',
        'Four people were injured, one of whom was taken to hospital with a head wound.',
      ],
      [],
    ],
    [
      'officers hurt in two named places: not paired',
      ['Two officers suffered minor injuries in Velmar, a police spokesman said.'],
      ['Four officers were injured in Oskar Bay, one of whom was taken to hospital.'],
      [],
    ],
    [
      'officers hurt against bystanders hurt: not paired',
      [HURT_A],
      ['Four bystanders were injured, one of whom was taken to hospital with a head wound.'],
      [],
    ],
  ];
  it.each(table)('%s', (_what, a, b, expected) => {
    expect(unalignedPairs(a, b)).toEqual(expected);
  });
});
