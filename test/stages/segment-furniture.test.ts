import { describe, expect, it } from 'vitest';
import { parseSource } from '../../src/stages/read/index.js';
import { segment } from '../../src/stages/segment/index.js';

// Every line here is invented. Each case sits between a headline and a body paragraph, and before
// a last one, so that the rules see a line in the middle of an article, as scraped pages print it.
const HEAD =
  'Council Approves Harbor Plan\n\nLAKE CITY — The council approved the harbor plan on Monday, 5-2.\n\n';
const TAIL = '\n\nThe plan goes to the state board next, which meets in June to weigh its cost.';

/** The role of the line under test, and every line's role too. */
function roleOf(line: string): string {
  const source = segment(parseSource('ev/x.txt', new TextEncoder().encode(HEAD + line + TAIL)));
  const start = HEAD.length;
  const found = source.sentences.find((s) => s.start === start);
  if (!found) throw new Error(`no sentence starts the line ${line}`);
  return found.role;
}

describe('segment: site furniture is not article text (issue 10)', () => {
  it.each([
    // Print-edition notes (the newspaper's footer under its web copy).
    [
      'A version of this article appears in print on March 3, 2019, on page A12 of the City edition with the headline: Harbor Plan Wins Vote.',
      'boilerplate',
    ],
    ['A version of this story appeared in the print edition of May 2, 2017.', 'boilerplate'],
    // Promo and link lines, with a label and a colon.
    ['More: How the harbor vote unfolded, hour by hour', 'boilerplate'],
    ['Related: Ferry crews ratify contract after long strike.', 'boilerplate'],
    ['Read more: Five things to know about the harbor plan', 'boilerplate'],
    ['See also: The mayor’s budget in charts', 'boilerplate'],
    ['Harbor Watch: The Long Road to a New Seawall', 'boilerplate'],
    // Social, newsletter and subscription prompts; generic link text.
    ['Follow Ana Ruiz on Twitter: @anaruiz', 'boilerplate'],
    ['Follow us on Facebook and Instagram for more stories', 'boilerplate'],
    ['Sign up for our daily briefing newsletter.', 'boilerplate'],
    ['Subscribe now for unlimited access to the Ledger.', 'boilerplate'],
    ['Click here to read the full report.', 'boilerplate'],
    ['Like us on Facebook.', 'boilerplate'],
    // Bylines and contributor lines.
    ['By Ana Ruiz and Tom Lind', 'boilerplate'],
    ['By ANA RUIZ, Associated Press', 'boilerplate'],
    ['Reporting by Ana Ruiz; Editing by Tom Lind', 'boilerplate'],
    ['Tom Lind contributed reporting from Lake City.', 'boilerplate'],
    ['Associated Press writer Tom Lind in Lake City contributed to this report.', 'boilerplate'],
    // Corrections notices.
    ['This article has been revised to reflect the following correction:', 'boilerplate'],
    ['An earlier version of this article misstated the date of the vote.', 'boilerplate'],
    ['Because of a reporting error, an earlier version of this story gave the wrong vote.', 'boilerplate'],
    // Copyright and page navigation.
    ['Copyright 2019 The Lake City Ledger. All rights reserved.', 'boilerplate'],
    ['© 2019 Lake City Ledger', 'boilerplate'],
    ['Skip to main content', 'boilerplate'],
    ['Site Navigation', 'boilerplate'],
    // Photo captions and credits.
    ['In this March 3, 2019, photo, the mayor speaks at the harbor.', 'caption'],
    [
      'An image released by the port authority shows Ana Ruiz, left, and crews at the seawall on Friday.',
      'caption',
    ],
    ['Photo: Ana Ruiz/Lake City Ledger', 'caption'],
  ])('furniture: %s → %s', (line, role) => {
    expect(roleOf(line)).toBe(role);
  });

  it.each([
    // True one-line paragraphs: a short quote, a dateline lede, a one-sentence paragraph.
    ['“Get out,” he said.', 'body'],
    ['LAKE CITY, Ore. — The council voted 5-2 on Monday.', 'body'],
    ['The vote passed.', 'body'],
    ['Ruiz said: “We will rebuild the seawall.”', 'body'],
    // Near misses of the lexicon: the same first words in reporting.
    ['More than 300 residents attended the meeting.', 'body'],
    ['Related charges were filed against two aides on Friday.', 'body'],
    ['By Monday, the harbor had reopened.', 'body'],
    ['By a 5-2 vote, the council approved the fees.', 'body'],
    ['Follow-up talks are set for June.', 'body'],
    ['Ruiz urged residents to follow the city on Twitter for updates.', 'body'],
    ['Residents can sign up for the buyout program until June.', 'body'],
    ['Ana Ruiz contributed $5,000 to the campaign.', 'body'],
    ['Harbor Watch, a residents’ group, opposes the plan.', 'body'],
    ['The photograph shows what the mayor saw, Ruiz said.', 'body'],
    ['Copyright lawyers for the port say the logo is theirs.', 'body'],
    ['Ruiz said an earlier version of this bill was rejected in 2016.', 'body'],
    ['This story has been updated to note that the council met again on Tuesday.', 'body'],
    ['The site’s navigation lights failed during the storm.', 'body'],
    // A label and a colon before a sentence of reporting, with no furniture around it.
    ['Update: The council has since delayed the vote to June.', 'body'],
    ['Bottom line: the seawall will cost $40 million.', 'body'],
    ['The plan’s critics include: Ana Ruiz, Tom Lind and the port union.', 'body'],
    ['Ruiz has a message for the council: Build It Now', 'body'],
    // Near misses of the review of body9 (2026-11-30): one-sentence paragraphs that share words
    // with a credit, correction, prompt, caption or labelled title.
    ['The university contributed research on the seawall design to the city.', 'body'],
    ['Smith, who contributed reporting to the investigation, was fired on Friday.', 'body'],
    ['The agency contributed to this report, which found 40 violations.', 'body'],
    ['Reporting by ProPublica found 40 deaths.', 'body'],
    ['Editing by hand took weeks, Ruiz said.', 'body'],
    ['The inspector general said an earlier version of this report was withheld from Congress.', 'body'],
    ['Like many residents on Facebook, Ruiz posted photos of 40 flooded homes.', 'body'],
    ['Like his rivals on X, Ruiz attacks the press daily.', 'body'],
    ['Join the protesters on TikTok, the union urged members.', 'body'],
    ['Find out more, she told residents, before you judge the plan.', 'body'],
    ['Learn more about the plan at the city website, officials said.', 'body'],
    ['Get ready for a newsletter war, Ruiz said.', 'body'],
    ['Recommended: a $40 million seawall and a new ferry terminal.', 'body'],
    ['In this city, photo radar tickets rose 40 percent last year.', 'body'],
    ['A satellite image released by Maxar on Friday shows the damage to the runway.', 'body'],
    ['A photo provided by the family shows Ruiz, 34, weeks before she died.', 'body'],
    ['In this image-obsessed age, politicians pose constantly, Ruiz said.', 'body'],
    ['Final Tally: Ruiz 5,210 Votes, Lind 4,980 Votes, Moss 1,200 Votes', 'body'],
    ['When: Monday, June 3, at City Hall', 'body'],
    ['Arrested: Ana Ruiz, 34, of Lake City', 'body'],
  ])('reporting: %s → %s', (line, role) => {
    expect(roleOf(line)).toBe(role);
  });

  // Kohlschütter et al. 2010: a block's neighbours decide with it; promo lines come in runs.
  it('reads a series label line between two promo lines as a promo', () => {
    const promos =
      'More: How the harbor vote unfolded, hour by hour\n\nThe Harbor Beat: Residents and officials disagree about the seawall.\n\nRelated: Ferry crews ratify contract.';
    const source = segment(parseSource('ev/x.txt', new TextEncoder().encode(HEAD + promos + TAIL)));
    expect(source.sentences.map((s) => s.role)).toEqual([
      'headline',
      'body',
      'boilerplate',
      'boilerplate',
      'boilerplate',
      'body',
    ]);
  });

  // Review of body9, item 1: a label line is read beside promo lines of the lexicon only, so one
  // "Advertisement" or byline cannot turn the lines after it into promos one after another.
  it.each([
    ['Advertisement', 'Update: The council has since delayed the vote to June.'],
    ['By Ana Ruiz', 'Editor’s Note: The council met again on Tuesday and reversed the vote.'],
  ])('keeps a label line of reporting after %s', (before, line) => {
    const source = segment(
      parseSource('ev/x.txt', new TextEncoder().encode(`${HEAD}${before}\n\n${line}${TAIL}`)),
    );
    expect(source.sentences.find((s) => s.text.startsWith(line.slice(0, 12)))?.role).toBe('body');
  });

  it('keeps a question-and-answer run after an advertisement line as reporting', () => {
    const qa = [
      'Advertisement',
      'Q: Why did you vote against the seawall?',
      'Ruiz: It costs $40 million and protects only 12 homes.',
      'Q: What happens next?',
      'Ruiz: The state board votes on it in June, and I expect it to fail.',
    ].join('\n\n');
    const source = segment(parseSource('ev/x.txt', new TextEncoder().encode(HEAD + qa + TAIL)));
    const qaRoles = source.sentences.filter((s) => /^(?:Q|Ruiz):/u.test(s.text)).map((s) => s.role);
    expect(qaRoles).toEqual(['body', 'body', 'body', 'body']);
  });

  // Review of body9, item 3: the lexicon never takes the headline.
  it.each([
    'Chipotle Changes Its Menu',
    'Iranian Scientists Contributed Research to Weapons Program',
    'By the Numbers',
  ])('keeps the first line %s as the headline', (title) => {
    const text = `${title}\n\nLAKE CITY — The council approved the harbor plan on Monday, 5-2.${TAIL}`;
    const source = segment(parseSource('ev/x.txt', new TextEncoder().encode(text)));
    expect(source.sentences[0].role).toBe('headline');
  });

  it('keeps a label line of reporting when no promo stands beside it', () => {
    const text = `${HEAD}City Desk: Residents and officials disagree about the seawall.${TAIL}`;
    const source = segment(parseSource('ev/x.txt', new TextEncoder().encode(text)));
    expect(source.sentences.map((s) => s.role)).toEqual(['headline', 'body', 'body', 'body']);
  });
});
