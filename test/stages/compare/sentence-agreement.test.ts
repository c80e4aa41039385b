import { describe, expect, it } from 'vitest';
import { article, compareArticles } from './facts-helpers.js';

// Issue 10: agreements are often whole facts ("met at the state capitol on Tuesday" / "met
// privately at the state capitol on Tuesday"), found wherever the sentences stand.
describe('sentence agreement', () => {
  const a = article('A', '2012-12-10', [
    'The governor and the mayor met Tuesday morning at the state capitol for the first time in weeks.',
    'Protesters gathered outside the stadium before the match.',
  ]);
  const b = article('B', '2012-12-10', [
    'Fans of the visiting team sang outside the arena.',
    'With three weeks left, the governor and the mayor met privately at the state capitol on Tuesday.',
  ]);
  const agreements = compareArticles(a, b).filter((f) => f.ruleId === 'compare/sentence-agreement');
  const texts = agreements.map((f) => [f.a[0].text, f.b[0].text]);

  it('pairs the two reports of the meeting, though they stand in different places', () => {
    expect(texts).toContainEqual([
      'The governor and the mayor met Tuesday morning at the state capitol for the first time in weeks.',
      'With three weeks left, the governor and the mayor met privately at the state capitol on Tuesday.',
    ]);
  });

  it('does not pair sentences about different things', () => {
    expect(texts.filter(([x]) => x.startsWith('Protesters'))).toEqual([]);
  });

  it('gives every agreement evidence on both sides', () => {
    for (const f of agreements) {
      expect(f.kind).toBe('agreement');
      expect(f.a).toHaveLength(1);
      expect(f.b).toHaveLength(1);
    }
  });
});

// Issue 10: one clause of a long sentence can repeat a sentence of the other article, and the
// same long sentence can agree with two sentences there, one clause each.
describe('sentence agreement by clause', () => {
  const a = article('A', '2012-12-10', [
    'With the vote two days away, the governor and the mayor met privately at the state capitol on Tuesday, as a veteran councillor urged her colleagues to accept a higher levy on hotels.',
    'Protesters gathered outside the stadium before the match.',
  ]);
  const b = article('B', '2012-12-10', [
    'The governor and the mayor met Tuesday morning at the state capitol.',
    'Fans of the visiting team sang outside the arena.',
    'A veteran councillor urged her colleagues to accept a higher levy on hotels, a shift that stunned the chamber.',
  ]);
  const spans = compareArticles(a, b)
    .filter((f) => f.ruleId === 'compare/sentence-agreement')
    .map((f) => [f.a[0].text, f.b[0].text]);

  it.each([
    [
      'the governor and the mayor met privately at the state capitol on Tuesday',
      'The governor and the mayor met Tuesday morning at the state capitol.',
    ],
    [
      'as a veteran councillor urged her colleagues to accept a higher levy on hotels',
      'A veteran councillor urged her colleagues to accept a higher levy on hotels',
    ],
  ])('%s ~ %s', (x, y) => {
    expect(spans).toContainEqual([x, y]);
  });
});

// A clause that is a name and a title is lighter than most sentences that mention the person;
// it agrees with one only by a shared act, not by the name's words.
describe('sentence agreement on a name and title alone', () => {
  const a = article('A', '2012-12-10', [
    'The council asked former Governor Ada Reyes to talk to the nominee about a senior post in the cabinet.',
    'Protesters gathered outside the stadium before the match.',
  ]);
  const b = article('B', '2012-12-10', [
    'Fans of the visiting team sang outside the arena.',
    'The prize for the best speech of the season went to a famous orator, former Governor Ada Reyes.',
  ]);
  it('is no agreement', () => {
    const agreements = compareArticles(a, b).filter((f) => f.ruleId === 'compare/sentence-agreement');
    expect(agreements.map((f) => f.b[0].text).filter((text) => text.includes('Reyes'))).toEqual([]);
  });
});

