// The grammatical number of a speaker mention, for pronoun agreement ("she" never takes "experts").
// English marks number on the head noun, the last noun before its post-modifiers ("Engineers at the
// site": "Engineers"; Quirk et al. 1985, 17.2-17.5), and a capitalised head may be a name of either
// number ("Harris", "Reuters", "Lakeside Mills"), so only a common noun's number is known.
import type { Token } from '../../../model/source.js';
import { tokenizeLine } from '../../../text/nlp.js';

/** What a mention's form says about its number. */
export type MentionNumber = 'plural' | 'singular' | 'unknown';

/** Nouns plural without a final -s (Quirk et al. 1985, 5.78-5.80: "people", "police" take plural verbs). */
const ZERO_PLURAL = /^(?:people|police)$/u;
/** A final -s that is no plural: "analysis", "crisis", "status", "class" (Quirk et al. 1985, 5.82-5.84). */
const PLURAL_S = /^[a-z-]+[^isu]s$/u;

/** Each mention text's number and head lemma, worked out once (tagging the mention is the cost). */
const cache = new Map<string, { number: MentionNumber; headLemma: string }>();

/** The mention's tokens, tagged on their own (the mention is a noun phrase). */
function tagged(text: string): Token[] {
  return tokenizeLine(text, 0).flatMap((s) => s.tokens);
}

/** Whether token k of `words` joins two phrases rather than two parts of one name ("Food and Drug Administration"). */
function joinsPhrases(words: Token[], k: number): boolean {
  // AP Stylebook, "ampersand": used when it is part of a company's formal name ("Johnson & Johnson").
  if (words[k].text === '&') return false;
  const [before, after] = [words[k - 1]?.text ?? '', words[k + 1]?.text ?? ''];
  const capital = (w: string) => /^\p{Lu}/u.test(w);
  // "Mr. Grant and Ms. Hale": a title after "and" opens a second name.
  return !capital(before) || !capital(after) || /\.$/u.test(after);
}

/** The number of a lower-case head, or of a capitalised first word that is a common noun ("Engineers said"). */
function commonNumber(word: string, first: boolean): MentionNumber {
  if (/^\p{Lu}/u.test(word)) {
    if (!first) return 'unknown';
    // A word capitalised only because it opens the sentence is a plural common noun when the
    // dictionary gives it a different lemma ("engineers" → "engineer"; "harris" stays "harris").
    const lower = tagged(word.toLowerCase())[0];
    return lower?.pos === 'NOUN' && lower.lemma !== lower.lower && PLURAL_S.test(lower.lower)
      ? 'plural'
      : 'unknown';
  }
  return ZERO_PLURAL.test(word) || PLURAL_S.test(word) ? 'plural' : 'singular';
}

/** A mention's words and where its head phrase ends: before its first post-modifier, a preposition or a relative clause. */
function headPhraseOf(text: string): { words: Token[]; end: number } {
  const words = tagged(text);
  let end = words.findIndex((t, k) => k > 0 && (t.pos === 'ADP' || t.pos === 'SCONJ' || t.lower === 'who'));
  if (end < 0) end = words.length;
  return { words, end };
}

/** A mention's number and head lemma, from one tagging of its words. */
function analysed(text: string): { number: MentionNumber; headLemma: string } {
  const known = cache.get(text);
  if (known) return known;
  const { words, end } = headPhraseOf(text);
  const joined = words.slice(0, end).some((t, k) => t.pos === 'CCONJ' && k > 0 && joinsPhrases(words, k));
  const head = words[end - 1];
  const number: MentionNumber = joined ? 'plural' : head ? commonNumber(head.text, end === 1) : 'unknown';
  const found = { number, headLemma: head?.lemma.toLowerCase() ?? '' };
  cache.set(text, found);
  return found;
}

/** The number of a speaker mention: plural when two phrases are joined or the head is a plural common noun. */
export const mentionNumber = (text: string): MentionNumber => analysed(text).number;

/** The lemma of a mention's head noun, lower case ("Senior White House officials" → "official"). */
export const mentionHeadLemma = (text: string): string => analysed(text).headLemma;
