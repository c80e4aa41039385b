// Reporting cues in a sentence: verbs of the reporting-verb lexicon ("said", "claims",
// "confirmed") and phrases ("according to"). wink tags "Israel claims it struck" as a noun,
// so a 3rd-person -s form between a subject and a clause counts as a verb.

import {
  cueVerb,
  hedgeAdverb,
  phrasesStartingWith,
  type ReportingCue,
  reportingVerb,
} from '../../../lexicons/reporting-verbs.js';
import { functionWords, verbClass } from '../../../lexicons/word-sets.js';
import type { Token } from '../../../model/source.js';
import { aspectualBefore } from './aspectual.js';
import { possessed, subjunctive } from './cue-filters.js';
import { headlineCue } from './headline.js';
import { nounCues } from './nominal.js';

/** A cue found in a sentence: the tokens it spans and its lexicon entry. */
export interface Cue {
  first: number;
  last: number;
  entry: ReportingCue;
}

const CLAUSE_OPENERS = new Set(['PRON', 'DET', 'PROPN', 'SCONJ', 'NUM']);
const SUBJECT_ENDS = new Set(['PROPN', 'NOUN', 'PRON', 'CCONJ']);

/** A token tagged as a noun that reads as a present-tense verb in context: "Israel claims it …". */
function verbalNoun(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  const before = tokens[i - 1];
  // "Israel claims it …", and after a plural subject the bare form: "Polls show that …".
  const agrees = /s$/u.test(t.lower) || (before?.pos !== 'PRON' && /s$/u.test(before?.lower ?? ''));
  // "…, The Wall Street Journal reports.": a postposed tag closes the sentence.
  const closes =
    /^[.!?]$/u.test(tokens[i + 1]?.text ?? '') && i + 2 === tokens.length && before?.pos === 'PROPN';
  return (
    t.pos === 'NOUN' &&
    agrees &&
    SUBJECT_ENDS.has(before?.pos ?? '') &&
    (CLAUSE_OPENERS.has(tokens[i + 1]?.pos ?? '') || closes)
  );
}

/**
 * "was revealed", "is expected": the index of the form of be (maybe before an adverb) before a
 * participle at `i`, or -1 when `i` is no passive participle.
 */
function passiveBe(tokens: Token[], i: number): number {
  const be = tokens[i - 1]?.pos === 'ADV' ? i - 2 : i - 1;
  return tokens[be]?.lemma === 'be' && /(?:ed|en|wn|ld)$/u.test(tokens[i].lower) ? be : -1;
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

/** The reporting verb of a regular past form: "alleged" → allege, "claimed" → claim. */
function pastTenseVerb(lower: string): ReportingCue | undefined {
  if (!lower.endsWith('ed')) return undefined;
  return reportingVerb(lower.slice(0, -1)) ?? reportingVerb(lower.slice(0, -2));
}

/** The reporting verb of a present participle: "saying" → say, "arguing" → argue, "admitting" → admit. */
function participleVerb(lower: string): ReportingCue | undefined {
  if (!lower.endsWith('ing')) return undefined;
  const stem = lower.slice(0, -3);
  return reportingVerb(stem) ?? reportingVerb(`${stem}e`) ?? reportingVerb(stem.slice(0, -1));
}

/** The phrase cue ("according to", "called for") starting at token `i`: first word by lemma, the rest as written. */
function phraseAt(tokens: Token[], i: number): Cue | undefined {
  const t = tokens[i];
  const candidates = [
    ...phrasesStartingWith(t.lemma),
    ...(t.lower === t.lemma ? [] : phrasesStartingWith(t.lower)),
  ];
  for (const { words, cue } of candidates) {
    if (words.every((w, k) => k === 0 || tokens[i + k]?.lower === w))
      return { first: i, last: i + words.length - 1, entry: cue };
  }
  return undefined;
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
    const t = tokens[i];
    const hedge = t.pos === 'ADV' ? hedgeAdverb(t.lower) : undefined;
    if (hedge) {
      cues.push({ first: i, last: i, entry: hedge });
      continue;
    }
    // wink tags "The group alleged that …" as an adjective with lemma "alleged".
    const misTagged = t.pos === 'ADJ' && tokens[i + 1]?.lower === 'that';
    // … and ", saying …" as a noun: a participle after a comma or "with X" is the verb.
    const ing = t.pos !== 'VERB' && (tokens[i - 1]?.text === ',' || tokens[i - 2]?.lower === 'with');
    const ingEntry = ing ? participleVerb(t.lower) : undefined;
    // A verb derived from WordNet only where wink reads a verb (cueVerb): "records he said" is a noun.
    const verb = t.pos === 'VERB' ? cueVerb(t.lemma) : reportingVerb(t.lemma);
    const entry = ingEntry ?? verb ?? (misTagged ? pastTenseVerb(t.lower) : undefined);
    if (!entry) continue;
    // "to say", "the said", "reported strikes": infinitives and modifiers are not reports, but
    // an aspectual verb's infinitive is ("began to call for a recount"), and is the cue in its place.
    const aspectual = aspectualBefore(tokens, i);
    if (
      (tokens[i - 1]?.lower === 'to' && aspectual < 0) ||
      functionWords('determiner').has(tokens[i - 1]?.lower ?? '')
    )
      continue;
    if (possessed(tokens, i) || subjunctive(tokens, i)) continue;
    // "The bill was criticized by …": a passive participle reports what its subject names, no proposition.
    const be = passiveBe(tokens, i);
    if (be >= 0) {
      if (t.pos === 'VERB' && reportedPassive(tokens, i, be, entry))
        passives.push({ first: i, last: i, entry: { ...entry, kind: 'passive' } });
      continue;
    }
    // "would continue to insist": the modal stands before the aspectual verb, not the infinitive.
    if (hypothetical(tokens, aspectual >= 0 ? aspectual : i)) continue;
    if (t.pos === 'VERB' || misTagged || ingEntry || verbalNoun(tokens, i)) {
      // The infinitive takes the aspectual verb's place only once it has passed every filter.
      if (aspectual >= 0 && cues.at(-1)?.first === aspectual) cues.pop();
      cues.push({ first: i, last: i, entry });
    }
  }
  const title = cues.length === 0 ? headlineCue(tokens) : undefined;
  if (title) cues.push(title);
  return [...cues, ...nounCues(tokens, cues), ...passives].sort((a, b) => a.first - b.first);
}
