import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../../src/model/diagnostic.js';
import { extractDates } from '../../../src/stages/extract/date/index.js';
import type { DateDraft } from '../../../src/stages/extract/draft.js';
import { parseSource } from '../../../src/stages/read/index.js';
import { segment } from '../../../src/stages/segment/index.js';

/** Dates of every sentence of `text`, as a source published on `published` (none when undefined). */
function dates(text: string, published?: string, diagnostics: Diagnostic[] = []): DateDraft[] {
  const file = published ? `---\npublished: ${published}\n---\n${text}` : text;
  const source = segment(parseSource('event/inline.txt', new TextEncoder().encode(file)));
  return source.sentences.flatMap((s) => extractDates(s, source, diagnostics));
}

/** `[text, start, end, precision]` of each date, for compact tables. */
const brief = (found: DateDraft[]) =>
  found.map((d) => [d.text, d.interval?.start ?? null, d.interval?.end ?? null, d.precision]);

describe('sample event, published Monday 2018-05-14 (issue 4, done-when)', () => {
  const read = (name: string) =>
    segment(parseSource(`astana/${name}.txt`, readFileSync(`sources/astana-2018-05-14/${name}.txt`)));
  const all = (name: string) => {
    const source = read(name);
    const found = source.sentences
      .filter((s) => s.role === 'body' || s.role === 'headline')
      .flatMap((s) => extractDates(s, source, []));
    for (const d of found) expect(source.text.slice(d.start, d.end)).toBe(d.text);
    return found;
  };
  const day = (found: DateDraft[], text: string) =>
    found.filter((d) => d.text === text).map((d) => d.interval?.start);

  it('"May 10" (Press TV) and "on Thursday" (wire) both resolve to 2018-05-10', () => {
    expect(all('presstv').find((d) => d.text === 'May 10')).toMatchObject({
      interval: { start: '2018-05-10', end: '2018-05-10' },
      precision: 'day',
      event: 'assault',
    });
    expect(all('wire').find((d) => d.text === 'Thursday')).toMatchObject({
      interval: { start: '2018-05-10', end: '2018-05-10' },
      event: 'strike',
      ruleId: 'extract/date-weekday',
    });
  });

  it('"the beginning of 2017" is early 2017 and holds "January 2017"', () => {
    expect(all('wire').find((d) => d.text === 'the beginning of 2017')).toMatchObject({
      interval: { start: '2017-01-01', end: '2017-03-31' },
      precision: 'quarter',
      event: 'begin',
    });
    expect(all('presstv').find((d) => d.text === 'January 2017')).toMatchObject({
      interval: { start: '2017-01-01', end: '2017-01-31' },
      precision: 'month',
      reference: 'absolute',
    });
  });

  it('"Tuesday\'s plenary session" is 2018-05-15 and "on Monday" the publication day', () => {
    for (const name of ['presstv', 'wire']) {
      expect(day(all(name), 'Tuesday')).toEqual(['2018-05-15']);
      expect(new Set(day(all(name), 'Monday'))).toEqual(new Set(['2018-05-14']));
    }
  });

  it('"last week" is the ISO week before, "earlier in May" ends on publication, "in February" is 2018', () => {
    expect(all('wire').find((d) => d.text === 'last week')?.interval).toEqual({
      start: '2018-05-07',
      end: '2018-05-13',
    });
    expect(all('wire').find((d) => d.text === 'earlier in May')?.interval).toEqual({
      start: '2018-05-01',
      end: '2018-05-14',
    });
    expect(all('wire').find((d) => d.text === 'February')?.interval).toEqual({
      start: '2018-02-01',
      end: '2018-02-28',
    });
  });
});

