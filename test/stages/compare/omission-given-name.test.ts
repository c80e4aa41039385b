import { describe, expect, it } from 'vitest';
import { givenNameForms } from '../../../src/lexicons/given-names.js';
import { compareSources } from '../../../src/pipeline.js';
import { anchorsOf } from '../../../src/stages/compare/omission/anchors.js';
import { givenNamesOf, sameBearer } from '../../../src/stages/compare/omission/given-name.js';
import { mentionsOf } from '../../../src/stages/compare/omission/mentions.js';
import { omissionSource as source } from './omission-source.js';

// Passages written for these tests: a school board story told by two outlets.
const names = (body: string) => givenNamesOf(source('Courier', body));

describe('given-name forms (data/given-name-forms.yaml)', () => {
  it.each([
    ['Dick', 'Richard', true],
    ['Richard', 'Rick', true],
    ['Liz', 'Elizabeth', true],
    ['Mary', 'Elizabeth', false],
    ['Pat', 'Patricia', true],
    ['Patrick', 'Patricia', false],
  ])('%s and %s: %s', (x, y, same) => {
    expect(givenNameForms(x).has(y)).toBe(same);
  });
});

describe('a lone given name whose bearer the other article names by another form', () => {
  const own = names('Board member Dick Harlow voted no. Dick later said the vote was rushed.');

  it.each([
    ['the same surname with a full form', 'Richard Harlow opposed the plan.', 'Harlow'],
    ['the same surname with another short form', 'Rick Harlow opposed the plan.', 'Harlow'],
    ['the full form with a middle initial', 'Richard M. Harlow opposed the plan.', 'Harlow'],
    ['the full form with two middle initials', 'Richard M. T. Harlow opposed the plan.', 'Harlow'],
    ['another person of the same surname', 'Mary Harlow opposed the plan.', null],
    ['the same full form with another surname', 'Richard Ostrander opposed the plan.', null],
    ['the surname alone', 'Harlow opposed the plan.', null],
  ])('%s', (_what, other, expected) => {
    expect(sameBearer('Dick', own, names(other))).toBe(expected);
  });

  it('joins a name written with a middle initial in its own article', () => {
    const initial = names('Board member Dick J. Harlow voted no. Dick later said the vote was rushed.');
    expect(sameBearer('Dick', initial, names('Richard Harlow opposed the plan.'))).toBe('Harlow');
    // An initial is no given name: "J." names no one.
    expect(sameBearer('J.', initial, names('Richard Harlow opposed the plan.'))).toBeNull();
  });

  it('is unsure when its own article joins the name to two surnames', () => {
    const two = names('Dick Harlow and Dick Ostrander voted no. Dick later said the vote was rushed.');
    expect(sameBearer('Dick', two, names('Richard Harlow opposed the plan.'))).toBeNull();
  });

  it('joins a full name only to the surname its own article writes it before', () => {
    const full = names('Board member Elizabeth Harlow voted no. Elizabeth later said the vote was rushed.');
    expect(sameBearer('Elizabeth', full, names('Beth Harlow opposed the plan.'))).toBe('Harlow');
    // A lone "Elizabeth" beside "Liz Harlow" may be another Elizabeth (a queen, a ship).
    const short = names('Board member Liz Harlow voted no. Elizabeth later said the vote was rushed.');
    expect(sameBearer('Elizabeth', short, names('Beth Harlow opposed the plan.'))).toBeNull();
  });

  it('reads a form of two names as saying nothing of who is meant', () => {
    // "Pat" may be Patricia Harlow where the other article names only her husband Patrick.
    const pat = names('Board member Pat Harlow voted no. Pat later said the vote was rushed.');
    expect(sameBearer('Pat', pat, names('Patrick Harlow opposed the plan.'))).toBeNull();
    // "Harry" may be Harold: not a form of the Henry the own article names.
    const henry = names('Board member Henry Harlow voted no. Henry later said the vote was rushed.');
    expect(sameBearer('Henry', henry, names('Harry Harlow opposed the plan.'))).toBeNull();
    expect(sameBearer('Henry', henry, names('Hank Harlow opposed the plan.'))).toBe('Harlow');
  });

  it('does not join a short form to the surname its own article gives another form', () => {
    // "Joey's Bakery" is no Joey Harlow because the article names Joe Harlow.
    const shop = names("Joe Harlow spoke at Joey's Bakery. Joey later closed for the day.");
    expect(sameBearer('Joey', shop, names('Joseph Harlow opposed the plan.'))).toBeNull();
  });

  it('is unsure of a name with no other forms (what `joins` answers; the early return only saves the look-up)', () => {
    const own2 = names('Board member Zora Harlow voted no. Zora later said the vote was rushed.');
    expect(sameBearer('Zora', own2, names('Zora Harlow opposed the plan.'))).toBeNull();
  });

  it('does not say the other article never mentions the short form', () => {
    const lead = 'The school board approved the new budget on Tuesday after a long debate.';
    const a = `${lead}\n\nBoard member Dick Harlow voted against the budget.\n\nThe superintendent praised Dick for his candor about the deficit in the district.`;
    const b = `${lead}\n\nBoard member Richard Harlow cast the lone vote against it.`;
    const found = compareSources(source('Courier', a), source('Herald', b)).findings.filter(
      (f) => f.kind === 'omission',
    );
    expect(found.length).toBeGreaterThan(0);
    for (const f of found) expect(f.explanation).not.toMatch(/never mentions[^:]*Dick/);
  });

  it('marks the lone name present through its bearer, and only with the other article read', () => {
    const a = source(
      'Courier',
      'Board member Dick Harlow voted no.\n\nThe superintendent praised Dick for his candor.',
    );
    const b = source('Herald', 'Board member Richard Harlow cast the lone vote against it.');
    const sentence = a.sentences.find((s) => s.text.startsWith('The superintendent'));
    if (!sentence) throw new Error('no superintendent sentence');
    const base = {
      isOutlet: () => false,
      midCapitals: new Set<string>(),
      runStarts: new Set<string>(),
      lowered: new Set<string>(),
      rarity: () => 10,
    };
    const dick = (names: Parameters<typeof anchorsOf>[5]) =>
      anchorsOf(sentence, a.text, [], mentionsOf(b), new Set(), names).find((x) => x.key === 'name:Dick');
    const given = (w: string) => sameBearer(w, givenNamesOf(a), givenNamesOf(b));
    expect(dick({ ...base, given })?.present).toBe(true);
    expect(dick(base)?.present).toBe(false);
  });
});
