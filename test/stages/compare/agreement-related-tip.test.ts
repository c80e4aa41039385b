import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../../src/pipeline.js';
import { clauseShapes, weighed } from '../../../src/stages/compare/agreement/agreement-clauses.js';
import type { RelatedWords } from '../../../src/stages/compare/agreement/agreement-related.js';
import { relatedTip } from '../../../src/stages/compare/agreement/agreement-verdict.js';
import { sharedWeight } from '../../../src/stages/compare/weights.js';

// Issue 10 (agree9): a pair of clauses that related words (WordNet) carry over the bar must share
// most of the lighter clause, or half of it and a verb. Every lemma here weighs 3, so a related pair
// counts 2.25 (RELATED_DISCOUNT 0.75) and the covers below are exact: passages written for this test.
const WEIGHT = 3;

/** The whole-sentence clause of a one-sentence text, every lemma weighing `WEIGHT`. */
function clause(text: string) {
  const s = analyzeText(`${text}\n`).sentences[0];
  const shape = clauseShapes(s).find((c) => c.whole);
  if (!shape) throw new Error(`no whole clause in ${text}`);
  const w = new Map([...shape.lemmas].map((l) => [l, WEIGHT] as const));
  return { c: weighed(shape, w), w };
}

/** Whether `relatedTip` lets the pair through, with one related pair `x~y` of part of speech `tag`. */
function tips(x: string, y: string, link: [string, string, boolean]): { cover: number; tip: boolean } {
  const [a, b] = [clause(x), clause(y)];
  const w = new Map([...a.w, ...b.w]);
  const links: RelatedWords[] = [{ a: link[0], b: link[1], weight: 0.75 * WEIGHT, verb: link[2] }];
  const exact = sharedWeight(a.c.lemmas, b.c.lemmas, w);
  const cover = (exact + 0.75 * WEIGHT) / Math.min(a.c.weight, b.c.weight);
  return { cover: Math.round(cover * 100) / 100, tip: relatedTip(a.c, b.c, exact, cover, w, links) };
}

describe('relatedTip: related words carry a pair that shares half the lighter clause only with a verb', () => {
  it.each([
    // Over half of the lighter clause shared with "adjustments" ~ "changes", and the verb "need"
    // on both sides: one fact.
    [
      'Ferry owners need wage adjustments.',
      'Harbour crews need different changes to their wage schedules.',
      ['adjustment', 'change', false],
      { cover: 0.55, tip: true },
    ],
    // The same cover without a shared verb: a topic both name, not one fact.
    [
      'Ferry owners discussed wage adjustments.',
      'Ferry crews resisted different changes to their wage schedules.',
      ['adjustment', 'change', false],
      { cover: 0.55, tip: false },
    ],
  ] as [string, string, [string, string, boolean], { cover: number; tip: boolean }][])(
    '%s ~ %s',
    (x, y, link, expected) => {
      expect(tips(x, y, link)).toEqual(expected);
      expect(tips(y, x, [link[1], link[0], link[2]])).toEqual(expected);
    },
  );
});
