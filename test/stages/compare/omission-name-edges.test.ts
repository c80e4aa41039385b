import { describe, expect, it } from 'vitest';
import { isFormOfAddress } from '../../../src/lexicons/forms-of-address.js';
import { compareSources } from '../../../src/pipeline.js';
import { anchorsOf } from '../../../src/stages/compare/omission/anchors.js';
import { mentionsOf } from '../../../src/stages/compare/omission/mentions.js';
import { pairWords } from '../../../src/stages/compare/omission/pair-words.js';
import { quotationsOf, quotedTitles } from '../../../src/stages/compare/omission/quoted-titles.js';
import { omissionSource as source } from './omission-source.js';

// Passages written for these tests: a town archive, a harbour levy, a fair and a ferry told by two
// outlets (issue 10: words an omission's explanation named as names that are none, or only part
// of one; and the review of names15: names a cut or a join must leave whole).

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

/** The items of the omission findings of `a` against `b`: the explanation before its quoted sentence. */
function omittedItems(a: string, b: string): string[] {
  const found = compareSources(source('Courier', a), source('Herald', b)).findings;
  return found.filter((f) => f.kind === 'omission').map((f) => f.explanation.split(': "')[0]);
}

describe('an acronym written with stops is the same name as its letters', () => {
  it.each([
    ['The thieves broke into the FHA Archive last spring.', 'Thieves raided the F.H.A. archive last spring.'],
    ['The thieves broke into the F.H.A. Archive last spring.', 'Thieves raided the FHA archive last spring.'],
  ])('%s is mentioned by "%s"', (sentence, other) => {
    const [archive] = names(`The archive closed.\n\n${sentence}`, other, 'The thieves');
    expect(archive?.range.text).toMatch(/Archive$/);
    expect(archive?.present).toBe(true);
  });

  it('is not mentioned by other letters', () => {
    const [archive] = names(
      'The archive closed.\n\nThe thieves broke into the FHA Archive last spring.',
      'Thieves raided the F.H.B. archive last spring.',
      'The thieves',
    );
    expect(archive?.present).toBe(false);
  });

  it('but a lower-case abbreviation spells no acronym', () => {
    const [pm] = names(
      'The audit closed.\n\nThe PM sacked three junior clerks after the audit.',
      'The audit ended at 5 p.m. without a word.',
      'The PM',
    );
    expect(pm?.range.text).toBe('PM');
    expect(pm?.present).toBe(false);
  });
});

