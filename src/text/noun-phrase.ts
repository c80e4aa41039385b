// Noun-phrase chunks over wink-nlp tokens, for speakers ("Israeli officials", "Anuar Zhainakov,
// a spokesman for Kazakhstan's Foreign Ministry,") and addressees ("told reporters").
// There is no parser: a chunk is a run of nominal tokens with "of/for" links.
import { functionWords, posClass } from '../lexicons/word-sets.js';
import type { Token } from '../model/source.js';

/** Half-open token range `[first, last]` inclusive. */
export interface TokenRange {
  first: number;
  last: number;
}

/** The word and tag classes the chunker reads (lexicons/data: pos-classes.yaml, function-words.yaml), loaded on first use. */
let loaded:
  | { nominal: WordSet; heads: WordSet; links: WordSet; between: WordSet; betweenWords: WordSet }
  | undefined;
type WordSet = ReadonlySet<string>;

function classes() {
  loaded ??= {
    nominal: posClass('nominal'),
    heads: posClass('head'),
    links: functionWords('phrase-link'),
    // Skipped between a speaker and its verb: "also said", "has said", "both said", "did not say".
    between: posClass('between'),
    betweenWords: functionWords('floating'),
  };
  return loaded;
}

const isNominal = (t: Token | undefined): boolean =>
  !!t && classes().nominal.has(t.pos) && t.lower !== 'that';

/** Steps left over adverbs and auxiliaries before a verb; returns the index of the word before them. */
export function skipBetween(tokens: Token[], i: number): number {
  let j = i - 1;
  while (j >= 0 && (classes().between.has(tokens[j].pos) || classes().betweenWords.has(tokens[j].lower))) j--;
  return j;
}

/** Index of the "(" that a ")" at `close` closes, within `reach` tokens (8 unless told), or -1. */
export function openingBefore(tokens: Token[], close: number, reach = 8): number {
  for (let k = close - 1; k >= Math.max(0, close - reach); k--) if (tokens[k].text === '(') return k;
  return -1;
}

/** The noun phrase that ends at token `end`, walking left; null when `end` is not nominal. */
export function phraseEndingAt(tokens: Token[], end: number): TokenRange | null {
  const head = tokens[end];
  if (!head) return null;
  if (head.pos === 'PRON') return { first: end, last: end };
  // "Sen. Ilse Brandt (R-Mont.)": a short parenthesis closing the phrase belongs to it.
  if (head.text === ')') {
    const open = openingBefore(tokens, end);
    const inner = open > 0 ? phraseEndingAt(tokens, open - 1) : null;
    return inner ? { first: inner.first, last: end } : null;
  }
  // "war monitor" is tagged VERB by wink: a bare base form right after a noun is the head noun.
  const verbHead = head.pos === 'VERB' && head.lower === head.lemma && tokens[end - 1]?.pos === 'NOUN';
  if (!classes().heads.has(head.pos) && !verbHead) return null;
  let first = end;
  // A speaker or agent phrase is a few words long; the bound keeps a run of nouns linear.
  for (let j = end - 1; j >= Math.max(0, end - 40); j--) {
    const t = tokens[j];
    // "Rep. Omar Halloran (D-Vt.) said": a parenthesis inside the phrase is skipped whole.
    if (t.text === ')') {
      const open = openingBefore(tokens, j);
      if (open > 0 && isNominal(tokens[open - 1])) {
        j = open;
        continue;
      }
    }
    const linked =
      classes().links.has(t.lower) && (isNominal(tokens[j - 1]) || tokens[j - 1]?.pos === 'PRON');
    if (isNominal(t) || linked || (t.pos === 'PRON' && t.lower.match(/^(?:his|her|its|their|our)$/u)))
      first = j;
    else break;
  }
  while (first < end && (classes().links.has(tokens[first].lower) || tokens[first].pos === 'PART')) first++;
  return { first, last: end };
}

/** The noun phrase that starts at token `start`, walking right (an addressee, a source after "according to"); `stops` end it early. */
export function phraseStartingAt(tokens: Token[], start: number, stops?: Set<string>): TokenRange | null {
  let last = -1;
  for (let j = start; j < tokens.length; j++) {
    const t = tokens[j];
    if (stops?.has(t.lower)) break;
    const linked = classes().links.has(t.lower) && last >= 0 && isNominal(tokens[j + 1]);
    if (isNominal(t) || linked || (t.pos === 'PRON' && j === start)) last = j;
    else break;
    if (t.pos === 'PRON' && j === start && !/^(?:his|her|its|their|our)$/u.test(t.lower)) break;
  }
  if (last < start) return null;
  while (last > start && (classes().links.has(tokens[last].lower) || tokens[last].pos === 'DET')) last--;
  const hasHead = tokens.slice(start, last + 1).some((t) => classes().heads.has(t.pos));
  return hasHead ? { first: start, last } : null;
}

/**
 * The subject of the verb at `i`: "Port officials said", "Anuar Zhainakov, a spokesman for …,
 * confirmed", "the mayor withdrew … and said", "Ostrander, speaking of …" (the clause's subject).
 */
export function subjectOf(tokens: Token[], i: number, depth = 0): TokenRange | null {
  const j = skipBetween(tokens, i);
  if (j < 0) return null;
  const t = tokens[j];
  if (t.lower === ',' && depth === 0) return appositiveSubject(tokens, j) ?? leadingSubject(tokens, j);
  if ((t.lower === 'and' || t.lower === 'but') && depth === 0) return subjectOfEarlierVerb(tokens, j);
  const np = phraseEndingAt(tokens, j);
  if (!np) return null;
  // "Trump, who said …": the relative pronoun stands for the phrase before the comma.
  if (/^(?:who|which)$/u.test(tokens[np.first].lower) && tokens[np.first - 1]?.lower === ',') {
    return phraseEndingAt(tokens, np.first - 2);
  }
  return np;
}

/** "X, a spokesman for Y, confirmed": the name and its appositive, started at the sentence or after a comma. */
function appositiveSubject(tokens: Token[], comma: number): TokenRange | null {
  const inner = phraseEndingAt(tokens, comma - 1);
  if (!inner || tokens[inner.first - 1]?.lower !== ',') return null;
  const outer = phraseEndingAt(tokens, inner.first - 2);
  if (!outer) return null;
  const before = tokens[outer.first - 1];
  return !before || before.pos === 'PUNCT' ? { first: outer.first, last: inner.last } : null;
}

/** "Trump withdrew the United States … and said": the subject of the verb before the conjunction. */
function subjectOfEarlierVerb(tokens: Token[], conj: number): TokenRange | null {
  for (let k = conj - 1; k >= 0; k--) {
    if (tokens[k].pos === 'VERB') return subjectOf(tokens, k, 1);
  }
  return null;
}

/**
 * "Tomas Ostrander, head of the guild, which represents pilots, said": when the words
 * between are too long to chunk, the phrase that opens the sentence and ends at a comma.
 */
function leadingSubject(tokens: Token[], comma: number): TokenRange | null {
  const firstComma = tokens.findIndex((t) => t.text === ',');
  if (firstComma <= 0 || firstComma >= comma) return null;
  const np = phraseEndingAt(tokens, firstComma - 1);
  return np && np.first === 0 && tokens[0].pos === 'PROPN' ? np : null;
}
