import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../src/index.js';
import type { Claim, DateClaim } from '../../src/model/claim.js';
import { reportingDates } from '../../src/tables/reporting-dates.js';

// User trials 8 (item 3) and 10 (item 2): a date that times the outlet's reporting verb is no fact
// it states; a date inside what is said is. Sentences invented for the test; the first four rows
// are the README's and outlets.html's examples ("said late Thursday", "said Thursday", "on Tuesday
// announced").
const cases: [string, string, boolean][] = [
  [
    'Senator Ana Tremaine, a Democrat from Ohio, said late Thursday that the bridge would close.',
    'Thursday',
    true,
  ],
  ['Mayor Ruiz said on Monday that the council had a one-in-three chance of losing.', 'Monday', true],
  ['The transit agency said Tuesday that it would appeal.', 'Tuesday', true],
  ['The mayor said Thursday that the bridge would reopen.', 'Thursday', true],
  ['On Tuesday the mayor announced that the bridge would close.', 'Tuesday', true],
  ['The mayor on Tuesday announced that the bridge would close.', 'Tuesday', true],
  ['The mayor said late Thursday they were glad the bridge would reopen.', 'Thursday', true],
  ['Ruiz said Monday the vote was rigged.', 'Monday', true],
  [
    'On Thursday, Deputy Transport Secretary Lena Okafor told lawmakers the bridge was unsafe.',
    'Thursday',
    true,
  ],
  ['On Tuesday, Ms. Okafor also said the council would vote again.', 'Tuesday', true],
  ['Ruiz on Tuesday said the bridge was unsafe.', 'Tuesday', true],
  ['Ruiz told reporters Friday that the bridge was unsafe.', 'Friday', true],
  ['Ruiz told a local radio host on Friday that the bridge was unsafe.', 'Friday', true],
  ['"The bridge is unsafe," Okafor told the Daily Courier on Thursday.', 'Thursday', true],
  ['Ruiz said in a statement late Tuesday that the bridge was unsafe.', 'Tuesday', true],
  ['In a statement Friday, Mayor Ruiz said the bridge was unsafe.', 'Friday', true],
  ['In a Thursday interview with a radio station, Ruiz said the bridge was unsafe.', 'Thursday', true],
  ['Ruiz tweeted Friday evening that the bridge was unsafe.', 'Friday', true],
  ["The union's leader, Dana Kim, announced early Saturday that the strike was over.", 'Saturday', true],
  ['Ms. Okafor, in a statement Friday evening, chided the council for the delay.', 'Friday', true],
  [
    'In an interview with a radio station on Tuesday, Ms. Okafor said she welcomed the vote.',
    'Tuesday',
    true,
  ],
  ["Okafor said at Wednesday's hearing that she had done nothing wrong.", 'Wednesday', true],
  // The date is part of what is said, or times an act that is no statement.
  ['Ruiz said the vote will be held on Monday.', 'Monday', false],
  ['Ruiz said he met her in 2015.', '2015', false],
  ["Asked about Monday's vote, Ruiz said it was fair.", 'Monday', false],
  ["Ruiz declined to discuss Monday's vote.", 'Monday', false],
  ['Ruiz said that on Monday the council would vote.', 'Monday', false],
  ['Ruiz said Tuesday was the deadline.', 'Tuesday', false],
  ["Ruiz said Monday's vote was rigged.", 'Monday', false],
  ['The council approved the budget plan on March 3 by a vote of 7 to 2.', 'March 3', false],
  ['On Monday, the council approved the budget after Ruiz said it was fair.', 'Monday', false],
  ['In March, the council voted to close the bridge, Ruiz said.', 'March', false],
  ['The mayor said the bridge would close on Friday.', 'Friday', false],
  ['The bridge closed on Friday, the mayor said.', 'Friday', false],
  ['The bridge closed on Friday.', 'Friday', false],
  ['Ruiz told "Tonight" that the bridge was unsafe.', 'Tonight', false],
  [
    "On Tuesday, the city's transport chief, who took office in May, announced that the bridge would close.",
    'Tuesday',
    false,
  ],
  // Review of dates10, item 2: a date after the publication date (2026-03-02) or pointing to the
  // future cannot time a statement already made.
  ['Ruiz said next week the council will vote again.', 'next week', false],
  ['Ruiz said tomorrow the council will vote again.', 'tomorrow', false],
  ['Ruiz said next Friday the council will vote again.', 'next Friday', false],
  ['Ruiz said March 9, 2026, the council will vote again.', 'March 9', false],
  // Review of dates10, item 4: a passive act is no statement, whatever stands beside its verb.
  ['The budget plan was approved on March 3 by the council.', 'March 3', false],
  ['Kerry was confirmed Tuesday as secretary of state.', 'Tuesday', false],
  // A future cue of another clause turns a bare weekday forward; it still times the report.
  ['The council will vote on Tuesday, an official said Friday morning.', 'Friday', true],
  // A document's publication date in the speaker times its report; an addressee or place may
  // stand between the report noun and its date.
  ['A poll released Wednesday shows Ruiz leading Okafor.', 'Wednesday', true],
  ['Documents released on Friday showed that the council had failed.', 'Friday', true],
  ['In a speech in Lagos last year, Ruiz said the council had failed.', 'last year', true],
  [
    'In an interview with the Daily Courier published on Tuesday, Ruiz said the council had failed.',
    'Tuesday',
    true,
  ],
  // Review of dates10, item 3: before the cue, only a date between the speaker and the cue.
  ['The lawmaker elected in 2019 said the bridge was unsafe.', '2019', false],
  ['Officials fired Tuesday said the plan was flawed.', 'Tuesday', false],
  ['The bridge reopened Friday but Ruiz said it was unsafe.', 'Friday', false],
  ['The bridge collapsed in 2019 and officials said it was unsafe.', '2019', false],
  ['Ruiz spoke after the March 3 hearing and said he had done nothing wrong.', 'March 3', false],
  // Review of dates10, item 5: a comment clause leaves the opening phrase to the content; "by" is
  // a deadline; the report noun must be the date's own head.
  ['By Friday, the mayor said, the bridge will be closed.', 'Friday', false],
  ['On March 3, Ruiz said, the bridge collapsed.', 'March 3', false],
  ['By March 3, Ruiz said, the bridge had fallen.', 'March 3', false],
  ['By Friday, the mayor said the bridge would be closed.', 'Friday', false],
  ['In a statement on the vote in March, Ruiz said the council had failed.', 'March', false],
  ['Ruiz, in a statement after the vote in March, said the council had failed.', 'March', false],
  ['In a statement released Friday, Ruiz said the council had failed.', 'Friday', true],
  // Review of dates10, item 6: "on DATE" after the cue times it only right after its object or setting.
  ['"The bridge is unsafe," Ruiz said before the council vote on Friday.', 'Friday', false],
  ['Ruiz said in a statement after the vote on Friday that the council had failed.', 'Friday', false],
];

describe('reportingDates', () => {
  it.each(cases)('%s → %s times the report: %s', (sentence, date, expected) => {
    const source = analyzeText(`${sentence}\n`, { published: '2026-03-02' }, 'ev/a.txt');
    const claims = source.claims as Claim[];
    const found = claims.find((c): c is DateClaim => c.kind === 'date' && c.text.includes(date));
    expect(found?.text).toContain(date);
    expect(reportingDates(claims, source.text, source.sentences, '2026-03-02')(found as DateClaim)).toBe(
      expected,
    );
  });

  // Review of dates10, item 2: without a publication date the words still tell the future.
  it.each([
    ['Ruiz said next week the council will vote again.', 'next week'],
    ['Ruiz said tomorrow the council will vote again.', 'tomorrow'],
  ])('%s → %s times no report without a publication date', (sentence, date) => {
    const source = analyzeText(`${sentence}\n`, {}, 'ev/a.txt');
    const claims = source.claims as Claim[];
    const found = claims.find((c): c is DateClaim => c.kind === 'date' && c.text.includes(date));
    expect(found?.text).toContain(date);
    expect(reportingDates(claims, source.text, source.sentences)(found as DateClaim)).toBe(false);
  });
});