// A quotation both print is an agreement of its own, beside a paraphrase of the same remark.
describe('sentence agreement on the same quotation', () => {
  const a = article('A', '2018-04-20', [
    'The mayor tweeted that the released report "shows clearly that the tender involved no bribery, no kickbacks and no fraud."',
  ]);
  const b = article('B', '2018-04-20', [
    'The mayor tweeted that the released report shows the tender was clean.',
    '"The report just out shows clearly that the tender involved no bribery, no kickbacks and no fraud," the mayor wrote.',
  ]);
  const spans = compareArticles(a, b)
    .filter((f) => f.ruleId === 'compare/sentence-agreement' && f.confidence >= 0.5)
    .map((f) => [f.a[0].text, f.b[0].text]);

  it('pairs the quotation with the same words on the other side', () => {
    expect(spans).toContainEqual([
      'the released report "shows clearly that the tender involved no bribery, no kickbacks and no fraud',
      'The report just out shows clearly that the tender involved no bribery, no kickbacks and no fraud',
    ]);
  });
});

// User trial 18, item 7: "At least 12 people were killed" and "At least 40 people were killed"
// were drawn as one agreement (two open bounds overlap), and the HTML coloured both death tolls as
// agreeing. Two figures of one fact with different numbers are two estimates, not the same thing;
// the same number in another precision ("at least 12" / "12") still agrees.
describe('sentence agreement over figures', () => {
  // Review of rev18d, fault 2: two bounds of one span in two units are one bound.
  it('is still drawn over one span in two units', () => {
    const found = compareArticles(
      article('A', '2025-03-10', [
        'The strike at the Port Velmar docks lasted at least three hours on Sunday.',
      ]),
      article('B', '2025-03-10', [
        'The strike at the Port Velmar docks lasted at least 180 minutes on Sunday.',
      ]),
    )
      .filter((f) => f.ruleId === 'compare/sentence-agreement')
      .map((f) => f.a[0].text);
    expect(found.filter((t) => t.includes('three hours'))).toHaveLength(1);
  });

  const sentenceAgreements = (x: string, y: string) =>
    compareArticles(
      article('A', '2025-03-10', ['A ferry caught fire off Port Velmar on Sunday.', x]),
      article('B', '2025-03-10', ['A ferry caught fire off Port Velmar on Sunday.', y]),
    )
      .filter((f) => f.ruleId === 'compare/sentence-agreement')
      .map((f) => f.a[0].text);

  it('is not drawn over two different tolls of one fact', () => {
    const found = sentenceAgreements(
      'At least 12 people were killed when the passenger ferry caught fire off Port Velmar on Sunday.',
      'At least 40 people were killed when the passenger ferry caught fire off Port Velmar on Sunday.',
    );
    expect(found.filter((t) => t.includes('At least 12'))).toEqual([]);
  });

  // Review of rev18, faults 1 and 2: an approximate figure, or two bounds close enough to bound
  // one count, still agree. But an open bound is the outlet's own estimate: a figure inside it
  // from the other outlet is another estimate, so "report the same thing" would be an agreement
  // for different figures (RUBRIC.md: WRONG; user trial 22, the blind 23 and 25 readers). Only the
  // very number joins them.
  it.each([
    ['At least 12', 'Twelve', 1],
    ['About 20', 'Twenty', 1],
    ['About 20', 'Nineteen', 1],
    ['At least 12', 'More than 11', 1],
    ['An estimated 8,000 to 10,000', 'About 9,500', 1],
    ['More than 200', '230', 0],
    ['Nearly 50', 'More than 40', 0],
    ['Up to 60', '55', 0],
    ['Nearly 40', 'Thirty-eight', 0],
  ])('over %s / %s draws %i agreement(s)', (x, y, drawn) => {
    const found = sentenceAgreements(
      `${x} people were killed when the passenger ferry caught fire off Port Velmar on Sunday.`,
      `${y} people were killed when the passenger ferry caught fire off Port Velmar on Sunday.`,
    );
    expect(found.filter((t) => t.startsWith(x))).toHaveLength(drawn);
  });

  // Blind 30 reader: "Around 550 workers" / "About 600 workers" on shift is an agreement for
  // different figures. Two estimates agree only on the very number.
  it.each([
    ['About 550', 'Around 600', 0],
    ['About 600', 'Around 600', 1],
  ])('over the estimates %s / %s draws %i agreement(s)', (x, y, drawn) => {
    const found = sentenceAgreements(
      `${x} people were killed when the passenger ferry caught fire off Port Velmar on Sunday.`,
      `${y} people were killed when the passenger ferry caught fire off Port Velmar on Sunday.`,
    );
    expect(found.filter((t) => t.startsWith(x))).toHaveLength(drawn);
  });

  // Blind 31 reader: "Three people were detained" / "Five people, including …" count one group,
  // the one with a casualty verb, the other without.
  it('is not drawn over a toll and a count of the same noun with other values', () => {
    const found = sentenceAgreements(
      'Three people were arrested, including the ferry operator Ilse Varkonen.',
      'Five people, including the ferry operator Ilse Varkonen, were taken in for questioning.',
    );
    expect(found.filter((t) => t.includes('Varkonen'))).toEqual([]);
  });

  // Blind 36 reader: "about 210 passengers" / "nearly 200 people" on board count one group: "people"
  // is the plain plural of any kind of person. A part of the group ("including 12 children") may differ.
  it.each([
    ['carrying about 210 passengers', 'with nearly 200 people on board', 0],
    ['carrying about 210 passengers', 'with about 210 people on board', 1],
    ['carrying 210 people, including 12 children', 'with 210 people on board', 1],
  ])('over the counts %s / %s draws %i agreement(s)', (x, y, drawn) => {
    const found = sentenceAgreements(
      `The Velmar night train was ${x} when it left the rails near Orrin on Sunday.`,
      `The Velmar night train left the rails near Orrin on Sunday ${y}.`,
    );
    expect(found.filter((t) => t.startsWith('The Velmar'))).toHaveLength(drawn);
  });

  // Blind 30 reader: two exact times of one act ("at 1:20 p.m." / "at 12:45 p.m.") are two
  // figures; a hedged time within the hour of the other is one ("about 9:30 p.m." / "shortly
  // after 9 p.m.").
  it.each([
    ['at 1:20 p.m.', 'at 12:45 p.m.', 0],
    ['at 1:20 p.m.', 'at 1:20 p.m.', 1],
    ['at about 9:30 p.m.', 'shortly after 9 p.m.', 1],
    ['at about 9:30 p.m.', 'at 11 p.m.', 0],
    ['at 9 a.m.', 'at 9 p.m.', 0],
    // "o'clock" names no half of the day.
    ["at 9 o'clock", 'at 9 p.m.', 1],
  ])('over the times %s / %s draws %i agreement(s)', (x, y, drawn) => {
    const found = sentenceAgreements(
      `The coast guard issued a storm warning for the Velmar strait ${x} on Sunday.`,
      `The coast guard issued its storm warning for the Velmar strait ${y} on Sunday.`,
    );
    expect(found.filter((t) => t.startsWith('The coast guard'))).toHaveLength(drawn);
  });

  // Blind 48 reader: "had rated the danger at level 3" / "had put the risk at level 4" are two levels.
  it.each([
    ['at level 3', 'at level 4', 0],
    ['at level 3', 'at level 3', 1],
  ])('over the numbered grades %s / %s draws %i agreement(s)', (x, y, drawn) => {
    const found = compareArticles(
      article('A', '2025-03-10', [
        'An avalanche buried four skiers near Orrin on Saturday.',
        `The regional avalanche warning service had rated the danger ${x}.`,
      ]),
      article('B', '2025-03-10', [
        'An avalanche buried four skiers near Orrin on Saturday.',
        `The Orrin avalanche warning service had put the risk ${y}.`,
      ]),
    )
      .filter((f) => f.ruleId === 'compare/sentence-agreement')
      .map((f) => f.a[0].text);
    expect(found.filter((t) => t.includes('warning service'))).toHaveLength(drawn);
  });

  // Blind 30 reader: "46 confirmed cases" / "71 cases": a participle before the counted noun
  // no longer hides the noun, so the two counts of cases are seen to differ.
  it('is not drawn over two counts of one noun, one written with a participle', () => {
    const found = sentenceAgreements(
      'The Velmar flu outbreak has grown to 46 confirmed cases, health officials said.',
      'The Velmar flu outbreak has spread, with 71 cases now confirmed, health officials said.',
    );
    expect(found.filter((t) => t.includes('outbreak'))).toEqual([]);
  });

  // Blind 30 reader: "Police on Thursday arrested the owner of a factory that collapsed" / "were
  // killed on Wednesday when a factory collapsed": two days, two acts, no agreement. The same day
  // as written stays one day, whatever week each article's date resolved it to.
  it.each([
    ['on Thursday', 'on Wednesday', 0],
    ['on Thursday', 'on Thursday', 1],
  ])('over the days %s / %s draws %i agreement(s)', (x, y, drawn) => {
    const found = compareArticles(
      article('A', '2025-03-10', [
        'A storm hit the coast.',
        `Police ${x} arrested the owner of the passenger ferry that sank off Port Velmar.`,
      ]),
      article('B', '2025-03-10', [
        'A storm hit the coast.',
        `Twelve passengers drowned ${y} when the passenger ferry sank off Port Velmar.`,
      ]),
    ).filter((f) => f.ruleId === 'compare/sentence-agreement' && f.a[0].text.startsWith('Police'));
    expect(found).toHaveLength(drawn);
  });

  it('is not drawn over nearly 40 percent / 38 percent of one market', () => {
    const found = sentenceAgreements(
      'The two bakeries together hold nearly 40 percent of the packaged bread market in Velmar.',
      'The merged bakery would control 38 percent of the packaged bread market in Velmar.',
    );
    expect(found.filter((t) => t.includes('bread market'))).toEqual([]);
  });
});

