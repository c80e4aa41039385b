// A fronted adjunct before a postposed cue: "On the radio, the treasurer said the levy …",
// "Leaving the hall, the treasurer called for a recount". The words before the comma state
// nothing the speaker said; the cue's content follows it (postposed.ts).
import { verbClass } from '../../../lexicons/word-sets.js';
import type { Token } from '../../../model/source.js';
import { isClosingQuote, isOpeningQuote } from '../../../text/quotes.js';
import { addresseeAt } from './addressee.js';
import { isLinking } from './clause-breaks.js';
import { isVerb } from './content-end.js';

/**
 * Where the content starts after a cue that follows a fronted adjunct, or -1: the next word (after
 * the addressee of "tell"), unless it is a preposition ("said in an interview": nothing follows but another adjunct). After a comma
 * ("During his term, Obama said, most voters …") only when the sentence opens with a preposition,
 * conjunction or adverb; after a noun phrase ("The goal, he said, is …") the tag is parenthetical,
 * inside the clause, which the old reading keeps.
 */
export function contentAfter(tokens: Token[], from: number, lemma: string): number {
  // "told reporters": the addressee is no content; what follows it may be ("told reporters the vote …").
  if (verbClass('addressee').has(lemma)) {
    const addressee = addresseeAt(tokens, from);
    if (!addressee) return -1;
    return /\p{L}/u.test(tokens[addressee.last + 1]?.text ?? '') ? addressee.last + 1 : -1;
  }
  const t = tokens[from];
  if (t && /\p{L}/u.test(t.text)) return t.pos === 'ADP' ? -1 : from;
  const adjunctFirst = /^(?:ADP|SCONJ|ADV)$/u.test(tokens[0]?.pos ?? '');
  return t?.text === ',' && adjunctFirst && /\p{L}/u.test(tokens[from + 1]?.text ?? '') ? from + 1 : -1;
}

/**
 * Whether the words up to `end` hold no finite verb and no quotation mark: an adjunct, not a clause.
 * A participle that opens the sentence, maybe after a linking preposition ("Leaving the hall, …",
 * "After reading the report, …"), heads a non-finite adverbial clause (Quirk et al. 1985, 15.58):
 * it and the participles coordinated with it ("Leaving the hall and waving a flyer") state
 * nothing. Any other verb makes the words a clause: "Rising costs forced the closure" (a
 * premodifying participle and a finite verb), "Leaving the port cost millions" (a gerund subject).
 */
export function adverbialOnly(tokens: Token[], end: number): boolean {
  const lead = isLinking(tokens[0]?.lower ?? '') ? 1 : 0;
  for (let k = 0; k <= end; k++) {
    const t = tokens[k];
    if (isOpeningQuote(t.text) || isClosingQuote(t.text)) return false;
    if (isVerb(t) && !(nonFinite(t) && (k === lead || coordinated(tokens, k)))) return false;
  }
  return true;
}

/** A participle form (-ing, -ed, -en) tagged as a verb. */
function nonFinite(t: Token): boolean {
  return t.pos === 'VERB' && /(?:ing|ed|en)$/u.test(t.lower);
}

/** "… and waving": a participle right after "and"/"or" coordinated with the opening one. */
function coordinated(tokens: Token[], k: number): boolean {
  return /^(?:and|or)$/u.test(tokens[k - 1]?.lower ?? '') && /ing$/u.test(tokens[k].lower);
}
