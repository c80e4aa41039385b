import type { Sentence, Token } from '../../model/source.js';

/** Parts of speech whose lemmas say what a sentence is about. */
export const CONTENT_POS = new Set(['NOUN', 'PROPN', 'VERB', 'ADJ']);

/** Whether a token carries content: a noun, name, verb or adjective with a letter in it. */
export const isContent = (t: Token): boolean => CONTENT_POS.has(t.pos) && hasLetter(t.text);

const LETTER = /\p{L}/u;

/** A letter anywhere; a word opening on an ASCII letter is answered without the Unicode regex (issue 13: asked of every token, many times a pair). */
export function hasLetter(text: string): boolean {
  const c = text.charCodeAt(0) | 32;
  return (c >= 97 && c <= 122) || LETTER.test(text);
}

// A sentence's content lemmas do not depend on the pair it is compared in: built once per sentence.
const lemmaSets = new WeakMap<Sentence, ReadonlySet<string>>();

/** The content lemmas of a sentence (one shared set per sentence: do not change it). */
export function contentLemmas(s: Sentence): ReadonlySet<string> {
  let lemmas = lemmaSets.get(s);
  if (!lemmas) {
    lemmas = new Set(s.tokens.filter(isContent).map((t) => t.lemma));
    lemmaSets.set(s, lemmas);
  }
  return lemmas;
}

/**
 * How informative each lemma is within one pair: log((N + 1) / df), where df counts the body
 * and headline sentences of both articles that hold it (given as their content-lemma sets).
 * Words every sentence uses ("say", "be", the story's main actor) weigh little; the words of
 * one fact weigh much. Computed per pair, so no word list is needed and nothing is tuned on the
 * evaluation data.
 */
export function lemmaWeights(sentences: readonly ReadonlySet<string>[]): Map<string, number> {
  const df = new Map<string, number>();
  for (const lemmas of sentences) for (const lemma of lemmas) df.set(lemma, (df.get(lemma) ?? 0) + 1);
  const n = sentences.length;
  // Turned into weights in place, in the same key order (no copy of every entry a pair).
  for (const [lemma, count] of df) df.set(lemma, Math.log((n + 1) / count));
  return df;
}

/** The summed weight of the lemmas two sets share. */
export function sharedWeight(
  x: ReadonlySet<string>,
  y: ReadonlySet<string>,
  w: ReadonlyMap<string, number>,
): number {
  let total = 0;
  for (const lemma of x) if (y.has(lemma)) total += w.get(lemma) ?? 0;
  return total;
}

/**
 * A pair's weights with a few keys of its own over a shared map, read without copying the shared
 * map (issue 13: the copy cost one pass over every lemma of the pair). Reads as
 * `new Map([...base, ...top])`: `top` wins, and iteration keeps that order.
 */
export class LayeredWeights implements ReadonlyMap<string, number> {
  private merged: Map<string, number> | undefined;

  constructor(
    private readonly base: ReadonlyMap<string, number>,
    private readonly top: ReadonlyMap<string, number>,
  ) {}

  get(key: string): number | undefined {
    return this.top.get(key) ?? this.base.get(key);
  }

  has(key: string): boolean {
    return this.top.has(key) || this.base.has(key);
  }

  get size(): number {
    return this.all().size;
  }

  // Nothing on the hot path iterates: the merged copy is built only if something does.
  private all(): Map<string, number> {
    this.merged ??= new Map([...this.base, ...this.top]);
    return this.merged;
  }

  forEach(fn: (value: number, key: string, map: ReadonlyMap<string, number>) => void): void {
    for (const [k, v] of this.all()) fn(v, k, this);
  }

  entries() {
    return this.all().entries();
  }

  keys() {
    return this.all().keys();
  }

  values() {
    return this.all().values();
  }

  [Symbol.iterator]() {
    return this.all()[Symbol.iterator]();
  }
}
