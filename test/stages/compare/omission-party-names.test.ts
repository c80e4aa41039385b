import { describe, expect, it } from 'vitest';
import { isChamber, partyOf, partyOfWord } from '../../../src/lexicons/party-names.js';
import { compareSources } from '../../../src/pipeline.js';
import { anchorsOf } from '../../../src/stages/compare/omission/anchors.js';
import { mentionsOf } from '../../../src/stages/compare/omission/mentions.js';
import { partiesNamed, partyOfRun } from '../../../src/stages/compare/omission/party-run.js';
import { omissionSource as source } from './omission-source.js';

// Passages written for these tests: a county levy and a river bridge told by two outlets.

describe('party names (data/party-names.yaml, data/legislative-chambers.yaml)', () => {
  it.each([
    ['the Republican Party', 'us-republican-party'],
    ['GOP', 'us-republican-party'],
    ["the GOP's", 'us-republican-party'],
    ['Democrats', 'us-democratic-party'],
    ['the Democratic Party', 'us-democratic-party'],
    ['Tories', 'uk-conservative-party'],
    ['democrats', null],
    ['Assembly Democrats', null],
    ['Republican Commissioner Ada Voss', null],
  ])('%s → %s', (name, party) => {
    expect(partyOf(name)).toBe(party);
  });

  it('gives the party of a member word, and the chamber words', () => {
    expect(partyOfWord('Republican')).toBe('us-republican-party');
    expect(partyOfWord('republican')).toBeNull();
    expect(isChamber('Senate')).toBe(true);
    expect(isChamber('County')).toBe(false);
  });
});

describe('which run of capitals names a party (partyOfRun)', () => {
  it.each([
    [['Democrats'], false, 'us-democratic-party'],
    [['the', 'Labour', 'Party'], true, 'uk-labour-party'],
    [['Assembly', 'Democrats'], false, 'us-democratic-party'],
    [['Assembly', 'GOP'], true, 'us-republican-party'],
    // A group whose name ends in a party word is a group of its own.
    [['Harbor', 'Valley', 'Republicans'], false, null],
    [['Young', 'Democrats'], false, null],
    // A lone word its place capitalises may be an ordinary word ("labour", "conservatives").
    [['Labour'], true, null],
    [['Labour'], false, 'uk-labour-party'],
    [['Conservatives'], true, null],
    [['Democrats'], true, 'us-democratic-party'],
    [['GOP'], true, 'us-republican-party'],
  ])('%j (placed: %s) → %s', (words, placed, party) => {
    expect(partyOfRun(words, placed)).toBe(party);
  });

  it('reads member adjectives inside a sentence, not capitals its place gives', () => {
    const named = (text: string) => [...new Set(partiesNamed(source('Herald', text).sentences[0]))];
    expect(named('The bridge was opposed by a Conservative councillor.')).toEqual(['uk-conservative-party']);
    expect(named('Conservative estimates put the bridge at two million pounds.')).toEqual([]);
    expect(named('Labour shortages have slowed work on the bridge.')).toEqual([]);
    expect(named('GOP leaders met on the bridge.')).toEqual(['us-republican-party']);
  });
});

/** The name anchors of a sentence of `own` opening with `opening`, looked for in `other`. */
function nameAnchors(own: string, other: string, opening: string, lowered: string[] = []) {
  const a = source('Courier', own);
  const b = source('Herald', other);
  const sentence = a.sentences.find((s) => s.text.startsWith(opening));
  if (!sentence) throw new Error(`no sentence opening ${opening}`);
  const names = {
    isOutlet: () => false,
    midCapitals: new Set<string>(),
    runStarts: new Set<string>(),
    lowered: new Set(lowered),
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
    const [gop] = nameAnchors(
      'The county levy passed.\n\nThe GOP opposed the levy in March.',
      other,
      'The GOP',
    );
    expect(gop?.range.text).toBe('GOP');
    // Absent as written: it still ties the sentence to others and weighs it.
    expect(gop?.present).toBe(false);
    expect(gop?.namedOtherwise === true).toBe(otherwise);
  });

  it.each([
    ['an adjective opening a sentence', 'Conservative estimates put the bridge at two million pounds.'],
    ['a common noun opening a sentence', 'Labour shortages have slowed work on the bridge.'],
    ['a title-case line', 'Conservative Groups Want Cheaper Bridge Tolls'],
  ])('is not named otherwise by %s', (_what, other) => {
    const own =
      'The river bridge opened.\n\nOn Friday the Conservative Party and the Labour Party backed the tolls.';
    const parties = nameAnchors(own, other, 'On Friday').filter((x) => /Party/.test(x.range.text));
    expect(parties.map((x) => x.range.text)).toEqual(['Conservative Party', 'Labour Party']);
    for (const p of parties) expect(p.namedOtherwise).toBeUndefined();
  });

  it('does not read a person of the party as the party', () => {
    const [voss] = nameAnchors(
      'The county levy passed.\n\nRepublican Commissioner Ada Voss opposed the levy in March.',
      'Republicans on the county board voted against the levy.',
      'Republican Commissioner',
    );
    expect(voss?.present).toBe(false);
    expect(voss?.namedOtherwise).toBeUndefined();
  });

  it('reads members in a legislative chamber as the party, a group ending in a party word not', () => {
    const own =
      'The county levy passed.\n\nIn March the levy split the Assembly Republicans and angered the Harbor Valley Republicans.';
    const found = nameAnchors(own, 'On Monday the GOP voted against the levy.', 'In March');
    const byText = new Map(found.map((x) => [x.range.text, x.namedOtherwise === true]));
    expect(byText.get('Assembly Republicans')).toBe(true);
    expect(byText.get('Harbor Valley Republicans')).toBe(false);
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

describe('the explanation of an omission whose only absent name is a party named otherwise', () => {
  it('names no party and does not say the other article says it in other words', () => {
    const frame = (head: string, line: string) =>
      `${head}\n\nThe county council met on Thursday to weigh the Orchard Lane zoning plan for four hundred homes.\n\n${line}\n\nThe full council will vote on the plan again in May.`;
    const a = frame(
      'Orchard Lane plan stalls in committee',
      'On Thursday, many Republicans blocked the Orchard Lane zoning plan at the committee stage.',
    );
    const b = frame(
      'Orchard Lane plan moves on',
      'On Thursday, the GOP backed the Orchard Lane zoning plan at the committee stage.',
    );
    const found = compareSources(source('Courier', a), source('Herald', b)).findings.filter(
      (f) => f.kind === 'omission',
    );
    expect(found.map((f) => f.explanation.split(': ')[0])).toEqual([
      'Only Herald reports this; nothing in Courier matches',
    ]);
  });
});

describe('a name opening its sentence', () => {
  it('keeps its first word, which may be part of the name, though an article writes it in lower case', () => {
    const [run] = nameAnchors(
      'The county levy passed.\n\nGeneral Foods will pay for the retraining courses.',
      'The levy passed.',
      'General',
      ['general'],
    );
    expect(run?.range.text).toBe('General Foods');
  });
});
