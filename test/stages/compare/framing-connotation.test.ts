import { describe, expect, it } from 'vitest';
import type { AlignmentLink } from '../../../src/model/alignment.js';
import type { AnalyzedSource } from '../../../src/model/analyzed-source.js';
import { findConnotationSwaps } from '../../../src/stages/compare/framing/connotation-swaps.js';
import { extract } from '../../../src/stages/extract/index.js';
import { parseSource } from '../../../src/stages/read/index.js';
import { segment } from '../../../src/stages/segment/index.js';

// Passages written for these tests: Harrow and its council are invented.
const inline = (text: string, outlet: string): AnalyzedSource =>
  extract(
    segment(
      parseSource(`inline/${outlet}.txt`, new TextEncoder().encode(`---\noutlet: ${outlet}\n---\n${text}\n`)),
    ),
  );
const ID = 'compare/framing-connotation';

/** Every body sentence of a linked to every body sentence of b: the passages say one thing. */
function linkAll(a: AnalyzedSource, b: AnalyzedSource): AlignmentLink[] {
  const ids = (s: AnalyzedSource) => s.sentences.filter((x) => x.role === 'body').map((x) => x.id);
  return [{ a: ids(a), b: ids(b), score: 1, relation: 'partial', signals: {}, reasons: [] }];
}

function swaps(textA: string, textB: string): [string, string][] {
  const [a, b] = [inline(textA, 'A'), inline(textB, 'B')];
  return findConnotationSwaps({ a, b, links: linkAll(a, b), mentions: [[], []] }, ID).map((f) => [
    f.a[0].text,
    f.b[0].text,
  ]);
}

describe('compare/framing-connotation', () => {
  it.each<[string, string, string, [string, string][]]>([
    [
      'a rated modifier of one head noun against an unrated one',
      'The Harrow council approved a reckless budget on Monday.',
      'The Harrow council approved a new budget on Monday.',
      [['reckless budget', 'new budget']],
    ],
    [
      'the rated word on side b',
      'The Harrow council approved a new budget on Monday.',
      'The Harrow council approved a disastrous budget on Monday.',
      [['new budget', 'disastrous budget']],
    ],
    [
      'a rated verb of one act with one object',
      'The mayor abandoned the bridge plan on Monday.',
      'The mayor shelved the bridge plan on Monday.',
      [['abandoned the bridge', 'shelved the bridge']],
    ],
    [
      'the rated word inside a quotation',
      '"The Harrow council approved a reckless budget," Mr. Pell said.',
      '"The Harrow council approved a new budget," Mr. Pell said.',
      [],
    ],
    [
      'the other outlet writes the rated word itself',
      'The Harrow council approved a reckless budget on Monday.',
      'The Harrow council approved a new budget on Monday. Critics called it reckless.',
      [],
    ],
    [
      'both words rated: synonyms of one connotation',
      'The Harrow council approved a reckless budget on Monday.',
      'The Harrow council approved a careless budget on Monday.',
      [],
    ],
    [
      'different heads: no shared noun pins the slot',
      'The Harrow council approved a reckless plan.',
      'The Harrow council approved a new budget.',
      [],
    ],
    [
      'a change of tense or mood is another claim',
      'The mayor abandoned the bridge plan on Monday.',
      'The mayor may shelve the bridge plan on Monday.',
      [],
    ],
    [
      'a reporting verb is a matter of attribution',
      'The mayor criticized the bridge plan on Monday.',
      'The mayor discussed the bridge plan on Monday.',
      [],
    ],
  ])('%s', (_, a, b, expected) => {
    expect(swaps(a, b)).toEqual(expected);
  });

  it('is symmetric in a and b', () => {
    const [x, y] = [
      'The Harrow council approved a reckless budget on Monday.',
      'The Harrow council approved a new budget on Monday.',
    ];
    expect(swaps(y, x)).toEqual(swaps(x, y).map(([p, q]) => [q, p]));
  });
});
