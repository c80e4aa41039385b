import { isFormOfAddress } from '../../../lexicons/forms-of-address.js';
import { functionWords } from '../../../lexicons/word-sets.js';
import type { Sentence, Token } from '../../../model/source.js';
import { tokenizeLine } from '../../../text/nlp.js';
import { isOpeningQuote } from '../../../text/quotes.js';
import { relatedTo } from '../../../text/similarity-synonyms.js';
import { isTitleCase } from '../../../text/title-case.js';
import { inModelLexicon } from '../../../text/wink.js';
import type { WordTest } from './pair-words.js';

// Inputs: a run of capitalised words of a sentence (a candidate name for the omission rules). Runs
// that are capitalised for their place or their style, not because they name someone in the story.

/**
 * A person's state or home in AP style ("R-Tenn.", "R–TN", "Bob Corker of Tennessee") only places
 * a person the other article may name without it; it is not a fact of the story.
 */
export function isAffiliation(run: Token[], sentence: Sentence, text: string): boolean {
  if (/\b[RDI][-–]$/.test(text.slice(Math.max(0, run[0].start - 2), run[0].start))) return true;
  const at = sentence.tokens.indexOf(run[0]);
  const [of, owner] = [sentence.tokens[at - 1], sentence.tokens[at - 2]];
  return run.length === 1 && of?.lower === 'of' && owner?.pos === 'PROPN';
}

/** Words this long are capitalised in a title-case headline (AP, Chicago: every major word). */
const MAJOR_WORD = 4;

/**
 * Whether a sentence is written in title case, as a headline is whether or not the segmenter
 * took it for one ("Residents Told: Riverside Council Approved Library Cleanup"): every word of
 * four letters or more capitalised, at least three of them (text/title-case.ts decides). Its
 * capitals say nothing of which words are names (issue 10, user trial 12). Remembered per
 * sentence: the name and pair-word rules both ask.
 */
export function titleCased(sentence: Sentence): boolean {
  let titled = titledCache.get(sentence);
  if (titled === undefined) {
    const major = sentence.tokens
      .filter((t) => t.text.length >= MAJOR_WORD && /^\p{L}/u.test(t.text))
      .map((t) => t.text);
    titled = isTitleCase(major, { minWords: 3, share: 1 });
    titledCache.set(sentence, titled);
  }
  return titled;
}

const titledCache = new WeakMap<Sentence, boolean>();

/**
 * A word capitalised only because it opens a sentence, that is a plural common noun in lower case
 * ("Advocates hope …", "Critics say …"): never capitalised inside a sentence of either article
 * (so not "Cummings", whom the article also calls "Elijah Cummings"), and tagged a plural noun
 * when written in lower case.
 */
export function pluralNoun(word: Token, midCapitals: WordTest): boolean {
  return !midCapitals.has(word.text) && taggedPlural(word);
}

// The tag of a word in lower case depends on the word alone, not on the pair: remembered per token
// of the source, which a batch compares with every other outlet of its event.
const taggedCache = new WeakMap<Token, boolean>();

/** Whether the tagger calls the word, written in lower case before a verb, a plural noun. */
function taggedPlural(word: Token): boolean {
  let plural = taggedCache.get(word);
  if (plural === undefined) {
    const [lower] = tokenizeLine(`${word.lower} say so.`, 0)[0]?.tokens ?? [];
    plural = lower?.pos === 'NOUN' && lower.lemma !== lower.text;
    taggedCache.set(word, plural);
  }
  return plural;
}

/**
 * Whether the `i`th token opens a quotation, written tight after its opening mark ('said "Caution is …"'):
 * a quotation's first word is capitalised for its place, as a sentence's is. A straight single
 * mark counts here too (text/quotes.ts leaves it out, as it is as often an apostrophe): written
 * tight before a capital, it opens one.
 */
export function opensQuotation(tokens: Token[], i: number): boolean {
  const [before, t] = [tokens[i - 1], tokens[i]];
  return (
    before !== undefined && before.end === t.start && (isOpeningQuote(before.text) || before.text === "'")
  );
}

