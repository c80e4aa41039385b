import { describe, expect, it } from 'vitest';
import { isFormOfAddress } from '../../../src/lexicons/forms-of-address.js';
import { compareSources } from '../../../src/pipeline.js';
import { anchorsOf } from '../../../src/stages/compare/omission/anchors.js';
import { mentionsOf } from '../../../src/stages/compare/omission/mentions.js';
import { pairWords } from '../../../src/stages/compare/omission/pair-words.js';
import { omissionSource as source } from './omission-source.js';

// Passages written for these tests: a town archive, a harbour levy and a fair told by two outlets
// (issue 10: words an omission's explanation named as names that are none, or only part of one).

/** The name anchors of the sentence of `own` opening with `opening`, looked for in `other`, with the pair's words. */
function names(own: string, other: string, opening: string) {
  const a = source('Courier', own);
  const b = source('Herald', other);
  const sentence = a.sentences.find((s) => s.text.startsWith(opening));
  if (!sentence) throw new Error(`no sentence opening ${opening}`);
  const pair = pairWords({ a, b } as Parameters<typeof pairWords>[0]);
  const ctx = { isOutlet: () => false, rarity: () => 10, ...pair };
  return anchorsOf(sentence, a.text, [], mentionsOf(b), new Set(), ctx).filter((x) => x.type === 'name');
}

const texts = (found: ReturnType<typeof names>) => found.map((x) => x.range.text);

describe('an acronym written with stops is the same name as its letters', () => {
  it.each([
    ['The thieves broke into the FHA Archive last spring.', 'Thieves raided the F.H.A. archive last spring.'],
    ['The thieves broke into the F.H.A. Archive last spring.', 'Thieves raided the FHA archive last spring.'],
  ])('%s is mentioned by "%s"', (sentence, other) => {
    const [archive] = names(`The archive closed.\n\n${sentence}`, other, 'The thieves');
    expect(archive?.range.text).toMatch(/Archive$/);
    expect(archive?.present).toBe(true);
  });

  it.each([
    ['The FHA sued the thieves last spring.', 'The F.H.A. sued them.'],
    ['The US sued the thieves last spring.', 'The U.S. sued them.'],
  ])('%s, a lone acronym, is mentioned by "%s"', (sentence, other) => {
    const [acronym] = names(`The archive closed.\n\n${sentence}`, other, sentence.slice(0, 6));
    expect(acronym?.present).toBe(true);
  });

  it('is not mentioned by other letters', () => {
    const [archive] = names(
      'The archive closed.\n\nThe thieves broke into the FHA Archive last spring.',
      'Thieves raided the F.H.B. archive last spring.',
      'The thieves',
    );
    expect(archive?.present).toBe(false);
  });
});

describe('a modifier its place capitalises opens no name', () => {
  const other = 'The TDA backed the harbour levy on Monday.';

  it.each([
    ['Longtime TDA chief Ada Morrow backed the levy.', 'Longtime', ['TDA', 'Ada Morrow']],
    ['Outgoing TDA chief Ada Morrow backed the levy.', 'Outgoing', ['TDA', 'Ada Morrow']],
  ])('%s', (sentence, opening, expected) => {
    expect(texts(names(`The levy passed.\n\n${sentence}`, other, opening))).toEqual(expected);
  });

  it('stays when either article capitalises the word inside a sentence', () => {
    const own = 'The levy passed.\n\nLongtime TDA chief Ada Morrow backed the levy.';
    const found = names(own, 'The Longtime TDA Board backed the levy on Monday.', 'Longtime');
    expect(texts(found)[0]).toMatch(/^Longtime TDA/);
  });

  it.each([
    ['White House aides backed the levy.', 'White House'],
    ['Supreme Court justices backed the levy.', 'Supreme Court'],
    ['General Electric backed the levy.', 'General Electric'],
  ])('never cuts a name of ordinary words: %s', (sentence, name) => {
    const other = 'The House and the Court and the Electric board met.';
    expect(texts(names(`The levy passed.\n\n${sentence}`, other, sentence.slice(0, 5)))).toEqual([name]);
  });

  it('never cuts a name in capitals', () => {
    const own =
      'The levy passed.\n\nWEST VARNHOLM BAY, Tarn. — The harbour board backed the levy after a long debate.';
    expect(texts(names(own, other, 'WEST'))[0]).toBe('WEST VARNHOLM BAY');
  });

  it('never cuts a name whose rest no article writes alone', () => {
    const own = 'The levy passed.\n\nNew Varnholm Times editors backed the levy.';
    expect(texts(names(own, 'The levy passed on Monday.', 'New'))).toEqual(['New Varnholm Times']);
  });

  it.each([
    ['Deputy TDA chief Ada Morrow backed the levy.', 'Deputy'],
    ['Chief Justice Ada Morrow backed the levy.', 'Chief'],
  ])('keeps a word of a title: %s', (sentence, opening) => {
    const found = names(`The levy passed.\n\n${sentence}`, `${other} Justice Vell agreed.`, opening);
    expect(texts(found)[0]?.startsWith(opening)).toBe(true);
  });

  it('keeps a modifier inside a sentence', () => {
    const own = 'The levy passed.\n\nAt dawn Longtime TDA chief Ada Morrow backed the levy.';
    expect(texts(names(own, other, 'At dawn'))[0]).toMatch(/^Longtime TDA/);
  });
});

