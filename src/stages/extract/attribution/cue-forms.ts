// Forms in which wink's tags hide a reporting verb: a 3rd-person -s form tagged as a noun ("Israel
// claims it struck", "The federation claims teachers' wages have fallen"), a past form tagged as an adjective ("The group alleged that"), a participle
// tagged as a noun (", saying …"). Each gives the verb's lexicon entry.
import { type ReportingCue, reportingVerb } from '../../../lexicons/reporting-verbs.js';
import type { Token } from '../../../model/source.js';

const CLAUSE_OPENERS = new Set(['PRON', 'DET', 'PROPN', 'SCONJ', 'NUM']);
const SUBJECT_ENDS = new Set(['PROPN', 'NOUN', 'PRON', 'CCONJ']);

/** A token tagged as a noun that reads as a present-tense verb in context: "Israel claims it …". */
export function verbalNoun(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  const before = tokens[i - 1];
  // "Israel claims it …", and after a plural subject the bare form: "Polls show that …".
  const agrees = /s$/u.test(t.lower) || (before?.pos !== 'PRON' && /s$/u.test(before?.lower ?? ''));
  // "…, The Harbor Gazette reports.": a postposed tag closes the sentence.
  const closes =
    /^[.!?]$/u.test(tokens[i + 1]?.text ?? '') && i + 2 === tokens.length && before?.pos === 'PROPN';
  return (
    t.pos === 'NOUN' &&
    agrees &&
    SUBJECT_ENDS.has(before?.pos ?? '') &&
    (CLAUSE_OPENERS.has(tokens[i + 1]?.pos ?? '') || closes || pluralSubjectClause(tokens, i + 1))
  );
}

/** How many words a bare plural subject may run before its verb ("teachers' real wages have"). */
const SUBJECT_REACH = 4;
const SUBJECT_WORDS = new Set(['NOUN', 'ADJ', 'PART']);

/**
 * Whether a clause with a bare plural noun as its subject opens at token `j`: a plural noun, at
 * most a few nouns and adjectives (and a possessive mark), then a verb or auxiliary ("The
 * federation claims teachers' real wages have fallen"; blind 43 reader: the claim was read as the
 * outlet's). A singular count noun needs a determiner to open a clause (Quirk et al. 1985, ch. 5, count nouns),
 * so "The federation claims office handled …" stays a noun compound.
 */
function pluralSubjectClause(tokens: Token[], j: number): boolean {
  const head = tokens[j];
  if (head?.pos !== 'NOUN' || head.lower === head.lemma) return false;
  for (let k = j + 1; k < tokens.length && k <= j + SUBJECT_REACH; k++) {
    const t = tokens[k];
    if (t.pos === 'AUX' || (t.pos === 'VERB' && !t.lower.endsWith('ing'))) return true;
    if (!SUBJECT_WORDS.has(t.pos) && !/^['’]s?$/u.test(t.text)) return false;
  }
  return false;
}

/** The reporting verb of a regular past form: "alleged" → allege, "claimed" → claim. */
export function pastTenseVerb(lower: string): ReportingCue | undefined {
  if (!lower.endsWith('ed')) return undefined;
  return reportingVerb(lower.slice(0, -1)) ?? reportingVerb(lower.slice(0, -2));
}

/** The reporting verb of a present participle: "saying" → say, "arguing" → argue, "admitting" → admit. */
export function participleVerb(lower: string): ReportingCue | undefined {
  if (!lower.endsWith('ing')) return undefined;
  const stem = lower.slice(0, -3);
  return reportingVerb(stem) ?? reportingVerb(`${stem}e`) ?? reportingVerb(stem.slice(0, -1));
}