/** An all-capital word (emphasis, "NEVER"), long enough not to be an acronym that spells a word ("US", "WHO"). */
const SHOUTED = /^\p{Lu}{4,}$/u;

/**
 * A run written in capitals for emphasis, not a name: all its words in capitals, and one of them an
 * ordinary word either article writes in lower case ("a SECRET deal" beside "kept it secret").
 */
export function shouted(core: Token[], lowered: WordTest): boolean {
  const words = core.filter((t) => t.text !== '-');
  return (
    words.every((t) => /^\p{Lu}{2,}$/u.test(t.text)) &&
    words.some((t) => SHOUTED.test(t.text) && lowered.has(t.lower))
  );
}

/** How the tagger reads a word in lower case inside a sentence ("they saw caution there"), by the word: it depends on it alone. */
const frameCache = new Map<string, { pos: string; lemma: string }>();

function inFrame(lower: string): { pos: string; lemma: string } {
  let reading = frameCache.get(lower);
  if (reading === undefined) {
    const [, , t] = tokenizeLine(`they saw ${lower} there.`, 0)[0]?.tokens ?? [];
    reading = { pos: t?.pos ?? '', lemma: t?.lemma ?? lower };
    frameCache.set(lower, reading);
  }
  return reading;
}

/** The tagger's part of speech for a word in lower case inside a sentence: "ADJ" for "former", "INTJ" for "wow". */
export const lowerTag = (lower: string): string => inFrame(lower).pos;

/** `commonWord` by the word in lower case: the answer depends on the word alone, so each is looked up once a thread. */
const commonCache = new Map<string, boolean>();

/** Tags a word in lower case has when it is a modifier or a verb, never a name. */
const MODIFYING = new Set(['ADJ', 'ADV', 'VERB']);

/**
 * Whether a capitalised word is an ordinary word of the language: the tagger's model lexicon holds
 * it in lower case and reads it there as an adjective, adverb or verb ("sizable"), or as a noun
 * that WordNet's common senses relate to others ("caution"). Its lexicon also holds many names in
 * lower case, read as nouns ("tripoli"), which WordNet's common-sense data does not relate; a word
 * the lexicon lacks is taken for a name ("Hale", a site's name).
 */
export function commonWord(word: Token): boolean {
  let common = commonCache.get(word.lower);
  if (common === undefined) {
    const { pos, lemma } = inFrame(word.lower);
    common =
      inModelLexicon(word.lower) &&
      (MODIFYING.has(pos) ||
        (pos === 'NOUN' && (relatedTo('NOUN', lemma).length > 0 || derivedNoun(word.lower))));
    commonCache.set(word.lower, common);
  }
  return common;
}

/** A stem this short ("sta" of "station") could be any word. */
const MIN_STEM = 4;

/**
 * Whether a word is a noun made of a verb or adjective of the language by a noun suffix
 * (data/function-words.yaml `noun-suffix`): "containment" of "contain", "inflation" of "inflate",
 * "attendance" of "attend" (blind 38 reader: "never mentions Containment" beside "was 15 percent
 * contained"). WordNet's common-sense relations miss many such nouns. A name that ends so keeps its
 * capital: its stem is no verb or adjective the tagger knows ("Inverness": "inver").
 */
function derivedNoun(lower: string): boolean {
  for (const suffix of functionWords('noun-suffix')) {
    const stem = lower.slice(0, -suffix.length);
    if (!lower.endsWith(suffix) || stem.length < MIN_STEM) continue;
    for (const base of [stem, `${stem}e`])
      if (inModelLexicon(base) && MODIFYING.has(lowerTag(base))) return true;
  }
  return false;
}

/**
 * Whether a lone capitalised word is a word of speech that names no one: an interjection as the
 * tagger reads it in lower case ("Wow", "Hey": wink's part of speech INTJ), or a form of address
 * (`isFormOfAddress`: "Lad, the ferry is late").
 */
export const spokenWord = (word: Token): boolean =>
  lowerTag(word.lower) === 'INTJ' || isFormOfAddress(word.lower);