describe('a modifier its place capitalises opens no name', () => {
  const other = 'Members of the TDA walked out on Monday.';

  it.each([
    ['Angry TDA members walked out of the hall.', 'Angry', ['TDA']],
    ['"Surely TDA members will object," Ada Morrow said.', '"Surely', ['TDA', 'Ada Morrow']],
  ])('%s', (sentence, opening, expected) => {
    expect(texts(names(`The levy passed.\n\n${sentence}`, other, opening))).toEqual(expected);
  });

  it('stays when either article capitalises the word inside a sentence', () => {
    const own = 'The levy passed.\n\nAngry TDA members walked out of the hall.';
    const found = names(own, 'The Angry TDA Caucus walked out on Monday.', 'Angry');
    expect(texts(found)[0]).toMatch(/^Angry TDA/);
  });

  it.each([
    ['West Tarnside lawmakers approved a tax break for the mills.', 'West Tarnside'],
    ['East Varnholm residents protested at the gate.', 'East Varnholm'],
    ['Northern Tarnside voted against the levy.', 'Northern Tarnside'],
    ['New Varnholm backed the levy.', 'New Varnholm'],
  ])('never cuts a word of a place name: %s', (sentence, name) => {
    const own = `The levy passed.\n\n${sentence}\n\nTarnside and Varnholm passed a similar levy last year.`;
    const other = 'Tarnside police and Varnholm police arrested two men.';
    expect(texts(names(own, other, sentence.slice(0, 5)))).toEqual([name]);
  });

  it.each([
    ['White House aides backed the levy.', 'White House'],
    ['Supreme Court justices backed the levy.', 'Supreme Court'],
    ['General Electric backed the levy.', 'General Electric'],
  ])('never cuts a name of ordinary words: %s', (sentence, name) => {
    const other = 'The House and the Court and the Electric board met.';
    expect(texts(names(`The levy passed.\n\n${sentence}`, other, sentence.slice(0, 5)))).toEqual([name]);
  });

  it('never cuts before a name of words', () => {
    const own = 'The levy passed.\n\nLiberal Democrats backed the levy.';
    expect(texts(names(own, 'The Democrats met on Monday.', 'Liberal'))).toEqual(['Liberal Democrats']);
  });

  it('never cuts a name in capitals', () => {
    const own =
      'The levy passed.\n\nWEST VARNHOLM BAY, Tarn. — The harbour board backed the levy after a long debate.';
    expect(texts(names(own, other, 'WEST'))[0]).toBe('WEST VARNHOLM BAY');
  });

  it('never cuts before an acronym no article writes alone', () => {
    const own = 'The levy passed.\n\nAngry TDA members walked out of the hall.';
    expect(texts(names(own, 'The levy passed on Monday.', 'Angry'))).toEqual(['Angry TDA']);
  });

  it.each([
    ['Deputy TDA chief Ada Morrow backed the levy.', 'Deputy'],
    ['Chief Justice Ada Morrow backed the levy.', 'Chief'],
  ])('keeps a word of a title: %s', (sentence, opening) => {
    const found = names(`The levy passed.\n\n${sentence}`, `${other} Justice Vell agreed.`, opening);
    expect(texts(found)[0]?.startsWith(opening)).toBe(true);
  });

  it('keeps a modifier inside a sentence', () => {
    const own = 'The levy passed.\n\nAt dawn Angry TDA members walked out of the hall.';
    expect(texts(names(own, other, 'At dawn'))[0]).toMatch(/^Angry TDA/);
  });
});

describe('a closing word of a quoted name', () => {
  it('stays: the name of a thing is not the name of the person it is named after', () => {
    const own =
      'The audit closed.\n\n"The Ardley Foundation took millions from foreign donors," he told the crowd.\n\nA spokesman for the foundation called the charge false.';
    const [foundation] = names(own, 'Ardley was campaigning in the north at the time.', '"The Ardley');
    expect(foundation?.range.text).toBe('Ardley Foundation');
    expect(foundation?.present).toBe(false);
  });

  it('stays on a plural noun after a name', () => {
    const own = 'The archive closed.\n\nThe clerk wrote: "Ask the Ada Velkmorrow Ledgers where it went."';
    const found = names(own, 'Ada Velkmorrow kept the ledgers in the basement.', 'The clerk');
    expect(texts(found)).toEqual(['Ada Velkmorrow Ledgers']);
  });
});

