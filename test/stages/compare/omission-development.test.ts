import { describe, expect, it } from 'vitest';
import { CONFIDENT, type Finding } from '../../../src/model/finding.js';
import { analyzeText, compareSources } from '../../../src/pipeline.js';
import { eventsOf, saidUnquoted } from '../../../src/stages/compare/omission/sentence-events.js';

// Passages written for these tests: a city transit story told by two outlets. Where the other
// outlet reports the same development (the same event with the same participants) and lacks only
// a figure or a name, the development is not omitted: the name is, and a figure it gives vaguely
// ("strikes" for "14 strikes") is a refinement (issue 10, omit11).
const LEAD = 'The city council approved the new transit budget on Tuesday after a long debate.';
const TAIL = 'Supporters said buses would run more often next year.';

/** Side a's omissions, whatever their confidence. */
const omissionsOf = (a: string, b: string): Finding[] =>
  compareSources(
    analyzeText(`---\noutlet: Courier\npublished: 2024-03-06\n---\n${LEAD}\n\n${a}\n\n${TAIL}`),
    analyzeText(`---\noutlet: Herald\npublished: 2024-03-06\n---\n${LEAD}\n\n${b}\n\n${TAIL}`),
  ).findings.filter((f) => f.kind === 'omission' && f.a.length > 0);
const shown = (found: Finding[]) => found.filter((f) => f.confidence >= CONFIDENT);
const told = (found: Finding[]) =>
  found.flatMap((f) => [f.explanation, ...f.a.map((s) => s.text)]).join(' | ');

const STRIKES =
  'The drivers union staged 14 strikes across nine depots last winter, and the drivers won a new contract with higher wages.';
const NAMED =
  'Council members Dana Pruitt and Omar Velez voted against the $40 million transit budget on Tuesday.';
const VOTE =
  'Council members Dana Pruitt, Omar Velez and Ruth Kagan voted against the transit budget, saying the fare increase would hurt commuters.';

describe('a development the other article reports', () => {
  it.each([
    [
      'with a vaguer count of the same thing',
      STRIKES,
      'The drivers union staged a series of strikes at the depots last winter before the drivers won a new contract with higher wages.',
    ],
    [
      'with the same participants and a nominalised event',
      VOTE,
      'Omar Velez and Ruth Kagan cast votes against the transit budget, saying the fare increase would hurt commuters.',
    ],
  ])('is not shown as omitted %s', (_what, a, b) => {
    expect(told(shown(omissionsOf(a, b)))).not.toContain(a.slice(0, 40));
    // Without its counterpart (b's other sentences alone) the development is shown: the row tests the counterpart.
    expect(told(shown(omissionsOf(a, 'The mayor thanked the drivers.')))).toContain(a.slice(0, 40));
  });

  it('leaves no figure omitted where the other gives a vaguer count of it', () => {
    const b =
      'The drivers union staged a series of strikes at the depots last winter before the drivers won a new contract with higher wages.';
    expect(told(omissionsOf(STRIKES, b))).not.toMatch(/14 strikes/);
  });

  it('reports the names and figure it lacks, narrowed to them, below what a reader is shown', () => {
    const b = 'The mayor praised the vote, although two members of the council voted against the budget.';
    const found = omissionsOf(NAMED, b);
    expect(found).toHaveLength(1);
    expect(found[0].a.map((s) => s.text)).toEqual(['Dana Pruitt', 'Omar Velez', '$40 million']);
    expect(found[0].explanation).toMatch(/Herald reports the development without them/);
    expect(found[0].confidence).toBeLessThan(CONFIDENT);
  });

  it.each([
    [
      'whose second clause the other never reports',
      `${NAMED.slice(0, -1)}, and the mayor warned that the night trains could be cancelled.`,
      'Two council members voted against the transit budget on Tuesday.',
    ],
    [
      'whose event the other never reports',
      NAMED,
      'Two council members criticised the transit budget on Tuesday.',
    ],
    // Review of omit11, item 1: the same verb with another polarity, mood or outcome, or another event.
    [
      'whose event the other denies',
      'Transit chief Omar Velez and his deputy Ruth Kagan were fired on Monday over the $3 million depot audit.',
      'The mayor said the transit chief would not be fired over the depot audit.',
    ],
    [
      'whose vote the other reports the other way',
      'Council members Dana Pruitt and Omar Velez voted for the $40 million transit budget on Tuesday.',
      'The mayor praised the vote, although two members of the council voted against the budget.',
    ],
    [
      'whose election the other reports postponed',
      'Omar Velez and Ruth Kagan were elected to the transit board on Tuesday with 14,000 votes.',
      'The transit board election on Tuesday was postponed.',
    ],
    [
      'whose capture the other never reports',
      'Rebel commander Omar Velez took Aleppo and Homs on Sunday after his fighters ambushed 23 soldiers.',
      'Rebel fighters ambushed soldiers near the border last month.',
    ],
  ])('still shows a sentence %s', (_what, a, b) => {
    expect(told(shown(omissionsOf(a, b)))).toContain(a.slice(0, 40));
  });
});

describe('eventsOf', () => {
  const eventsIn = (line: string) => {
    const source = analyzeText(`---\noutlet: Courier\npublished: 2024-03-06\n---\n${line}`);
    const sentence = source.sentences[0];
    return eventsOf(sentence, source.text, () => 10).map((forms) => forms[1]);
  };
  it.each([
    ['Backers of the ferry terminal, including Dana Pruitt, argue it would revive the district.', ['revive']],
    ['The offer was made to Dana Pruitt before the vote.', []],
    ['"We will close the depot," Dana Pruitt said.', []],
    ['The drivers union staged 14 strikes last winter.', ['staged']],
    // Review of omit11, item 3: a light verb with a thing as object, a verb form as main verb.
    ['Rebels took Aleppo and killed 23 soldiers.', ['took', 'killed']],
    ['Police were following the suspect when he fired.', ['following', 'fired']],
    // The tagger's "bail" is a verb; "promise" is a verb of saying.
    ['The judge granted bail to Omar Velez and freed him.', ['granted', 'bail', 'freed']],
    ['Acme Rail gave the city $5 million and promised more.', ['gave']],
  ])('%s → %j', (line, expected) => {
    expect(eventsIn(line)).toEqual(expected);
  });
});

// A speaker's words are what is said, not what happened: as eventsOf leaves quoted verbs out of the
// sentence's events, the other article's sentence says an event in its own voice only outside
// quotation marks (a quoted "happy to weigh in on parking fines" is another matter).
describe('saidUnquoted', () => {
  const saysIt = (line: string, forms: string[]) => {
    const source = analyzeText(`---\noutlet: Herald\npublished: 2024-03-06\n---\n${line}`);
    return saidUnquoted(forms, source.sentences[0], source.text);
  };
  it.each([
    ['The union said the mayor should weigh in on the depot plan.', true],
    ['"The mayor is happy to weigh in on parking fines," the union spokesman said.', false],
    ['"The mayor is happy to weigh-in on parking fines," the union spokesman said.', false],
    ['The mayor gave a weigh-in on the depot plan, the union said.', true],
    ['The union spokesman said the mayor "should" weigh in.', true],
  ])('%s → %s', (line, expected) => {
    expect(saysIt(line, ['weigh'])).toBe(expected);
  });
});