describe('resolution against Monday 2018-05-14', () => {
  const table: [string, (string | null)[][]][] = [
    ['Israel struck targets on Thursday.', [['Thursday', '2018-05-10', '2018-05-10', 'day']]],
    ['Envoys are expected to arrive ahead of Tuesday.', [['Tuesday', '2018-05-15', '2018-05-15', 'day']]],
    ['Talks will resume on Friday.', [['Friday', '2018-05-18', '2018-05-18', 'day']]],
    ['The ministers are set to meet on Wednesday.', [['Wednesday', '2018-05-16', '2018-05-16', 'day']]],
    [
      "Tuesday's plenary session will conclude the meeting.",
      [['Tuesday', '2018-05-15', '2018-05-15', 'day']],
    ],
    ["Thursday's strikes hit Iranian targets.", [['Thursday', '2018-05-10', '2018-05-10', 'day']]],
    ['He spoke on Sunday.', [['Sunday', '2018-05-13', '2018-05-13', 'day']]],
    [
      'They met last Monday and meet again next Monday.',
      [
        ['last Monday', '2018-05-07', '2018-05-07', 'day'],
        ['next Monday', '2018-05-21', '2018-05-21', 'day'],
      ],
    ],
    ['The offensive began in February.', [['February', '2018-02-01', '2018-02-28', 'month']]],
    ['The offensive began in June.', [['June', '2017-06-01', '2017-06-30', 'month']]],
    ['Elections will be held in June.', [['June', '2018-06-01', '2018-06-30', 'month']]],
    ['The presidents met on April 4.', [['April 4', '2018-04-04', '2018-04-04', 'day']]],
    ['A meeting in Astana on March 16, 2018.', [['March 16, 2018', '2018-03-16', '2018-03-16', 'day']]],
    ['It happened on 10 May 2018.', [['10 May 2018', '2018-05-10', '2018-05-10', 'day']]],
    [
      'Growth slowed in early 2017 and mid-2016.',
      [
        ['early 2017', '2017-01-01', '2017-03-31', 'quarter'],
        ['mid-2016', '2016-04-01', '2016-09-30', 'quarter'],
      ],
    ],
    ['Fighting resumed in late April.', [['late April', '2018-04-21', '2018-04-30', 'week']]],
    ['The end of 2016 was quiet.', [['The end of 2016', '2016-10-01', '2016-12-31', 'quarter']]],
    [
      'He left yesterday and returns tomorrow.',
      [
        ['yesterday', '2018-05-13', '2018-05-13', 'day'],
        ['tomorrow', '2018-05-15', '2018-05-15', 'day'],
      ],
    ],
    ['Talks resume next week.', [['next week', '2018-05-21', '2018-05-27', 'week']]],
    [
      'Prices rose last month and last year.',
      [
        ['last month', '2018-04-01', '2018-04-30', 'month'],
        ['last year', '2017-01-01', '2017-12-31', 'year'],
      ],
    ],
    ['It was signed earlier this month.', [['earlier this month', '2018-05-01', '2018-05-14', 'month']]],
    ['The strike came three days ago.', [['three days ago', '2018-05-11', '2018-05-11', 'day']]],
    [
      'The war began in 2011, after the 1980s.',
      [
        ['2011', '2011-01-01', '2011-12-31', 'year'],
        ['1980s', '1980-01-01', '1989-12-31', 'decade'],
      ],
    ],
  ];
  it.each(table)('%s', (sentence, expected) => {
    expect(brief(dates(sentence, '2018-05-14'))).toEqual(expected);
  });
});

describe('words that are not dates', () => {
  const table: [string][] = [
    ['The flare-up may feature in talks now.'],
    ['May God help them.'],
    ['Protesters march to the square.'],
    ['Some 1500 troops and 2000 people remain.'],
  ];
  it.each(table)('%s has no date', (sentence) => {
    expect(dates(sentence, '2018-05-14')).toEqual([]);
  });
});