describe('a quoted title', () => {
  const other = 'The museum opened on Monday with a lecture.';

  it('is one item, its words as written, not its words apart', () => {
    const own = 'The museum opened.\n\nIts new wing shows "Boats of the Old Quay" by an unknown painter.';
    expect(texts(names(own, other, 'Its new wing'))).toEqual(['Boats of the Old Quay']);
  });

  it('keeps a comma or full stop set inside its closing mark', () => {
    const lead = 'The museum opened on Monday with a lecture on the painters of the coast.';
    const a = `${lead}\n\nIts new wing shows "Boats of the Old Quay," and the mayor cut the ribbon at the gate.`;
    expect(omittedItems(a, lead).join('\n')).toMatch(
      /never mentions (?:.*, )?Boats of the Old Quay(?: or|,) /,
    );
  });

  it('is not a quotation of speech', () => {
    const own = 'The fair opened.\n\nThe mayor said "Velk Morrow runs the parade this year" at dawn.';
    expect(texts(names(own, other, 'The mayor'))).toEqual(['Velk Morrow']);
  });

  it('is not a slogan of clauses: its names stay apart', () => {
    const own =
      'The march ended.\n\nOne banner read "Varn Must Go, Morrow Must Pay" as the crowd passed the embassy.';
    const found = names(own, 'Speakers accused Morrow of prolonging the war.', 'One banner');
    expect(found.map((x) => [x.range.text, x.present])).toEqual([
      ['Varn', false],
      ['Morrow', true],
    ]);
  });

  it('is not a slogan of clauses with small words: its names stay apart', () => {
    const own = 'The march ended.\n\nOne banner read "Free the Varn, Jail the Morrow" as the crowd passed.';
    const found = names(own, 'Speakers accused Morrow of prolonging the war.', 'One banner');
    expect(texts(found)).not.toContain('Free the Varn, Jail the Morrow');
    expect(found.find((x) => x.range.text.includes('Morrow'))?.present).toBe(true);
  });

  it('is not a long line of capitals with no small word', () => {
    const own = 'The march ended.\n\nOne banner read "Make Varnholm Proud Again" as the crowd passed.';
    expect(texts(names(own, 'Speakers met on Monday.', 'One banner'))).not.toContain(
      'Make Varnholm Proud Again',
    );
  });

  it('is not a shout in capitals', () => {
    const own = 'The march ended.\n\nThe mayor wrote that there was "NO DEAL and NO VARNHOLM," and left.';
    expect(texts(names(own, 'Speakers met on Monday.', 'The mayor'))).not.toContain(
      'NO DEAL and NO VARNHOLM',
    );
  });

  it.each([
    ['"Varn-by-Sea Appreciation Day."', []],
    ['"Varn by the Sea Appreciation Day."', ['"Varn by the Sea Appreciation Day."']],
  ])('reads no small word inside a hyphened one: %s', (quoted, expected) => {
    const a = source('Courier', `The fair ended.\n\nThe mayor opened what became ${quoted} at dawn.`);
    const [, sentence] = a.sentences;
    const found = quotedTitles(quotationsOf(sentence.tokens, a.text)).map((q) => q.range.text);
    expect(found).toEqual(expected);
  });

  it('is not a quoted name', () => {
    const own = 'The march ended.\n\nThe mayor called her "Ada Velkmorrow." at the gate.';
    expect(texts(names(own, 'Speakers met on Monday.', 'The mayor'))).toEqual(['Ada Velkmorrow']);
  });

  it('is not mentioned by the initials of its words', () => {
    const own = 'The museum opened.\n\nIts new wing shows "Boats of the Old Quay" by an unknown painter.';
    const [title] = names(own, 'TARNSIDE (BOQ) — The museum opened on Monday.', 'Its new wing');
    expect(title?.present).toBe(false);
  });

  it('is not mentioned by its last name word alone', () => {
    const own = 'The museum opened.\n\nIts new wing shows "Boats of the Old Quay" by an unknown painter.';
    const [title] = names(own, 'Visitors walked along the Quay on Monday.', 'Its new wing');
    expect(title?.present).toBe(false);
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

  it('is an interjection even where the other article capitalises the word', () => {
    const own = 'The ferry sailed.\n\n"Wow, the ferry is late," Ada Morrow said.';
    const found = names(own, 'The crowd shouted Wow as the ferry left.', '"Wow');
    expect(texts(found)).toEqual(['Ada Morrow']);
  });

  it('reads forms of address from data/forms-of-address.yaml in lower case', () => {
    expect(isFormOfAddress('lad')).toBe(true);
    expect(isFormOfAddress('morrow')).toBe(false);
  });

  it.each([
    ['The older dog, known to the crew as Buster, bit a passenger.', 'Buster'],
    ['Buster bit a passenger on the ferry.', 'Buster'],
  ])('is a name where nobody is addressed: %s', (sentence, name) => {
    expect(texts(names(`The ferry sailed.\n\n${sentence}`, other, sentence.slice(0, 6)))).toEqual([name]);
  });

  it('is a title before a name', () => {
    const own = 'The ferry sailed.\n\nBrother Velk Morrow launched the ferry at dawn.';
    expect(texts(names(own, other, 'Brother'))).toEqual(['Brother Velk Morrow']);
  });
});
