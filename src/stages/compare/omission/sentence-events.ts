import { reportingVerb } from '../../../lexicons/reporting-verbs.js';
import { functionWords } from '../../../lexicons/word-sets.js';
import type { Sentence, Token } from '../../../model/source.js';
import type { Rarity } from '../context.js';
import { otherForms } from './anchors.js';
import { tokenForms } from './mentions.js';
import { insideQuotes } from './speakers.js';

// Inputs: a sentence and its tokens. The events a sentence reports, each as the forms it is found
// by, and whether a sentence says one in its own voice, for development.ts to look for in the
// other article. Split from development.ts because which
// verbs name an event (not saying, not light, not prepositional) is a question of the sentence
// alone; whether the other article reports them is development.ts's.

/** A verb this common (idf below it: "have", "take", "make") names no particular event. */
const EVENT_IDF = 3;
/**
 * The lemma, the form, and the other forms (anchors.ts `otherForms`: WordNet synonyms, stem) a
 * word is found by. Unlike anchors.ts, which lets other forms only lower the confidence (omit6
 * counted them as present and truth did not improve), an event or participant found by them here
 * counts as said: same-event.ts then refuses the match when mood or outcome differ ("elected" /
 * "the election was postponed"), so that the omission stays shown.
 */
export const formsOf = (t: Token): string[] => [t.lemma, t.lower, ...otherForms(t)];

/**
 * The event said by the other sentence in its own voice: a word of its outside quotation marks
 * (mentions.ts `tokenForms`). As the sentence's
 * own events leave quoted verbs out, a quoted speaker's "happy to weigh in on" another matter is
 * not the outlet reporting the development.
 */
export const saidUnquoted = (forms: string[], sentence: Sentence, text: string): boolean =>
  sentence.tokens.some(
    (t) => tokenForms(t).some((f) => forms.includes(f)) && !insideQuotes(text, sentence, t.start),
  );

/**
 * A light verb ("make", "take", "give") names no event of its own only in a light-verb
 * construction, with an eventive noun as its object or, passive, its subject ("made an offer", "the
 * offer was made"): Huddleston & Pullum (2002), ch. 4 §7. "took Aleppo" (a name) and "gave the city
 * $5 million" (a second object) report an event. With no noun-to-verb derivation data at hand, a
 * common noun alone as object stands for the eventive noun: a proxy that errs towards an event, so
 * towards keeping the omission shown.
 */
function lightUse(tokens: Token[], i: number): boolean {
  const passive = i > 0 && tokens[i - 1].pos === 'AUX';
  const step = passive ? -1 : 1;
  let j = i + step;
  while (j >= 0 && j < tokens.length && ['DET', 'ADJ', 'AUX', 'ADV'].includes(tokens[j].pos)) j += step;
  const second = tokens[j + 1];
  const secondObject =
    !passive && second !== undefined && ['NUM', 'SYM', 'DET', 'PROPN', 'NOUN'].includes(second.pos);
  return tokens[j]?.pos === 'NOUN' && !secondObject;
}

/**
 * A verb form is a marginal preposition ("supporters, including the mayor, say"; Quirk et al.
 * 1985, §9.10) only where it opens a phrase: first in the sentence or after punctuation, never
 * after an auxiliary or its subject ("were following the suspect", "the judge granted bail").
 */
const prepositionUse = (tokens: Token[], i: number): boolean => i === 0 || tokens[i - 1].pos === 'PUNCT';

/**
 * The sentence's events: its own verbs, rare enough to name one, outside quotation marks (a
 * speaker's words are what is said, not what happened), not verbs of saying (every report has
 * one) nor light verbs in a light-verb construction ("was made", of an offer: their noun names the
 * event), nor verb forms used as prepositions ("supporters, including the mayor, say").
 */
export function eventsOf(sentence: Sentence, text: string, rarity: Rarity): string[][] {
  const tokens = sentence.tokens;
  return tokens
    .filter(
      (t, i) =>
        t.pos === 'VERB' &&
        rarity(t.lemma) >= EVENT_IDF &&
        reportingVerb(t.lemma) === undefined &&
        !(functionWords('light-verb').has(t.lemma) && lightUse(tokens, i)) &&
        !(functionWords('marginal-preposition').has(t.lower) && prepositionUse(tokens, i)) &&
        !insideQuotes(text, sentence, t.start),
    )
    .map(formsOf);
}