describe('passages written for the test, published Tuesday 2018-04-17', () => {
  const table: [string, (string | null)[][]][] = [
    [
      'TALLAHASSEE, Fla. — President Halden sent the C.I.A. director Ivo Maren to Veldia to meet with its leader, Ro Tae-jin, in recent weeks to prepare a summit meeting between Mr. Ro and Mr. Halden, two people told of the quiet trip said on Tuesday.',
      [['Tuesday', '2018-04-17', '2018-04-17', 'day']],
    ],
    [
      'The Courier reported Tuesday that Ro was getting ready to formally unveil such plans during his coming meeting on April 27 with Veldish President Anna Sorel.',
      [
        ['Tuesday', '2018-04-17', '2018-04-17', 'day'],
        ['April 27', '2018-04-27', '2018-04-27', 'day'],
      ],
    ],
    [
      'Maren told the Senate Trade Committee during his confirmation hearing last week, adding that such talks could bring a result.',
      [['last week', '2018-04-09', '2018-04-15', 'week']],
    ],
    [
      // Written for the test: a full date after a semicolon.
      'The earlier suit was filed just before the one-year deadline ran out; the first files were published on July 22, 2016.',
      [['July 22, 2016', '2016-07-22', '2016-07-22', 'day']],
    ],
    [
      'On Tuesday, Mr. Halden also said he would back East and West Veldia when the leaders of the two halves meet this month, clearing the way for a treaty that would replace the truce that ended the Veldish War in 1953.',
      [
        ['Tuesday', '2018-04-17', '2018-04-17', 'day'],
        ['this month', '2018-04-01', '2018-04-30', 'month'],
        ['1953', '1953-01-01', '1953-12-31', 'year'],
      ],
    ],
  ];
  it.each(table)('%s', (sentence, expected) => {
    expect(brief(dates(sentence, '2018-04-17'))).toEqual(expected);
  });
});

describe('passages written for the test, published Tuesday 2018-04-24', () => {
  const table: [string, (string | null)[][]][] = [
    [
      'The trade envoy opened her two-day tour Monday with a quiet dinner at the old harbour master’s house.',
      [['Monday', '2018-04-23', '2018-04-23', 'day']],
    ],
    [
      'Both will appear at a banquet later Tuesday, followed by the envoy’s address to parliament Wednesday.',
      [
        ['Tuesday', '2018-04-24', '2018-04-24', 'day'],
        ['Wednesday', '2018-04-25', '2018-04-25', 'day'],
      ],
    ],
    [
      'The tariff question will surely return when the chancellor visits the port later this week.',
      [['later this week', '2018-04-24', '2018-04-29', 'week']],
    ],
    ['The mayor welcomed the envoy at Sea Cliff, her house in Port Alba.', []],
  ];
  it.each(table)('%s', (sentence, expected) => {
    expect(brief(dates(sentence, '2018-04-24'))).toEqual(expected);
  });
});

describe('without a publication date', () => {
  it('keeps relative dates unresolved, resolves absolute ones, and reports once per source', () => {
    const diagnostics: Diagnostic[] = [];
    const found = dates(
      'Israel struck on Thursday. Talks resume next week. They met on March 16, 2018.',
      undefined,
      diagnostics,
    );
    expect(brief(found)).toEqual([
      ['Thursday', null, null, 'day'],
      ['next week', null, null, 'week'],
      ['March 16, 2018', '2018-03-16', '2018-03-16', 'day'],
    ]);
    expect(diagnostics.filter((d) => d.code === 'extract/unresolved-date')).toHaveLength(1);
    expect(diagnostics[0]).toMatchObject({ source: 'inline', severity: 'warning' });
  });
});