// User trial 21, item 5: the matching gave the first article's headline figure ("$12 million") to
// the divergence with the other lead's "$15 million", so the two leads' own figures were no
// matched pair and the leads were drawn as one agreement: "report the same thing" over figures
// that cannot both be right.
describe('sentence agreement over figures the matching paired elsewhere', () => {
  const leads = (x: string, y: string) =>
    compareArticles(
      article('A', '2025-06-05', [
        `Arden council approves ${x} stadium plan`,
        `The Arden city council voted 5-2 on Wednesday to approve a ${x} plan to renovate Kell Stadium, ending months of debate.`,
      ]),
      article('B', '2025-06-05', [
        'Council passes stadium plan in close vote',
        `The Arden city council on Wednesday narrowly approved a ${y} stadium renovation, a plan critics call a bailout for developers.`,
      ]),
    )
      .filter((f) => f.ruleId === 'compare/sentence-agreement')
      .map((f) => f.a[0].text);

  it('is not drawn over $12 million / $15 million', () => {
    expect(leads('$12 million', '$15 million').filter((t) => t.includes('Kell'))).toEqual([]);
  });
  it('is still drawn over $12 million / $12 million', () => {
    expect(leads('$12 million', '$12 million').filter((t) => t.includes('Kell'))).toHaveLength(1);
  });
  // Review of truth21: a date of another event on the same day ("under control on Monday night",
  // which the other article gives as Wednesday) does not undo the outbreak both date to Monday.
  it('is still drawn when only another event of the same day is contradicted', () => {
    const found = compareArticles(
      article('A', '2025-06-05', [
        'Fire guts Ashby warehouse',
        'A fire broke out at a paint warehouse in Ashby on Monday, forcing the evacuation of 300 nearby homes.',
        'Firefighters brought the blaze under control on Monday night, the fire service said.',
      ]),
      article('B', '2025-06-05', [
        'Ashby warehouse fire contained',
        'A fire broke out at a paint warehouse in Ashby on Monday and was brought under control on Wednesday, forcing the evacuation of 300 nearby homes.',
      ]),
    )
      .filter((f) => f.ruleId === 'compare/sentence-agreement')
      .map((f) => f.a[0].text);
    expect(found.filter((t) => t.startsWith('A fire broke out'))).toHaveLength(1);
  });
});
