// Forms in which wink's tags hide a reporting verb: a 3rd-person -s form tagged as a noun ("Israel
// claims it struck"), a past form tagged as an adjective ("The group alleged that"), a participle
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
    (CLAUSE_OPENERS.has(tokens[i + 1]?.pos ?? '') || closes)
  );
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
