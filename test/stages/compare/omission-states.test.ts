import { describe, expect, it } from 'vitest';
import { compareSources } from '../../../src/pipeline.js';
import { placedStateNames } from '../../../src/stages/compare/omission/placed-states.js';
import { nameAnchors, omissionSource as source } from './omission-source.js';

// Passages written for these tests: a toll bridge told by two outlets (issue 10: a state named by
// its AP abbreviation or postal code in a party-state tag is a mention of it, as one name).

const OPENING = 'The toll bridge opened on Monday.';
/** A passage after the opening paragraph both articles share. */
const opened = (body: string) => `${OPENING}\n\n${body}`;

/** Whether the state named in `own` is mentioned by `other`. */
function mentioned(own: string, state: string, other: string): boolean | undefined {
  return nameAnchors(opened(own), opened(other), 'Drivers').find((x) => x.range.text === state)?.present;
}

describe('a state the other article names only by its abbreviation', () => {
  it.each([
    ['Tennessee', 'Rep. Ann Cole (R-Tenn.) praised the tolls.', true],
    ['Tennessee', 'Sen. Ray Lind, D-Tenn., said the tolls were fair.', true],
    ['Tennessee', 'Rep. Ann Cole, R-TN, praised the tolls.', true],
    ['Tennessee', 'Rep. Ann Cole (R\u2013Tenn.) praised the tolls.', true],
    ['Tennessee', 'Rep. Ann Cole (R-Tenn) praised the tolls.', true],
    ['North Carolina', 'Rep. Ann Cole, R-N.C., praised the tolls.', true],
    ['New Mexico', 'Rep. Ann Cole, D-N.M., praised the tolls.', true],
    // AP spells Texas out; the GPO and library form of the tag is "R-Tex.".
    ['Texas', 'Rep. Ann Cole, R-Tex., praised the tolls.', true],
    // A state is one name: its tag makes no part of it, and no other place of that name, present.
    ['Mexico', 'Rep. Ann Cole, D-N.M., praised the tolls.', false],
    ['North Carolina', 'Rep. Ann Cole, R-S.C., praised the tolls.', false],
    ['Virginia', 'Workers drove in from Bluefield, W.Va., for the tolls.', false],
    ['Columbia River', 'Del. Jo Lee (D-D.C.) praised the tolls.', false],
    // Georgia is also a country, Washington also the capital and a surname: their tags stay unread.
    ['Georgia', 'Sen. Ann Cole, R-Ga., praised the tolls.', false],
    ['Washington', 'Sen. Ann Cole, D-Wash., praised the tolls.', false],
    // Only a party-state tag is read: a code or an abbreviation after a comma is not a state there.
    ['Tennessee', 'The plant in Nashville, TN, sold the steel.', false],
    ['Maryland', 'The clinic is run by Dr. Ann Kim, MD, who set the tolls.', false],
    ['Oklahoma', '"Fine, OK," the governor said of the tolls.', false],
    ['West Virginia', 'Sen. Joe Hart (D-W.Va.) praised the tolls.', true],
    ['Rhode Island', 'Rep. Jo Lee (D-R.I.) praised the tolls.', true],
    // A code outside a tag or after a city is a word in capitals.
    ['Indiana', 'The council went ALL IN on the tolls.', false],
    ['Oregon', 'Drivers pay the tolls OR take the ferry.', false],
    ['Maine', 'The mayor told ME the tolls were fair.', false],
    ['Oregon', 'Drivers pay the tolls, OR take the ferry.', false],
    ['Tennessee', 'Drivers said TN plates were rare.', false],
  ])('%s is mentioned by "%s": %s', (state, other, expected) => {
    expect(mentioned(`Drivers in ${state} will pay the tolls.`, state, other)).toBe(expected);
  });
});

describe('an abbreviation in a tag or after a city', () => {
  it.each([
    ['Drivers cheered Rep. Ann Cole (R-Tenn.) at the tolls.', /Tenn/],
    ['Drivers cheered Rep. Ann Cole, R-TN, at the tolls.', /\bTN\b/],
    ['Drivers cheered Rep. Ann Cole (R\u2013Tenn.) at the tolls.', /Tenn/],
  ])('is no name of its own: %s', (own, abbreviation) => {
    const names = nameAnchors(opened(own), opened('The bridge cost too much.'), 'Drivers').map(
      (x) => x.range.text,
    );
    expect(names.length).toBeGreaterThan(0);
    for (const n of names) expect(n).not.toMatch(abbreviation);
  });

  it('keeps D.C. a part of the city it names', () => {
    const own = 'Drivers cheered the mayor of Washington, DC, at the tolls.';
    const names = nameAnchors(opened(own), opened('The bridge cost too much.'), 'Drivers').map(
      (x) => x.range.text,
    );
    expect(names.some((n) => /\bDC\b/.test(n))).toBe(true);
  });

  it.each([
    ['Rep. Ann Cole (R-Tenn.) praised the tolls.', ['Tennessee']],
    [
      'Rep. Ann Cole, R-TN, and Sen. Joe Hart (D\u2013W.Va.) praised the tolls.',
      ['Tennessee', 'West Virginia'],
    ],
    ['Rep. Ann Cole (R-Tenn) praised the tolls.', ['Tennessee']],
    ['Rep. Ann Cole (R-Tex.) and Rep. Bo Lee (D-TX) praised the tolls.', ['Texas', 'Texas']],
    ['The plant in Nashville, TN, sold the steel.', []],
    ['The clinic is run by Dr. Ann Kim, MD, and Bo Lee, PA.', []],
    ['"Fine, OK," the governor said.', []],
    ['Vets treated in Phoenix, VA, waited months.', []],
    ['The schedule listed Rosary, Confession, Mass.', []],
    ['Smith, Ind., won 4 percent.', []],
    ['Mayors of Boston and Washington, D.C., spoke.', []],
    ['The R-TNT blend was R-Tennessee grade.', []],
  ])('reads only a party-state tag: %s', (text, states) => {
    const sentence = source('Courier', text).sentences[0];
    expect(placedStateNames(sentence)).toEqual(states);
  });
});

describe('an omission across the two articles, both ways', () => {
  const named = `${OPENING}\n\nDrivers in Tennessee will pay the highest tolls in the region from March.`;
  const tagged = `${OPENING}\n\nRep. Ann Cole (R-Tenn.) said drivers would pay the highest tolls in the region from March.`;
  const omissions = (a: string, b: string): string[] =>
    compareSources(source('Courier', a), source('Herald', b))
      .findings.filter((f) => f.kind === 'omission')
      .map((f) => f.explanation.replace(/: ".*$/s, ''));

  it.each([
    ['the name in a, the tag in b', named, tagged],
    ['the tag in a, the name in b', tagged, named],
  ])('never says the state is not mentioned: %s', (_what, a, b) => {
    const found = omissions(a, b);
    expect(found.length).toBeGreaterThan(0);
    for (const e of found) expect(e).not.toMatch(/Tennessee|Tenn\b/);
  });
});
