import { expect } from 'vitest';
import type { QuantityDraft } from '../../../src/stages/extract/draft.js';
import { extractQuantities } from '../../../src/stages/extract/quantity/index.js';
import { parseSource } from '../../../src/stages/read/index.js';
import { segment } from '../../../src/stages/segment/index.js';

/** Quantities of every sentence of `text`, as a source published on `published`. */
export function quantities(text: string, published = '2018-05-14'): QuantityDraft[] {
  const file = `---\npublished: ${published}\n---\n${text}`;
  const source = segment(parseSource('event/inline.txt', new TextEncoder().encode(file)));
  return source.sentences.flatMap((s) => extractQuantities(s, source));
}

/** The one quantity whose text is `text`; fails when there is none. */
export function quantity(sentence: string, text: string): QuantityDraft {
  const found = quantities(sentence).find((q) => q.text === text);
  expect(found, `no quantity "${text}" in: ${sentence}`).toBeDefined();
  return found as QuantityDraft;
}
