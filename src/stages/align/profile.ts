import { functionWords, posClass } from '../../lexicons/word-sets.js';
import type { Claim } from '../../model/claim.js';
import type { Sentence, Token } from '../../model/source.js';
import { addBags, type Bag, charBag, codeOf, ngramBags } from './bags.js';
import { readDates } from './dates.js';
import { type IdfTable, weightIn } from './idf.js';
import { readNumbers } from './numbers.js';

/**
 * What the alignment compares: one sentence, or a group of sentences read as one
 * (a sentence split in two on the other side). Every field is inspectable.
 */
export interface SentenceProfile {
  /** Sentence ids, in reading order. */
  ids: string[];
  /** Lower-cased text, for character similarity. */
  text: string;
  /** Content lemmas (nouns, names, verbs, adjectives, adverbs, numbers) → idf weight. */
  content: Map<string, number>;
  /**
   * `content`'s lemmas and weights in its order, as arrays: every candidate pair walks them, and a
   * loop over arrays allocates nothing where a walk of the map makes an entry a lemma (issue 13).
   */
  lemmas: readonly string[];
  weights: Float64Array;
  /** Sum of the content weights. */
  mass: number;
  /** Lemmas in reading order, punctuation excluded, as integer codes (for the longest common subsequence). */
  sequence: Float64Array;
  /** Lemma n-grams for n = 1..4 (index n - 1), as BLEU counts them. */
  grams: Bag[];
  /** Character bigrams of `text` without spaces (Dice, as in string-similarity). */
  chars: Bag;
  /** Names: lemmas of proper nouns. */
  actors: Set<string>;
  /** Normalised numbers ("5", "350000"). */
  numbers: Set<string>;
  /** Date keys (`2018-05-10`, `2017-01`, `2017`, or a weekday name when unresolved). */
  dates: Set<string>;
  /** Whether the text negates (not, n't, never, no). */
  negated: boolean;
  /** Word count, punctuation excluded. */
  words: number;
}

const isWord = (t: Token): boolean => t.pos !== 'PUNCT' && t.pos !== 'SYM' && t.pos !== 'SPACE';

/** Date keys of the date claims extracted from a sentence, at their precision. */
function claimDates(claims: readonly Claim[]): string[] {
  const keys: string[] = [];
  for (const c of claims) {
    if (c.kind !== 'date' || !c.interval) continue;
    const width = c.precision === 'day' ? 10 : c.precision === 'month' ? 7 : c.precision === 'year' ? 4 : 0;
    if (width) keys.push(c.interval.start.slice(0, width));
  }
  return keys;
}

/** Values of the quantity claims extracted from a sentence. */
function claimNumbers(claims: readonly Claim[]): string[] {
  const values: string[] = [];
  for (const c of claims) {
    if (c.kind !== 'quantity') continue;
    for (const v of [c.value, c.min, c.max]) if (v !== undefined) values.push(String(v));
  }
  return values;
}

/**
 * Profiles one sentence. Numbers and dates are read from the tokens here, so that alignment
 * does not depend on the extract stage; the claims of the sentence, when there are any, add to them.
 */
export function profileSentence(
  sentence: Sentence,
  idf: IdfTable,
  published?: string,
  claims: readonly Claim[] = [],
): SentenceProfile {
  const tokens = sentence.tokens.filter(isWord);
  const lemmas = tokens.map((t) => t.lemma);
  const contentPos = posClass('content');
  const negations = functionWords('negation');
  const dates = readDates(tokens, published);
  const content = new Map<string, number>();
  for (const t of tokens) {
    if (contentPos.has(t.pos)) content.set(t.lemma, weightIn(idf, t.lemma));
  }
  const text = sentence.text.toLowerCase();
  const sequence = Float64Array.from(lemmas, codeOf);
  return {
    ids: [sentence.id],
    text,
    content,
    ...walkOf(content),
    mass: sumValues(content),
    sequence,
    grams: ngramBags(sequence),
    chars: charBag(text),
    actors: new Set(tokens.filter((t, i) => t.pos === 'PROPN' && !dates.used[i]).map((t) => t.lemma)),
    numbers: new Set([
      ...readNumbers(
        tokens.map((t) => t.lower),
        dates.used,
      ),
      ...claimNumbers(claims),
    ]),
    dates: new Set([...dates.keys, ...claimDates(claims)]),
    negated: tokens.some((t) => negations.has(t.lower)),
    words: tokens.length,
  };
}

/** Reads two profiles as one text: a sentence split in two, or two merged into one. */
export function mergeProfiles(x: SentenceProfile, y: SentenceProfile): SentenceProfile {
  // x's entries, then y's new ones (a lemma's weight is the same on both sides), without spreading.
  const content = new Map(x.content);
  for (const [lemma, weight] of y.content) content.set(lemma, weight);
  const sequence = new Float64Array(x.sequence.length + y.sequence.length);
  sequence.set(x.sequence);
  sequence.set(y.sequence, x.sequence.length);
  return {
    ids: [...x.ids, ...y.ids],
    text: `${x.text} ${y.text}`,
    content,
    ...walkOf(content),
    mass: sumValues(content),
    sequence,
    grams: x.grams.map((bag, n) => addBags(bag, y.grams[n])),
    chars: addBags(x.chars, y.chars),
    actors: new Set([...x.actors, ...y.actors]),
    numbers: new Set([...x.numbers, ...y.numbers]),
    dates: new Set([...x.dates, ...y.dates]),
    negated: x.negated || y.negated,
    words: x.words + y.words,
  };
}

/** A content map's lemmas and weights as arrays, in its order. */
function walkOf(content: Map<string, number>): { lemmas: string[]; weights: Float64Array } {
  return { lemmas: [...content.keys()], weights: Float64Array.from(content.values()) };
}

function sumValues(map: Map<string, number>): number {
  let sum = 0;
  for (const v of map.values()) sum += v;
  return sum;
}
