import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../../src/pipeline.js';
import { align, idfWeight } from '../../../src/stages/align/index.js';
import { compareContext } from '../../../src/stages/compare/context.js';
import { factsOf } from '../../../src/stages/compare/facts/fact.js';
import { vagueApart } from '../../../src/stages/compare/facts/quantity.js';
import { relateFacts } from '../../../src/stages/compare/facts/share-relation.js';
import { statedOnly } from '../../../src/stages/compare/index.js';

// Blind 49 reader: "roughly 140 guests" (those present) refined "the costs several guests had
// incurred", another set of guests. A vague word sizes the other figure's set only in linked
// sentences or under one act (quantity.ts `vagueApart`). Passages written for this test.
function pairOf(a: string, b: string, figureA: string, figureB: string) {
  const [sa, sb] = [analyzeText(a, {}, 'ev/a.txt'), analyzeText(b, {}, 'ev/b.txt')];
  const ctx = compareContext(statedOnly(sa), statedOnly(sb), align(sa, sb), idfWeight);
  const fa = factsOf(ctx.a, 'a').find((f) => f.claim.text === figureA);
  const fb = factsOf(ctx.b, 'b').find((f) => f.claim.text === figureB);
  if (!fa || !fb) throw new Error(`no fact ${figureA} / ${figureB}`);
  return { a: fa, b: fb, score: 1, linked: false, relation: relateFacts(fa, fb) };
}

describe('a vague word against a figure of another sentence', () => {
  it.each([
    [
      'under two acts: apart',
      'Council officers had spoken to almost all of the roughly 140 guests who were present.',
      'The couple had spoken to a solicitor about the costs several guests had incurred.',
      'roughly 140 guests',
      'several guests',
      true,
    ],
    [
      'under one kind of casualty: the same set',
      'The blast killed two workers and injured about 80 people.',
      'Dozens of people were injured in the blast at the plant.',
      'about 80 people',
      'Dozens of people',
      false,
    ],
  ])('%s', (_name, a, b, figureA, figureB, apart) => {
    const p = pairOf(a, b, figureA, figureB);
    expect(vagueApart(p, p.b)).toBe(apart);
  });
});
