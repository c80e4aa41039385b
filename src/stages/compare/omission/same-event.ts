import { irrealisMarker } from '../../../lexicons/irrealis-markers.js';
import { negativeImplicative } from '../../../lexicons/negative-implicatives.js';
import { reportingVerb } from '../../../lexicons/reporting-verbs.js';
import { functionWords } from '../../../lexicons/word-sets.js';
import type { Sentence, Token } from '../../../model/source.js';

// Inputs: an event verb of one article's sentence (its forms, development.ts) and a sentence of the
// other article. Whether that sentence reports the same event, not merely the same verb: review of
// omit11, item 1. "would not be fired" is not "were fired"; "voted against" is not "voted for";
// "the election was postponed" is not "were elected". When unsure the answer is no, so that the
// omission stays shown (a true omission hidden costs more than a detail shown twice).

/**
 * How a sentence presents its acts: negated (a negation word, Huddleston & Pullum 2002 ch. 9; a
 * negative implicative, Karttunen 1971: "refused to"; a verb of denial of the reporting lexicon:
 * "denied rumours that they had resigned") and irrealis (a modal or an intent verb before "to":
 * data/irrealis-markers.yaml; a reporting verb before "to" and a verb: "is expected to
 * sentence", Levin 1993 §29.5). Read over the whole sentence: coarser than the verb's own clause,
 * so it refuses more matches, never fewer.
 */
function moodOf(sentence: Sentence): string {
  const t = sentence.tokens;
  const infinitive = (i: number) => t[i + 1]?.lower === 'to' && ['VERB', 'AUX'].includes(t[i + 2]?.pos ?? '');
  const negated = t.some(
    (x, i) =>
      functionWords('negation').has(x.lower) ||
      (negativeImplicative(x.lemma) && t[i + 1]?.lower === 'to') ||
      (x.pos === 'VERB' && reportingVerb(x.lemma)?.stance === 'denied'),
  );
  const irrealis = t.some((x, i) => {
    const kind = irrealisMarker(x.lemma);
    if (kind === 'modal') return x.pos === 'AUX' || x.pos === 'VERB';
    if (kind === 'intent') return t[i + 1]?.lower === 'to';
    return x.pos === 'VERB' && reportingVerb(x.lemma) !== undefined && infinitive(i);
  });
  return `${negated ? 'negated' : 'affirmed'}:${irrealis ? 'irrealis' : 'realis'}`;
}

/** The tokens of a sentence one of whose forms is among the event's forms. */
const matching = (s: Sentence, forms: string[], formsOf: (t: Token) => string[]): number[] =>
  s.tokens.flatMap((t, i) =>
    (t.pos === 'VERB' || t.pos === 'NOUN') && formsOf(t).some((f) => forms.includes(f)) ? [i] : [],
  );

/** The preposition right after a verb ("voted for", "voted against"), if any. */
const particle = (tokens: Token[], i: number): string | undefined =>
  tokens[i + 1]?.pos === 'ADP' ? tokens[i + 1].lower : undefined;

/** What the same-event test needs of the sentence the event comes from. */
export interface EventSide {
  sentence: Sentence;
  formsOf: (t: Token) => string[];
}

/**
 * Whether `other` (a sentence of the other article, with its own events) reports the event
 * `forms` of `own.sentence`: the same mood; the same preposition after the verb where both have
 * one; and where the other names the event by a noun ("election"), no event of its own that the
 * sentence lacks ("was postponed"): the noun's outcome is then told by another verb.
 */
export function sameEvent(
  own: EventSide,
  forms: string[],
  other: Sentence,
  otherEvents: string[][],
): boolean {
  if (moodOf(own.sentence) !== moodOf(other)) return false;
  const mine = matching(own.sentence, forms, own.formsOf).find((i) => own.sentence.tokens[i].pos === 'VERB');
  if (mine === undefined) return false;
  const mineParticle = particle(own.sentence.tokens, mine);
  const ownForms = new Set(own.sentence.tokens.flatMap(own.formsOf));
  const theirs = matching(other, forms, own.formsOf);
  // "voted for" against "voted against": one verb with another outcome, wherever the other says it.
  if (mineParticle && theirs.some((i) => ![undefined, mineParticle].includes(particle(other.tokens, i))))
    return false;
  return theirs.some(
    (i) => other.tokens[i].pos === 'VERB' || otherEvents.every((e) => e.some((f) => ownForms.has(f))),
  );
}
