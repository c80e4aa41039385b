import { describe, expect, it } from 'vitest';
import { partyOf, partyWords } from '../../../src/lexicons/party-names.js';
import { analyzeText, compareSources } from '../../../src/pipeline.js';
import { anchorsOf } from '../../../src/stages/compare/omission/anchors.js';
import { mentionsOf } from '../../../src/stages/compare/omission/mentions.js';

// Passages written for these tests: a county budget story told by two outlets.
const source = (outlet: string, body: string) =>
  analyzeText(`---\noutlet: ${outlet}\npublished: 2024-03-06\n---\n${body}`);

describe('party names (data/party-names.yaml)', () => {
  it.each([
    ['the Republican Party', 'us-republican-party'],
    ['GOP', 'us-republican-party'],
    ["the GOP's", 'us-republican-party'],
    ['Democrats', 'us-democratic-party'],
    ['the Democratic Party', 'us-democratic-party'],
    ['Tories', 'uk-conservative-party'],
    ['democrats', null],
    ['Senate Democrats', null],
    ['Republican Sen. Ada Voss', null],
  ])('%s → %s', (name, party) => {
    expect(partyOf(name)).toBe(party);
  });

  it('gives the words another article mentions a party by, its members among them', () => {
    expect(partyWords('GOP')).toContain('Republicans');
    expect(partyWords('Republican Sen. Ada Voss')).toEqual([]);
  });
});

/** The name anchor of a sentence of `own` opening with `opening`, looked for in `other`. */
function nameAnchor(
  own: string,
  other: string,
  opening: string,
  words?: { mid: string[]; lowered: string[] },
) {
  const a = source('Courier', own);
  const b = source('Herald', other);
  const sentence = a.sentences.find((s) => s.text.startsWith(opening));
  if (!sentence) throw new Error(`no sentence opening ${opening}`);
  const names = {
    isOutlet: () => false,
    midCapitals: new Set(words?.mid ?? []),
    lowered: new Set(words?.lowered ?? []),
    rarity: () => 10,
  };
  return anchorsOf(sentence, a.text, [], mentionsOf(b), new Set(), names).filter((x) => x.type === 'name');
}

describe('a party the other article names by another of its names', () => {
  it.each([
    ['its members', 'Republicans on the county board voted against the levy.', true],
    ['a member', 'A Republican on the county board voted against the levy.', true],
    ['its formal name', 'The Republican Party opposed the levy.', true],
    ['another party', 'Democrats on the county board voted for the levy.', false],
  ])('a GOP name is named otherwise when the other names %s', (_what, other, otherwise) => {
    const [gop] = nameAnchor(
      'The county levy passed.\n\nThe GOP opposed the levy in March.',
      other,
      'The GOP',
    );
    expect(gop?.range.text).toBe('GOP');
    // Absent as written: it still ties the sentence to others and weighs it.
    expect(gop?.present).toBe(false);
    expect(gop?.namedOtherwise === true).toBe(otherwise);
  });

  it('does not read a person of the party as the party', () => {
    const [voss] = nameAnchor(
      'The county levy passed.\n\nRepublican Commissioner Ada Voss opposed the levy in March.',
      'Republicans on the county board voted against the levy.',
      'Republican Commissioner',
    );
    expect(voss?.present).toBe(false);
    expect(voss?.namedOtherwise).toBeUndefined();
  });

  it('reads a party narrowed by the words before it as the party named otherwise', () => {
    const [gop] = nameAnchor(
      'The county levy passed.\n\nThe levy split the House GOP in March.',
      'Republicans on the county board voted against the levy.',
      'The levy split',
    );
    expect(gop?.range.text).toBe('House GOP');
    expect(gop?.namedOtherwise).toBe(true);
  });

  it('does not say the other article never mentions the party', () => {
    const lead = 'The county council approved the new library levy on Tuesday after a long debate.';
    const a = `${lead}\n\nThe GOP called the levy a burden on the Harwick dairy farmers and vowed a recall petition.`;
    const b = `${lead}\n\nRepublicans on the council voted against it.`;
    const found = compareSources(source('Courier', a), source('Herald', b)).findings.filter(
      (f) => f.kind === 'omission',
    );
    expect(found.length).toBeGreaterThan(0);
    // The quoted sentence after the colon still reads "GOP"; the claims before it do not.
    for (const f of found) expect(f.explanation.split(': ')[0]).not.toMatch(/GOP/);
  });
});

describe('a name opening its sentence after a word capitalised for its place', () => {
  const own = 'The county levy passed.\n\nPresumptive Harwick nominee Ada Voss opposed the levy.';

  it('is the name without the word, which an article writes in lower case', () => {
    const [harwick] = nameAnchor(own, 'The levy passed.', 'Presumptive', {
      mid: [],
      lowered: ['presumptive'],
    });
    expect(harwick?.range.text).toBe('Harwick');
  });

  it('keeps the word when an article capitalises it inside a sentence', () => {
    const [run] = nameAnchor(own, 'The levy passed.', 'Presumptive', {
      mid: ['Presumptive'],
      lowered: ['presumptive'],
    });
    expect(run?.range.text).toBe('Presumptive Harwick');
  });

  it('keeps a word no article writes in lower case: a given name, a word of the name', () => {
    const [run] = nameAnchor(own, 'The levy passed.', 'Presumptive', { mid: [], lowered: [] });
    expect(run?.range.text).toBe('Presumptive Harwick');
  });

  it('keeps a name word that is no adjective in lower case', () => {
    const [run] = nameAnchor(
      'The county levy passed.\n\nHarwick Dairy owner Ada Voss opposed the levy.',
      'The levy passed.',
      'Harwick',
      { mid: [], lowered: [] },
    );
    expect(run?.range.text).toBe('Harwick Dairy');
  });

  it('keeps the words of a name inside a sentence', () => {
    const run = nameAnchor(
      'The county levy passed.\n\nOn Monday, Presumptive Harwick nominee Ada Voss opposed the levy.',
      'The levy passed.',
      'On Monday',
      { mid: [], lowered: ['presumptive'] },
    ).find((x) => x.range.text.includes('Harwick'));
    expect(run?.range.text).toBe('Presumptive Harwick');
  });
});
