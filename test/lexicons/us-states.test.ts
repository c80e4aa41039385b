import { describe, expect, it } from 'vitest';
import { isTwoPartState } from '../../src/lexicons/abbreviations.js';
import { loadLexicon } from '../../src/lexicons/load.js';
import { stateOfAbbreviation, stateOfCode, twoPartAbbreviations } from '../../src/lexicons/us-states.js';

describe('US states (data/us-states.yaml)', () => {
  it('holds every state and the District of Columbia, each code once', () => {
    const entries = loadLexicon<{ state: string; usps: string }>('us-states').entries;
    expect(entries).toHaveLength(51);
    expect(new Set(entries.map((e) => e.usps)).size).toBe(51);
  });

  it.each([
    ['Tenn.', 'Tennessee'],
    ['Calif.', 'California'],
    ['N.Y.', 'New York'],
    ['W.Va.', 'West Virginia'],
    ['D.C.', 'District of Columbia'],
    // AP spells out eight states even with a city; "Tex." is the GPO and AACR2 form.
    ['Tex.', 'Texas'],
    ['Ida.', null],
    ['Tenn', null],
    ['tenn.', null],
  ])('the abbreviation %s names %s', (ap, state) => {
    expect(stateOfAbbreviation(ap)).toBe(state);
  });

  it.each([
    ['TN', 'Tennessee'],
    ['OR', 'Oregon'],
    ['DC', 'District of Columbia'],
    ['Tn', null],
    ['XX', null],
  ])('the USPS code %s names %s', (code, state) => {
    expect(stateOfCode(code)).toBe(state);
  });

  it('gives the segmenter the same two-part abbreviations as before', () => {
    const twoPart = ['N.Y', 'N.J', 'N.C', 'S.C', 'N.D', 'S.D', 'N.H', 'N.M', 'R.I', 'W.Va', 'D.C', 'U.S'];
    for (const x of twoPart) expect(isTwoPartState(x)).toBe(true);
    for (const x of ['Tenn', 'N.Y.', 'U.K', 'Jay-Z', 'S.G']) expect(isTwoPartState(x)).toBe(false);
    // The same set, not only the same members: an added two-part state would change segmentation.
    expect([...twoPartAbbreviations(), 'U.S'].sort()).toEqual([...twoPart].sort());
  });
});