describe('a plural common noun a quoted writer capitalised', () => {
  const other = 'The clerk kept the servers in the basement.';

  it('leaves the name before it', () => {
    const own =
      'The archive closed.\n\nThe clerk wrote: "We will count the Ada Velkmorrow Servers tomorrow."';
    expect(texts(names(own, other, 'The clerk'))).toEqual(['Ada Velkmorrow']);
  });

  it.each([
    ['outside a quotation', 'The archive closed.\n\nThe clerk counted the Ada Velkmorrow Servers last week.'],
    [
      'no article writes in lower case',
      'The archive closed.\n\nThe clerk wrote: "We will count the Ada Velkmorrow Disks tomorrow."',
    ],
    [
      "closing an organisation's name",
      'The archive closed.\n\nThe clerk wrote: "We will fly Velkmorrow Airlines tomorrow."',
    ],
  ])('stays %s', (_what, own) => {
    const found = texts(names(own, `${other} Airlines flew.`, 'The clerk'));
    expect(found[0]).toMatch(/(?:Servers|Disks|Airlines)$/);
  });
});

describe('a quoted title', () => {
  const other = 'The fair opened on Monday with a parade.';

  it('is one item, the quotation as written, not its words apart', () => {
    const own = 'The fair opened.\n\nThe crowd sang "Bring Home the Harvest" before the parade.';
    expect(texts(names(own, other, 'The crowd'))).toEqual(['"Bring Home the Harvest"']);
  });

  it('is named whole in the explanation', () => {
    const lead = 'The county fair opened on Monday with a parade of tractors through the town square.';
    const a = `${lead}\n\nThe Tarnside choir sang "Bring Home the Harvest" while the mayor cut the ribbon at the gate.`;
    const found = compareSources(source('Courier', a), source('Herald', lead)).findings.filter(
      (f) => f.kind === 'omission',
    );
    const [items] = found.map((f) => f.explanation.split(': "')[0]);
    expect(items).toMatch(/never mentions .*"Bring Home the Harvest"/);
  });

  it('is not a quotation of speech', () => {
    const own = 'The fair opened.\n\nThe mayor said "Velk Morrow runs the parade this year" at dawn.';
    expect(texts(names(own, other, 'The mayor'))).toEqual(['Velk Morrow']);
  });
});

describe('a lone word of speech', () => {
  const other = 'The ferry sailed late on Monday.';

  it.each([
    ['"Lad, the ferry is late," the clerk told Ada Morrow.', '"Lad'],
    ['"Comrade, the ferry is late," the clerk told Ada Morrow.', '"Comrade'],
    ['"Wow, the ferry is late," Ada Morrow said.', '"Wow'],
  ])('%s names no word of speech', (sentence, opening) => {
    expect(texts(names(`The ferry sailed.\n\n${sentence}`, other, opening))).toEqual(['Ada Morrow']);
  });

  it('reads forms of address from data/forms-of-address.yaml in lower case', () => {
    expect(isFormOfAddress('lad')).toBe(true);
    expect(isFormOfAddress('morrow')).toBe(false);
  });

  it('is a title before a name', () => {
    const own = 'The ferry sailed.\n\nBrother Velk Morrow launched the ferry at dawn.';
    expect(texts(names(own, other, 'Brother'))).toEqual(['Brother Velk Morrow']);
  });
});
