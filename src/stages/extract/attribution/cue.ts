// Reporting cues in a sentence: verbs of the reporting-verb lexicon ("said", "claims",
// "confirmed"), phrases ("according to") and hedging adverbs; verbs that wink mis-tags are found
// through cue-forms.ts.

import {
  cueVerb,
  hedgeAdverb,
  type PhraseCue,
  phrasesStartingWith,
  type ReportingCue,
  reportingVerb,
} from '../../../lexicons/reporting-verbs.js';
import { functionWords, verbClass } from '../../../lexicons/word-sets.js';
import type { Token } from '../../../model/source.js';
import { aspectualBefore } from './aspectual.js';
import { possessed, subjunctive } from './cue-filters.js';
import { participleVerb, pastTenseVerb, verbalNoun } from './cue-forms.js';
import { headlineCue } from './headline.js';
import { nounCues } from './nominal.js';

/** A cue found in a sentence: the tokens it spans and its lexicon entry. */
export interface Cue {
  first: number;
  last: number;
  entry: ReportingCue;
}

/**
 * "was revealed", "is expected": the index of the form of be (maybe before an adverb) before a
 * participle at `i`, or -1 when `i` is no passive participle.
 */
function passiveBe(tokens: Token[], i: number): number {
  const be = tokens[i - 1]?.pos === 'ADV' ? i - 2 : i - 1;
  // "is being criticized": the progressive passive (Quirk et al. 1985, 3.54); wink lemmatises
  // "being" as itself.
  const form = tokens[be]?.lemma === 'be' || tokens[be]?.lower === 'being';
  return form && /(?:ed|en|wn|ld)$/u.test(tokens[i].lower) ? be : -1;
}

/**
 * Whether passive cue `i`, with its form of be at `be`, reports a statement made: not an act ("was
 * declined"), not after a modal or "to" ("would be criticized", "is to be praised": possible, not
 * made), and not a verb whose passive subject is the addressee ("She was asked about the plan": she
 * said nothing).
 */
function reportedPassive(tokens: Token[], i: number, be: number, entry: ReportingCue): boolean {
  if (entry.frame === 'act' || verbClass('addressee').has(tokens[i].lemma)) return false;
  return !hypothetical(tokens, be) && tokens[be - 1]?.lower !== 'to';
}

/**
 * "would consider", "could not say": a modal before the verb (over adverbs and "not") makes the
 * statement possible, not made (Quirk et al. 1985, ch. 4 on modal meanings), so it is no report.
 */
function hypothetical(tokens: Token[], i: number): boolean {
  let k = i - 1;
  while (k >= 0 && (tokens[k].pos === 'ADV' || tokens[k].pos === 'PART')) k--;
  return k >= 0 && tokens[k].pos === 'AUX' && verbClass('modal').has(tokens[k].lemma);
}

/** The phrase cue ("according to", "called for") starting at token `i`: first word by lemma, the rest as written. */
function phraseAt(tokens: Token[], i: number): Cue | undefined {
  const t = tokens[i];
  // The lemma's phrases, then the surface's: no list is built, as this runs for every token.
  return (
    phraseIn(tokens, i, phrasesStartingWith(t.lemma)) ??
    (t.lower === t.lemma ? undefined : phraseIn(tokens, i, phrasesStartingWith(t.lower)))
  );
}

/** The first of `phrases` whose words after the first follow token `i` as written. */
function phraseIn(tokens: Token[], i: number, phrases: readonly PhraseCue[]): Cue | undefined {
  for (const { words, cue } of phrases) {
    if (words.every((w, k) => k === 0 || tokens[i + k]?.lower === w))
      return { first: i, last: i + words.length - 1, entry: cue };
  }
  return undefined;
}

/** The verb cue's entry at `i`, and whether wink mis-tagged it (then its tag need not be VERB). */
function verbEntry(tokens: Token[], i: number): { entry: ReportingCue; loose: boolean } | undefined {
  const t = tokens[i];
  // wink tags "The group alleged that …" as an adjective with lemma "alleged".
  const misTagged = t.pos === 'ADJ' && tokens[i + 1]?.lower === 'that';
  // … and ", saying …" as a noun: a participle after a comma or "with X" is the verb.
  const ing = t.pos !== 'VERB' && (tokens[i - 1]?.text === ',' || tokens[i - 2]?.lower === 'with');
  const ingEntry = ing ? participleVerb(t.lower) : undefined;
  // A verb derived from WordNet only where wink reads a verb (cueVerb): "records he said" is a noun.
  const verb = t.pos === 'VERB' ? cueVerb(t.lemma) : reportingVerb(t.lemma);
  const entry = ingEntry ?? verb ?? (misTagged ? pastTenseVerb(t.lower) : undefined);
  return entry && { entry, loose: misTagged || ingEntry !== undefined };
}

/** Adds the verb cue at `i` to `cues` or `passives`, unless it is no report made. */
function addVerbCue(tokens: Token[], i: number, cues: Cue[], passives: Cue[]): void {
  const found = verbEntry(tokens, i);
  if (!found) return;
  const { entry } = found;
  // "to say", "the said", "reported strikes": infinitives and modifiers are not reports, but
  // an aspectual verb's infinitive is ("began to call for a recount"), and is the cue in its place.
  const aspectual = aspectualBefore(tokens, i);
  if (
    (tokens[i - 1]?.lower === 'to' && aspectual < 0) ||
    functionWords('determiner').has(tokens[i - 1]?.lower ?? '')
  )
    return;
  if (possessed(tokens, i) || subjunctive(tokens, i)) return;
  // "The bill was criticized by …": a passive participle reports what its subject names, no proposition.
  const be = passiveBe(tokens, i);
  if (be >= 0) {
    if (tokens[i].pos === 'VERB' && reportedPassive(tokens, i, be, entry))
      passives.push({ first: i, last: i, entry: { ...entry, kind: 'passive' } });
    return;
  }
  // "would continue to insist": the modal stands before the aspectual verb, not the infinitive.
  if (hypothetical(tokens, aspectual >= 0 ? aspectual : i)) return;
  if (tokens[i].pos !== 'VERB' && !found.loose && !verbalNoun(tokens, i)) return;
  // The infinitive takes the aspectual verb's place only once it has passed every filter.
  if (aspectual >= 0 && cues.at(-1)?.first === aspectual) cues.pop();
  cues.push({ first: i, last: i, entry });
}

/** Every reporting cue of the sentence, left to right. */
export function findCues(tokens: Token[]): Cue[] {
  const cues: Cue[] = [];
  // Passive cues are kept apart, so that they change neither the headline nor the noun cues.
  const passives: Cue[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const phrase = phraseAt(tokens, i);
    if (phrase) {
      cues.push(phrase);
      i = phrase.last;
      continue;
    }
    const hedge = tokens[i].pos === 'ADV' ? hedgeAdverb(tokens[i].lower) : undefined;
    if (hedge) cues.push({ first: i, last: i, entry: hedge });
    else addVerbCue(tokens, i, cues, passives);
  }
  const title = cues.length === 0 ? headlineCue(tokens) : undefined;
  if (title) cues.push(title);
  const nouns = nounCues(tokens, cues);
  // The verb and phrase cues are found left to right: sorted already, unless others join them.
  if (nouns.length === 0 && passives.length === 0) return cues;
  return [...cues, ...nouns, ...passives].sort((a, b) => a.first - b.first);
}
