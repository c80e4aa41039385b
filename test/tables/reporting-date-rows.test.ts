import { describe, expect, it } from 'vitest';
import { analyzeText, compareSources } from '../../src/index.js';
import { outletProfiles } from '../../src/tables/profiles.js';
import { claimRows } from '../../src/tables/rows.js';

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
  const rows = claimRows(report, new Set()).filter((r) => r.source === 'a');

  it.each([
    ['Thursday', 'true'],
    ['March 9', 'false'],
    ['Friday', 'true'],
  ])('%s → reporting_date %s', (date, expected) => {
    const row = rows.find((r) => r.kind === 'date' && String(r.text).includes(date));
    expect(row?.reporting_date).toBe(expected);
  });

  it('leaves reporting_date empty on other kinds and counts the same dates apart', () => {
    expect(rows.filter((r) => r.kind !== 'date').map((r) => r.reporting_date)).not.toContain('true');
    const profile = outletProfiles([report]).find((p) => p.outlet === 'Daily Courier');
    expect(profile?.claims.reportingDates).toBe(2);
  });

  it('keys the titled and the untitled mention of one speaker by one key', () => {
    const keys = new Set(rows.filter((r) => r.kind === 'attribution').map((r) => r.speaker_key));
    expect(keys).toEqual(new Set(['Tomas Ruiz']));
  });
});