// Issue 10: dates resolved by what they date, and numbers in names that are not dates.
describe('issue 10: tense, the week ahead, and names', () => {
  const table: [string, string, (string | null)[][]][] = [
    // A December article: a present progressive with a month is an arrangement to come.
    [
      'He is leaving the company in February.',
      '2013-12-10',
      [['February', '2014-02-01', '2014-02-28', 'month']],
    ],
    ['He left the company in February.', '2013-12-10', [['February', '2013-02-01', '2013-02-28', 'month']]],
    // "set for" a day is scheduled, so it lies ahead.
    ['The hearing has been set for June 28.', '2013-02-08', [['June 28', '2013-06-28', '2013-06-28', 'day']]],
    // Blind 32 and 33 readers: a past verb decides, the day after "to" or "for" is what it is
    // for; the nearest such day, not last year's.
    [
      'The judge adjourned sentencing to December 5.',
      '2025-11-14',
      [['December 5', '2025-12-05', '2025-12-05', 'day']],
    ],
    [
      'The union announced a further strike for 21 October.',
      '2025-10-02',
      [['21 October', '2025-10-21', '2025-10-21', 'day']],
    ],
    // The end of a range is dated with its start.
    [
      'The fair ran from March 3 to March 5.',
      '2025-11-14',
      [
        ['March 3', '2025-03-03', '2025-03-03', 'day'],
        ['March 5', '2025-03-05', '2025-03-05', 'day'],
      ],
    ],
    // A past verb before the month: a later "plans to" speaks of another act.
    [
      'Varga announced in July she plans to challenge Orlov.',
      '2013-08-10',
      [['July', '2013-07-01', '2013-07-31', 'month']],
    ],
    // Published on a Friday: "Friday in the week ahead" is the next one, not today.
    [
      'Ro will meet on Friday in the week ahead with Sorel.',
      '2018-04-20',
      [['Friday', '2018-04-27', '2018-04-27', 'day']],
    ],
    ['They met on Friday.', '2018-04-20', [['Friday', '2018-04-20', '2018-04-20', 'day']]],
    // Years as adjectives and relative words inside names are not dates.
    ['Russia meddled in the 2016 election.', '2018-04-20', []],
    ['He spoke on Nina Ross Tonight, USA Today reported.', '2018-04-20', []],
    ['The Sept. 11 hijackers trained in Florida.', '2018-04-20', []],
    [
      'The attacks came on Sept. 11, 2001.',
      '2018-04-20',
      [['Sept. 11, 2001', '2001-09-11', '2001-09-11', 'day']],
    ],
    ['Russia meddled in 2016.', '2018-04-20', [['2016', '2016-01-01', '2016-12-31', 'year']]],
    // A bare day whose clause has no tense is the occurrence nearest publication (AP style gives
    // the year only outside the current year); a past verb before it still points back.
    [
      'The Dec. 27 forum technically is hosted by a cable channel.',
      '2011-12-13',
      [['Dec. 27', '2011-12-27', '2011-12-27', 'day']],
    ],
    ['The Dec. 27 debate drew few viewers.', '2012-01-05', [['Dec. 27', '2011-12-27', '2011-12-27', 'day']]],
    [
      'The council voted on Dec. 27 to close it.',
      '2011-12-13',
      [['Dec. 27', '2010-12-27', '2010-12-27', 'day']],
    ],
    // A commitment ("agreed to", "vowed to", Searle 1976 commissives) does not time the act it
    // commits to: a day of that act is the nearest one, not the last before publication (user
    // trial 21), and a past one stays past (review of truth21).
    [
      'The envoy said the sides had agreed to meet again on October 3.',
      '2025-09-20',
      [['October 3', '2025-10-03', '2025-10-03', 'day']],
    ],
    [
      'The leaders had agreed to meet on September 15, but the summit was postponed.',
      '2025-09-20',
      [['September 15', '2025-09-15', '2025-09-15', 'day']],
    ],
    [
      'The mayor vowed on Tuesday to reopen by March 1.',
      '2025-02-12',
      [
        ['Tuesday', '2025-02-11', '2025-02-11', 'day'],
        ['March 1', '2025-03-01', '2025-03-01', 'day'],
      ],
    ],
    // A weekday or month after a commitment keeps its reading ("agreed to pay … on Thursday" is
    // mostly the day of the deal); the noun "promise" is no commitment verb.
    [
      'Boeing agreed to pay $200 million on Thursday to settle the charges.',
      '2025-06-13',
      [['Thursday', '2025-06-12', '2025-06-12', 'day']],
    ],
    [
      'The junta broke its promise to step down in March.',
      '2025-09-20',
      [['March', '2025-03-01', '2025-03-31', 'month']],
    ],
    // Not when a noun stands between the verb and the date ("the attack on October 3": the
    // date may be the noun's, and no parse tells which), nor when a past verb stands between the
    // commitment and the date.
    [
      'The army vowed to avenge the attack on October 3.',
      '2025-10-10',
      [['October 3', '2025-10-03', '2025-10-03', 'day']],
    ],
    [
      'They agreed to honour a deal that was signed on October 3.',
      '2025-10-10',
      [['October 3', '2025-10-03', '2025-10-03', 'day']],
    ],
  ];
  it.each(table)('%s (published %s)', (sentence, published, expected) => {
    expect(brief(dates(sentence, published))).toEqual(expected);
  });
});

