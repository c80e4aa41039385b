import { dateWords } from '../../../lexicons/date-words.js';
import { posClass } from '../../../lexicons/word-sets.js';
import type { Token } from '../../../model/source.js';

/**
 * The lemma of the event a date is about, when one is near: the noun after a possessive
 * ("Tuesday's plenary session" → session), an event noun just before ("the assault early on
 * May 10" → assault), else the nearest full verb before, then after, in the sentence
 * ("struck … on Thursday" → strike, "on April 4 reaffirmed" → reaffirm).
 */
export function eventNear(tokens: Token[], first: number, last: number): string | null {
  const { events } = dateWords();
  if (/^['’]s$/.test(tokens[last + 1]?.lower ?? '')) {
    for (let i = last + 2; i < tokens.length && i <= last + 4; i++) {
      if (tokens[i].pos === 'NOUN') return tokens[i].lemma;
    }
  }
  for (let i = first - 1; i >= 0 && i >= first - 4; i--) {
    if (events.has(tokens[i].lemma)) return tokens[i].lemma;
    if (!posClass('date-skip').has(tokens[i].pos)) break;
  }
  for (let i = first - 1; i >= 0 && i >= first - 10; i--) {
    if (tokens[i].pos === 'VERB') return tokens[i].lemma;
  }
  for (let i = last + 1; i < tokens.length && i <= last + 6; i++) {
    if (tokens[i].pos === 'VERB') return tokens[i].lemma;
  }
  return null;
}
