import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseSource, readSource } from '../../src/stages/read/index.js';
import { segment } from '../../src/stages/segment/index.js';

const sourceOf = (text: string) => segment(parseSource('ev/x.txt', new TextEncoder().encode(text)));
const sample = (name: string) => segment(readSource(`sources/astana-2018-05-14/${name}.txt`));

describe('segment', () => {
  it('gives each line of the Press TV sample its role', () => {
    const roles = sample('presstv').sentences.map((s) => [s.text.replace(/\s+/g, ' ').slice(0, 24), s.role]);
    expect(roles).toContainEqual(['News / Syria', 'boilerplate']);
    expect(roles).toContainEqual(['Iran, Russia, Turkey mee', 'headline']);
    expect(roles).toContainEqual(['(Photo by AFP)', 'caption']);
    expect(roles).toContainEqual(['Russian Foreign Minister', 'caption']);
    expect(roles).toContainEqual(['Israeli soldiers stand n', 'caption']);
    expect(roles).toContainEqual(['Press TV’s website can a', 'boilerplate']);
    expect(roles).toContainEqual(['Press TV News Roku', 'boilerplate']);
    expect(roles).toContainEqual(['Iran, Russia and Turkey ', 'body']);
  });

  it('marks the wire report’s caption printed twice, and its credit', () => {
    const wire = sample('wire').sentences;
    expect(wire.slice(0, 4).map((s) => s.role)).toEqual(['caption', 'caption', 'caption', 'caption']);
    expect(wire[4].role).toBe('body');
  });

  it('marks a line printed twice as a caption, whatever its case and spacing', () => {
    const text =
      'A ferry waits at the pier in fog\nA FERRY waits  at the\u00a0pier in fog\nThe ferry left at noon, the port said.\n';
    const roles = sourceOf(text).sentences.map((s) => [s.text, s.role]);
    expect(roles).toEqual([
      ['A ferry waits at the pier in fog', 'caption'],
      ['A FERRY waits  at the\u00a0pier in fog', 'caption'],
      ['The ferry left at noon, the port said.', 'body'],
    ]);
  });

  // Scraped articles without a front-matter title often print the headline as their first line,
  // with a full stop or a closing quote after it (AP-style title case): still the headline.
  it.each([
    ['Mayor Vows To Rebuild Flooded Harbor District.\n\nThe mayor spoke on Monday.', 'headline'],
    ['Harbor Pilots Say Night Crossings ‘Are Not Safe’\n\nThe pilots spoke on Monday.', 'headline'],
    ['Update: Ferry Line Adds Two Evening Crossings For Summer.\n\nThe line said so.', 'headline'],
    ['The mayor vowed on Monday to rebuild the flooded harbor district.\n\nShe spoke.', 'body'],
    ['Lake City Mayor Ana Ruiz Ortega Spoke.\n\nShe spoke.', 'headline'],
    [
      'Mayor Ana Ruiz of Lake City said on Monday that the harbor district would be rebuilt.\n\nIt will.',
      'body',
    ],
    ['Flood Hits Harbor.\n\nWater rose. More Came Today.\n\nIt rained.', 'headline'],
  ])('reads a first line in title case as the headline: %s', (text, role) => {
    expect(sourceOf(text).sentences[0].role).toBe(role);
  });

  // Headlines in sentence case follow AP headline style: no leading article, no day and no past
  // tense, which a lede has; only a first line with more lines after it can be one.
  it.each([
    ['Council approves new parking fees.\n\nThe city council voted on Monday to raise fees.', 'headline'],
    ['Ferry strike to end as crews accept new contract.\n\nThe union voted on Monday.', 'headline'],
    ['Why the harbor plan needs a second look -- and a budget.\n\nShe spoke.', 'headline'],
    ['The council approved new parking fees.\n\nIt voted 5-2.', 'body'],
    ['Police arrested three men after a robbery left a guard hurt in Lake City.\n\nIt rained.', 'body'],
    ['Ana Ruiz knew the harbor well.\n\nShe sailed it for years.', 'body'],
    ['Council approved new parking fees on Monday.\n\nIt voted 5-2.', 'body'],
    ['Council approved new parking fees yesterday.\n\nIt voted 5-2.', 'body'],
    ['Council approves new parking fees.', 'body'],
    [
      'Council approves new parking fees after a long debate in which members of both parties argued for hours about the plan.\n\nIt voted.',
      'body',
    ],
  ])('reads a short first line in headline style as the headline: %s', (text, role) => {
    expect(sourceOf(text).sentences[0].role).toBe(role);
  });

  // User trial 8, item 6: a headline is not split after an initialism before a capital.
  it.each([
    [
      'Harbor Board Sees Even Chance G.O.P. Will Lose Seat\n\nThe board met.',
      'Harbor Board Sees Even Chance G.O.P. Will Lose Seat',
    ],
    ['U.S. Ferry Line Adds Crossings\n\nThe line said so.', 'U.S. Ferry Line Adds Crossings'],
  ])('keeps a headline with an initialism whole: %s', (text, first) => {
    const sentences = sourceOf(text).sentences;
    expect(sentences[0].text).toBe(first);
    expect(sentences[0].role).toBe('headline');
  });

  it('still ends a body sentence after an initialism before a capital', () => {
    expect(
      sourceOf('Flood Hits Harbor\n\nHe lives in the U.S. The next day he left.').sentences,
    ).toHaveLength(3);
  });

  it('reads only the first line as a headline, never a title-case line after the body starts', () => {
    const roles = sourceOf(
      'Flood Hits Harbor.\n\nWater rose.\n\nMore Rain Comes To The Harbor Today.',
    ).sentences;
    expect(roles.map((s) => s.role)).toEqual(['headline', 'body', 'body']);
  });

  it.each([
    ['Mr. Smith met U.S. officials at 5 a.m. on Monday. They talked.', 2],
    ['He said "it\'s over." Then he left.', 2],
    ['The U.N. envoy arrived. Talks began.', 2],
    ['Kazakhstan’s minister spoke\u00a0briefly. Nobody asked.', 2],
    ['Rep. Jim Langevin (D-R.I.) agreed. The bill passed.', 2],
    ['Sen. Ana Ruiz (D-Calif.) said it was over. Gov. Ray disagreed.', 2],
    ['A (D-Calif.) Senator was there. He left.', 2],
    ['They met Sept. 26 with Sgt. Maj. Ray and Rev. Ada Lind. It rained.', 2],
    ['The talks start Jan. 5 in the U.S. Capitol. Few came.', 2],
    ['“Get out!” he said. Then he left.', 2],
    ['“Why now?” Trump asked. Nobody answered.', 2],
    ['He lives in the U.S. The next day he left.', 2],
    // AP party-state tags cut inside a two-part state (AP Stylebook, "party affiliation").
    ['Sen. Ana Ruiz, R-S.C., would not go that far. She left.', 2],
    ['Rep. Tom Lind, D-N.Y., who opposes the plan, spoke. Nobody asked.', 2],
    ['Sen. Ada Moss, D-W.Va., said no. Then she left.', 2],
    ['They met in Kansas City, Mo. The talks ended.', 2],
    ['It covers only non-U.S. persons abroad, she said. He agreed.', 2],
    ['She called it ‘a secret law.’” He agreed.', 2],
    ['“We will not back down. …” He left.', 2],
    ['Rep. Ana Ruiz, R-Va.; Rep. Tom Lind, R-S.C.; and Sen. Ada Moss, D-Ore., agreed. It passed.', 2],
  ])('is not fooled by abbreviations, quotes and odd spaces: %s', (text, count) => {
    expect(sourceOf(text).sentences).toHaveLength(count);
  });

  // Review of body9, item 7: a hyphenated capital that is no party-state tag keeps its sentence end,
  // and a title or initial after it stays with the name it opens.
  it.each([
    [
      'The fundraiser featured Jay-Z. Dr. Ruiz spoke first.',
      ['The fundraiser featured Jay-Z.', 'Dr. Ruiz spoke first.'],
    ],
    [
      'Ruiz finished fourth in the super-G. Mr. Lind won it.',
      ['Ruiz finished fourth in the super-G.', 'Mr. Lind won it.'],
    ],
    ['The headliner was Jay-Z. A. J. Lind opened.', ['The headliner was Jay-Z.', 'A. J. Lind opened.']],
  ])('does not read a hyphenated capital as a state tag: %s', (text, expected) => {
    expect(sourceOf(text).sentences.map((s) => s.text)).toEqual(expected);
  });

  it('keeps a party-state tag that ends a sentence with it, and starts the next after it', () => {
    const text = 'The law is clear, said Rep. Ana Ruiz, D-N.Y. “But we will fight it.” Nobody answered.';
    expect(sourceOf(text).sentences.map((s) => s.text)).toEqual([
      'The law is clear, said Rep. Ana Ruiz, D-N.Y.',
      '“But we will fight it.”',
      'Nobody answered.',
    ]);
  });

  it('keeps exact offsets through non-breaking spaces and curly apostrophes', () => {
    for (const name of ['presstv', 'wire']) {
      const source = sample(name);
      for (const s of source.sentences) {
        expect(source.text.slice(s.start, s.end)).toBe(s.text);
        for (const t of s.tokens) expect(source.text.slice(t.start, t.end)).toBe(t.text);
      }
    }
  });

  it('loses no text: every non-space character lies inside a sentence (property)', () => {
    const word = fc.stringMatching(/^[A-Za-z0-9’'"().,;:!?-]{1,12}$/);
    // Long runs of spaces too: text after 64 of them used to vanish (issue 12).
    const gap = fc.oneof(
      fc.constant(' '),
      fc.integer({ min: 1, max: 300 }).map((n) => ' '.repeat(n)),
    );
    const line = fc
      .array(fc.tuple(word, gap), { minLength: 1, maxLength: 12 })
      .map((ws) => ws.map(([w, g]) => w + g).join(''));
    const text = fc.array(line, { minLength: 1, maxLength: 6 }).map((ls) => ls.join('\n\n'));
    fc.assert(
      fc.property(text, (t) => {
        const source = sourceOf(t);
        const covered = new Array(t.length).fill(false);
        for (const s of source.sentences) {
          if (t.slice(s.start, s.end) !== s.text) return false;
          for (let i = s.start; i < s.end; i++) covered[i] = true;
        }
        return covered.every((inside, i) => inside || /\s/.test(t[i]));
      }),
      { numRuns: 150, seed: 42 },
    );
  });
});
