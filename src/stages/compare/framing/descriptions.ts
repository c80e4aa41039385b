// Inputs: one analysed source. Output: how the outlet itself describes each named person or
// organisation: a role noun before the name ("campaign aide Tobias Renko"), an appositive
// after it ("GrainWatch, one of the loudest farm groups in the capital,") or a predicate
// nominal ("Varga is a former deputy harbour commissioner"). Words inside quotation marks are the
// speaker's and are skipped (issue 10). Title-case headlines are skipped too: the tagger takes
// every capitalised word there for a name. Name runs and their keys come from names.ts, epithets
// ("the nation's largest dairy lobby") and the names they may stand for from epithets.ts.

import type { AnalyzedSource } from '../../../model/analyzed-source.js';
import type { Sentence } from '../../../model/source.js';
import type { Span } from '../../../model/span.js';
import { isTitleCase } from '../../../text/title-case.js';
import { spanOf } from '../spans.js';
import { opinionWords, phraseAfter, roleBefore } from './description-phrases.js';
import { epithetKeys, epithets } from './epithets.js';
import { keyOf, nameOf, nameRuns, POSSESSIVE } from './names.js';
import { insideRange, quotedRanges } from './quotes.js';

/** One description of a named entity in a source. */
export interface Description {
  /** The entity: its last name word, lower case ("papadopoulos", "aarp", "trump jr"). */
  key: string;
  /** The name as written, or the name nearest an epithet ("Renko", "GrainWatch"). */
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

/** The descriptions in sentence `at`: epithets and the descriptions around each name, outside quotations. */
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
    // "Halden's brother": a possessive name modifies another noun, it is not the one described.
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
