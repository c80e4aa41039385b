import { describe, expect, it } from 'vitest';
import { analyzeText, compareSources } from '../../src/index.js';
import { claimRows, outletProfiles } from './tables-of.js';

// User trial 10, item 2: claims.csv marks the dates that time a reporting act, and the outlet
// profile counts the same dates apart. Passages invented for the test.
const A = [
  'Tomas Ruiz said late Thursday that the bridge would close.',
  'The council will vote on the plan on March 9.',
  'On Friday, President Ruiz told reporters the bridge was unsafe.',
].join('\n');
const B = 'The harbour bridge will close for repairs, Ruiz said.\n';

describe('reporting_date in claims.csv and the profile', () => {
  const report = compareSources(
    analyzeText(A, { outlet: 'Daily Courier', published: '2026-03-02' }, 'ev/a.txt'),
    analyzeText(B, { outlet: 'Evening Post', published: '2026-03-02' }, 'ev/b.txt'),
  );
  const rows = claimRows(report).filter((r) => r.source === 'a');

  // Review of dates10, item 7: a boolean column, as findings' `shown`, never the string "false".
  it.each([
    ['Thursday', true],
    ['March 9', false],
    ['Friday', true],
  ])('%s → reporting_date %s', (date, expected) => {
    const row = rows.find((r) => r.kind === 'date' && String(r.text).includes(date));
    expect(row?.reporting_date).toBe(expected);
  });

  it('leaves reporting_date empty on other kinds and counts the same dates apart', () => {
    const others = rows.filter((r) => r.kind !== 'date');
    expect(others.length).toBeGreaterThan(0);
    for (const row of others) expect(row.reporting_date).toBeUndefined();
    const profile = outletProfiles([report]).find((p) => p.outlet === 'Daily Courier');
    expect(profile?.claims.reportingDates).toBe(2);
  });

  // Review of dates10, item 1: the text never calls Tomas Ruiz president, so "President Ruiz"
  // may be another Ruiz and keeps its own key.
  it('keeps a titled surname apart from a full name the text never gives that title', () => {
    const keys = new Set(rows.filter((r) => r.kind === 'attribution').map((r) => r.speaker_key));
    expect(keys).toEqual(new Set(['Tomas Ruiz', 'Ruiz']));
  });
});

// Review of dates10, item 1: one surname, several people. Passages invented for the test.
describe('speaker_key of mentions that share a surname', () => {
  const keysOf = (text: string) => {
    const report = compareSources(
      analyzeText(text, { outlet: 'Daily Courier', published: '2026-03-02' }, 'ev/a.txt'),
      analyzeText(
        'The harbour bridge will close for repairs, officials said.\n',
        { outlet: 'Evening Post' },
        'ev/b.txt',
      ),
    );
    const rows = claimRows(report).filter((r) => r.source === 'a' && r.kind === 'attribution');
    return rows.map((r) => r.speaker_key);
  };

  it.each([
    [
      'President Trump said on Monday that the bridge was unsafe.\nMelania Trump, the first lady, said the bridge should be repaired.',
      ['Trump', 'Melania Trump'],
    ],
    [
      'Gov. Smith said the bridge was unsafe.\nMayor Smith said the bridge was safe.\nJohn Smith, a local engineer, said the repairs would take a year.',
      ['Gov. Smith', 'Mayor Smith', 'John Smith'],
    ],
    [
      'President Ana Marlow visited the bridge on Monday.\nPresident Marlow said the bridge was unsafe.\nAna Marlow said the repairs would take a year.',
      ['Ana Marlow', 'Ana Marlow'],
    ],
  ])('%j → %j', (text, keys) => {
    expect(keysOf(text)).toEqual(keys);
  });
});
