import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../src/index.js';
import type { Claim, DateClaim } from '../../src/model/claim.js';
import { reportingDates } from '../../src/tables/reporting-dates.js';

// User trial 8, item 3: a date that times the outlet's reporting verb is no fact it states.
describe('reportingDates', () => {
  it.each([
    ['The mayor said late Thursday that the bridge would close.', 'Thursday', true],
    ['The mayor said on Tuesday that the bridge would close.', 'Tuesday', true],
    ['On Tuesday the mayor announced that the bridge would close.', 'Tuesday', true],
    // A comma or more than two words between: not read as the time of the report.
    ["On Tuesday, the city's transport chief announced that the bridge would close.", 'Tuesday', false],
    ['The mayor said the bridge would close on Friday.', 'Friday', false],
    ['The bridge closed on Friday, the mayor said.', 'Friday', false],
    ['The bridge closed on Friday.', 'Friday', false],
  ])('%s → %s times the report: %s', (sentence, date, expected) => {
    const source = analyzeText(`${sentence}\n`, { published: '2026-03-02' }, 'ev/a.txt');
    const claims = source.claims as Claim[];
    const found = claims.find((c): c is DateClaim => c.kind === 'date' && c.text.includes(date));
    expect(found?.text).toContain(date);
    expect(reportingDates(claims, source.text)(found as DateClaim)).toBe(expected);
  });
});
