// Inputs: one analysed source. Output: how the outlet itself describes each named person or
// organisation: a role noun before the name ("campaign aide George Papadopoulos"), an appositive
// after it ("AARP, one of the most influential lobbying groups in Washington,") or a predicate
// nominal ("Boente is a former acting attorney general"). Words inside quotation marks are the
// speaker's and are skipped (issue 10). Title-case headlines are skipped too: the tagger takes
// every capitalised word there for a name. Name runs and their keys come from names.ts, epithets
// ("the nation's largest gun lobby") and the names they may stand for from epithets.ts.

import { isRelationalAdjective } from '../../../lexicons/role-nouns.js';
import { functionWords } from '../../../lexicons/word-sets.js';
import type { AnalyzedSource } from '../../../model/analyzed-source.js';
import type { Sentence, Token } from '../../../model/source.js';
import type { Span } from '../../../model/span.js';
import { isTitleCase } from '../../../text/title-case.js';
import { spanOf } from '../spans.js';
import { epithetKeys, epithets } from './epithets.js';
import { keyOf, nameOf, nameRuns, POSSESSIVE } from './names.js';
import { insideRange, quotedRanges } from './quotes.js';

/** One description of a named entity in a source. */
export interface Description {
  /** The entity: its last name word, lower case ("papadopoulos", "aarp", "trump jr"). */
  key: string;
  /** The name as written, or the name nearest an epithet ("Papadopoulos", "AARP"). */
  name: string;
  /** Lemma of the description's head noun ("aide", "lobby"). */
  head: string;
  /** Lemmas of the description's words, head included. */
  lemmas: string[];
  /** Lemmas of its noun and name modifiers, the frame the role belongs to ("campaign"). */
  frame: string[];
  /**
   * Lemmas that may judge the entity: its graded adjectives ("most powerful"). The head is not
   * one: the bias lexicon lists plain role nouns ("graduate", "lawyer") beside loaded ones.
   */
  marks: string[];
  /** The description's words, modifiers and head ("former campaign aide"). */
  span: Span;
  /** The head noun's own span. */
  headSpan: Span;
  sentence: Sentence;
}

const LOWER = /^\p{Ll}/u;
/** Tokens that may stand inside a role phrase before a name: modifiers and the head noun. */
const MODIFIER = new Set(['NOUN', 'ADJ', 'PROPN']);
/** Tokens that end an appositive: the phrase must close where the apposition does. */
const CLOSER = /^(?:[,.;)—–]|--)$/u;
/** The longest appositive read, in tokens: longer ones are clauses, not labels. */
const MAX_APPOSITIVE = 12;

/** A lower-case role noun right before the name, with its modifiers ("former campaign aide"). */
function roleBefore(tokens: Token[], i: number): [number, number] | null {
  const head = i - 1;
  if (head < 0 || tokens[head].pos !== 'NOUN' || !LOWER.test(tokens[head].text)) return null;
  let from = head;
  // Leftwards, noun modifiers may give way to adjectives but not the reverse: adjectives stand
  // before noun modifiers ("former campaign aide"), so "suit names former campaign aide" stops at
  // "former". A plural noun is no modifier either.
  while (from > 0 && from - 1 >= head - 4) {
    const t = tokens[from - 1];
    if (!MODIFIER.has(t.pos) || (t.pos !== 'ADJ' && tokens[from].pos === 'ADJ')) break;
    if (t.pos === 'NOUN' && t.lower !== t.lemma) break;
    from--;
  }
  return [from, head];
}

/**
 * The head of a noun phrase that starts at `from` and closes at `to` (exclusive): the last noun
 * before the first preposition that follows a noun ("president of centrist think tank" → president).
 */
function phraseHead(tokens: Token[], from: number, to: number): number | null {
  let head: number | null = null;
  for (let k = from; k < to; k++) {
    const t = tokens[k];
    // A preposition or a relative clause after the head closes the phrase ("a trucker who drove").
    if ((t.pos === 'ADP' || t.pos === 'PRON') && head !== null) break;
    if (t.pos === 'NOUN' && LOWER.test(t.text)) head = k;
    else if (t.pos === 'VERB' && !/(ing|ed)$/.test(t.lower)) return null;
    else if (t.pos === 'AUX' || t.pos === 'PRON' || t.pos === 'SCONJ') return null;
  }
  return head;
}

