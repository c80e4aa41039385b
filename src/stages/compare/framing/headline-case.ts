// Inputs: a sentence. Output: the same sentence, its words tagged as if written in sentence case
// when it is a headline in title case. The tagger reads every capitalised word of "Controversial
// Sheriff Faces Harsh Criticism" as a name, so a modifier or a verb there would never be read as one.
import type { Sentence } from '../../../model/source.js';
import { tokenizeLine } from '../../../text/nlp.js';
import { isTitleCase } from '../../../text/title-case.js';

/** Share of the longer words that must start with a capital for a headline to be in title case. */
const TITLE_SHARE = 0.8;
/** Words this long or longer decide; title case styles leave short function words ("on", "to") lower. */
const LONG = 4;

/**
 * True when most of the headline's longer words are capitalised. Stricter than descriptions.ts
 * (text/title-case.ts): a headline this finds is tagged again in lower case, which would take the
 * names of a sentence-case headline for words, so it asks for 0.8 and at least two longer words.
 * It counts the words of the raw text, not tokens, because it decides before tokenising again.
 */
function titleCase(text: string): boolean {
  const words = (text.match(/\p{L}[\p{L}'’-]*/gu) ?? []).filter((w) => w.length >= LONG);
  return isTitleCase(words, { minWords: 2, share: TITLE_SHARE });
}

const cache = new WeakMap<Sentence, Sentence>();

/**
 * A headline in title case, tokenised again from its lower-cased text so that the tagger reads
 * its words as words; offsets and surfaces stay those of the original. Other sentences, and a
 * headline whose lower-cased text changes length, are returned as they are.
 */
export function inSentenceCase(sentence: Sentence): Sentence {
  const hit = cache.get(sentence);
  if (hit) return hit;
  const lower = sentence.text.toLowerCase();
  let found = sentence;
  if (sentence.role === 'headline' && lower.length === sentence.text.length && titleCase(sentence.text)) {
    const tokens = tokenizeLine(lower, sentence.start)
      .flatMap((s) => s.tokens)
      .map((t) => ({ ...t, text: sentence.text.slice(t.start - sentence.start, t.end - sentence.start) }));
    found = { ...sentence, tokens };
  }
  cache.set(sentence, found);
  return found;
}