describe('blind 40 readers: a past verb after the date, a month of a year named before', () => {
  const table: [string, string, (string | null)[][]][] = [
    // "cut" has the same form in the past, so the verb before the day says nothing; a finite past
    // verb coordinated after it ("and flooded") is the same clause's tense (Quirk et al. 1985, §13.5).
    [
      'The storm cut power to the valley on 14 August and flooded two villages.',
      '2025-02-20',
      [['14 August', '2024-08-14', '2024-08-14', 'day']],
    ],
    [
      'The fair opens on 14 August and closes on 20 August.',
      '2025-02-20',
      [
        ['14 August', '2025-08-14', '2025-08-14', 'day'],
        ['20 August', '2025-08-20', '2025-08-20', 'day'],
      ],
    ],
    // "that year", "the same year", "the following year" refer back to a year the text named
    // (Halliday and Hasan 1976, reference): the month is of that year, not of the publication's.
    [
      'She joined the board in 2022. She resigned in March of that year.',
      '2024-10-01',
      [
        ['2022', '2022-01-01', '2022-12-31', 'year'],
        ['March of that year', '2022-03-01', '2022-03-31', 'month'],
      ],
    ],
    [
      'She joined the board in 2022.\n\nShe resigned in March the following year.',
      '2024-10-01',
      [
        ['2022', '2022-01-01', '2022-12-31', 'year'],
        ['March the following year', '2023-03-01', '2023-03-31', 'month'],
      ],
    ],
    [
      'The plant opened in 2019 and closed in June of the same year.',
      '2024-10-01',
      [
        ['2019', '2019-01-01', '2019-12-31', 'year'],
        ['June of the same year', '2019-06-01', '2019-06-30', 'month'],
      ],
    ],
    // With no year named before it, the month is of no known year: no date.
    ['She resigned in March of that year.', '2024-10-01', []],
    // Blind 45 reader: a month the article gave earlier with its year is that month again, not the
    // one before publication; a clause that looks ahead keeps its own reading.
    [
      'Staff ignored a warning in January 2024, three months before the attack.\n\nThe warning was logged by a teacher in January but went no further.',
      '2025-05-20',
      [
        ['January 2024', '2024-01-01', '2024-01-31', 'month'],
        ['January', '2024-01-01', '2024-01-31', 'month'],
      ],
    ],
    [
      'The plant opened in January 2024.\n\nIt will close in January.',
      '2025-05-20',
      [
        ['January 2024', '2024-01-01', '2024-01-31', 'month'],
        ['January', '2026-01-01', '2026-01-31', 'month'],
      ],
    ],
  ];
  it.each(table)('%s (published %s)', (text, published, expected) => {
    const found = dates(text, published);
    expect(brief(found)).toEqual(expected);
  });
  it('slices the anaphoric month from the source text', () => {
    const text = 'She joined the board in 2022. She resigned in March of that year.';
    const file = `---\npublished: 2024-10-01\n---\n${text}`;
    const source = segment(parseSource('event/inline.txt', new TextEncoder().encode(file)));
    for (const d of source.sentences.flatMap((s) => extractDates(s, source, [])))
      expect(source.text.slice(d.start, d.end)).toBe(d.text);
  });
});

describe('number patterns are tried only on tokens that can hold a number (speed17: same dates)', () => {
  const table: [string, (string | null)[][]][] = [
    [
      'The vote came on the 10th of June, not June 3rd.',
      [
        ['June', '2017-06-01', '2017-06-30', 'month'],
        ['June 3rd', '2017-06-03', '2017-06-03', 'day'],
      ],
    ],
    [
      'Work began in late-2016, not in Aug. 2015.',
      [
        ['late-2016', '2016-10-01', '2016-12-31', 'quarter'],
        ['Aug. 2015', '2015-08-01', '2015-08-31', 'month'],
      ],
    ],
    ['It happened 3 weeks ago, or long ago.', [['3 weeks ago', '2018-04-23', '2018-04-29', 'week']]],
    ['Some 2017 figures and the ’90s came up.', []],
  ];
  it.each(table)('%s', (sentence, expected) => {
    expect(brief(dates(sentence, '2018-05-14'))).toEqual(expected);
  });

  it('each source resolves against its own publication day, sources read in turn', () => {
    const line = 'The talks ended yesterday.';
    const days = ['2018-05-14', '2019-01-02', '2018-05-14'].map(
      (published) => brief(dates(line, published))[0][1],
    );
    expect(days).toEqual(['2018-05-13', '2019-01-01', '2018-05-13']);
    expect(dates(line)[0].interval).toBeUndefined();
  });
});