/** An appositive ("X, the nation's largest gun lobby,") or predicate nominal ("X is a …") after the name. */
function phraseAfter(tokens: Token[], i: number, j: number): [number, number] | null {
  const link = tokens[j];
  if (!link || !(link.text === ',' || functionWords('copula').has(link.lower))) return null;
  // A copula takes the name as its subject only where the name opens a clause.
  if (link.text !== ',' && i > 0 && !['PUNCT', 'CCONJ'].includes(tokens[i - 1].pos)) return null;
  const first = tokens[j + 1];
  if (!first || !(functionWords('article').has(first.lower) || (link.text === ',' && first.lower === 'one')))
    return null;
  let end = j + 1;
  while (end < tokens.length && !CLOSER.test(tokens[end].text)) end++;
  if (end - (j + 1) > MAX_APPOSITIVE) return null;
  if (link.text === ',' && end === tokens.length) return null;
  const head = phraseHead(tokens, j + 1, end);
  return head === null ? null : [j + 1, head];
}

/**
 * Adjectives of a description that are graded: after a degree adverb ("most powerful") or
 * inflected for degree ("largest"). Only a qualitative adjective takes a degree, and a quality
 * is what a judgement names; a classifying one ("former aide", "political adviser",
 * "presidential nominee") does not (Quirk et al. 1985, 7.4 on gradability). An adjective whose
 * first WordNet sense pertains to a noun is never read as one.
 */
function opinionWords(tokens: Token[], from: number, head: number): string[] {
  const out: string[] = [];
  for (let k = from; k < head; k++) {
    const t = tokens[k];
    if (t.pos !== 'ADJ' || isRelationalAdjective(t.lemma)) continue;
    if (t.lower !== t.lemma || (k > from && tokens[k - 1].pos === 'ADV')) out.push(t.lemma);
  }
  return out;
}

/** A description of `key` from token `from` to its head noun `head`. */
function described(sentence: Sentence, key: string, name: string, from: number, head: number): Description {
  const { tokens } = sentence;
  const words = tokens.slice(from, head + 1);
  const last = tokens[head];
  return {
    key,
    name,
    head: last.lemma,
    lemmas: words.map((t) => t.lemma),
    frame: words
      .slice(0, -1)
      .filter((t) => t.pos === 'NOUN' || t.pos === 'PROPN')
      .map((t) => t.lemma),
    marks: opinionWords(tokens, from, head),
    span: spanOf(sentence, tokens[from].start, last.end),
    headSpan: spanOf(sentence, last.start, last.end),
    sentence,
  };
}

function describe(sentences: Sentence[], at: number, quoted: (at: number) => boolean): Description[] {
  const sentence = sentences[at];
  const { tokens } = sentence;
  const out: Description[] = [];
  for (const [from, head] of epithets(tokens)) {
    if (quoted(tokens[from].start) || quoted(tokens[head].start)) continue;
    for (const { key, name } of epithetKeys(sentences, at))
      out.push(described(sentence, key, name, from, head));
  }
  for (const [i, j] of nameRuns(tokens)) {
    // "Sestak's brother": a possessive name modifies another noun, it is not the one described.
    if (tokens[j] && POSSESSIVE.test(tokens[j].text)) continue;
    const key = keyOf(tokens.slice(i, j));
    for (const found of [roleBefore(tokens, i), phraseAfter(tokens, i, j)]) {
      if (!found) continue;
      const [from, head] = found;
      const [first, last] = [tokens[from], tokens[head]];
      if (quoted(first.start) || quoted(last.start)) continue;
      out.push(described(sentence, key, nameOf(tokens.slice(i, j)), from, head));
    }
  }
  return out;
}

/** Tokens that open with four letters: title-case styles leave the short function words lower case. */
const LONG_WORD = /^\p{L}{4,}/u;

/**
 * A headline in title case: most of its words capitalised, so its tags are unreliable. The
 * loosest of the three title-case rules (text/title-case.ts), 0.6 of the longer words and no
 * minimum count: here a title-case headline is only skipped, and a skipped headline costs at most
 * a description, while one read in title case yields false names. The threshold is the one this
 * rule was written with (3bc0109); it has not been measured against the others.
 */
const titleCase = (s: Sentence): boolean =>
  isTitleCase(
    s.tokens.map((t) => t.text).filter((w) => LONG_WORD.test(w)),
    { minWords: 0, share: 0.6 },
  );

const cache = new WeakMap<AnalyzedSource, Description[]>();

/** Every description of a named entity in a source's body (and sentence-case headline), in text order. */
export function findDescriptions(source: AnalyzedSource): Description[] {
  const hit = cache.get(source);
  if (hit) return hit;
  const ranges = quotedRanges(source);
  const quoted = (at: number) => insideRange(ranges, at);
  const read = source.sentences.filter((s) => s.role === 'body' || (s.role === 'headline' && !titleCase(s)));
  const found = read.flatMap((_, at) => describe(read, at, quoted));
  cache.set(source, found);
  return found;
}
