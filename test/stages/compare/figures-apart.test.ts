import { describe, expect, it } from 'vitest';
import { analyzeText, compareSources } from '../../../src/pipeline.js';
import { article, brief, compareArticles } from './facts-helpers.js';

// One statement told by both outlets with another time of day or numbered grade in it
// (compare/figure-apart-divergence; blind 48 reader: "This is a divergence, not an agreement").
// Passages written for this test.
const divergences = (a: string[], b: string[]) =>
  compareArticles(article('A', '2025-03-10', a), article('B', '2025-03-10', b))
    .filter((f) => f.ruleId === 'compare/figure-apart-divergence')
    .map(brief);

describe('compare/figure-apart-divergence', () => {
  it.each([
    [
      'two grades',
      [
        'An avalanche buried four skiers near Orrin on Saturday.',
        'The regional avalanche warning service had rated the danger at level 3.',
      ],
      [
        'An avalanche buried four skiers near Orrin on Saturday.',
        'The Orrin avalanche warning service had put the risk at level 4.',
      ],
      ['compare/figure-apart-divergence: level 3 ~ level 4'],
    ],
    [
      'the same grade',
      ['The regional avalanche warning service had rated the danger at level 3.'],
      ['The Orrin avalanche warning service had put the risk at level 3.'],
      [],
    ],
    [
      'two times of one warning',
      ['The coast guard issued a storm warning for the Velmar strait at 1:20 p.m. on Sunday.'],
      ['The coast guard issued its storm warning for the Velmar strait at 12:45 p.m. on Sunday.'],
      ['compare/figure-apart-divergence: 1:20 p.m. ~ 12:45 p.m.'],
    ],
    // The perturbation harness: a number the extractor counts a noun with is the figure rules' to judge.
    [
      'a numbered name whose number counts a noun',
      ['Opponents of the Park 51 project rallied near the Orrin site on Sunday.'],
      ['Opponents of the Park 58 project rallied near the Orrin site on Sunday.'],
      [],
    ],
    [
      'a hedged time within the hour',
      ['The coast guard issued a storm warning for the Velmar strait at about 9:30 p.m. on Sunday.'],
      ['The coast guard issued its storm warning for the Velmar strait shortly after 9 p.m. on Sunday.'],
      [],
    ],
  ])('%s', (_name, a, b, expected) => {
    expect(divergences(a, b)).toEqual(expected);
  });

  it('points into both texts with exact offsets', () => {
    const [a, b] = [
      analyzeText(
        article('A', '2025-03-10', [
          'The coast guard issued a storm warning for the Velmar strait at 1:20 p.m. on Sunday.',
        ]),
        {},
        'ev/a.txt',
      ),
      analyzeText(
        article('B', '2025-03-10', [
          'The coast guard issued its storm warning for the Velmar strait at 12:45 p.m. on Sunday.',
        ]),
        {},
        'ev/b.txt',
      ),
    ];
    const found = compareSources(a, b).findings.filter((f) => f.ruleId === 'compare/figure-apart-divergence');
    expect(found).toHaveLength(1);
    for (const f of found) {
      for (const s of f.a) expect(a.text.slice(s.start, s.end)).toBe(s.text);
      for (const s of f.b) expect(b.text.slice(s.start, s.end)).toBe(s.text);
    }
  });
});
