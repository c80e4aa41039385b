// Whether a noun phrase can be the source of a report: the guard of rules that read a subject
// which the cue's own construction does not mark as a person (topic.ts, distant-subject.ts,
// subject-extent.ts).
import { reportingNoun } from '../../../lexicons/reporting-nouns.js';
import { isPersonOrOrganisation, isRoleNoun } from '../../../lexicons/role-nouns.js';
import type { Token } from '../../../model/source.js';
import type { TokenRange } from '../../../text/noun-phrase.js';

/**
 * Whether a subject can be a speaker: a name, a pronoun, or a noun WordNet 3.1 lists for people
 * or organisations ("the senator", "the council"). The verbs of topic cues also take things as
 * subjects: "A prior version of this item misstated the time" is a correction, not a report.
 */
export const canSpeak = (np: Token[]): boolean =>
  np.some((t) => t.pos === 'PROPN' || t.pos === 'PRON' || (t.pos === 'NOUN' && isRoleNoun(t.lemma)));

/** Whether the phrase's head is a document noun of reporting-nouns.yaml ("the audit", "the study"). */
const isDocument = (np: Token[]): boolean =>
  np.length > 0 && reportingNoun(np[np.length - 1].lemma, 'document') !== undefined;

/**
 * "The mayor, who lives nearby, said …": a non-restrictive relative clause set off by commas marks
 * its antecedent as the clause's subject even with no name in it (Quirk et al. 1985, 17.22). "which"
 * also takes things and events ("The storm, which hit …, proved"): only a speaker or a document
 * ("The study, which covers …, found").
 */
export function relativeAntecedent(tokens: Token[], np: TokenRange): boolean {
  const words = tokens.slice(np.first, np.last + 1);
  const pronoun = tokens[np.last + 2]?.lower ?? '';
  return pronoun === 'who' || (pronoun === 'which' && (canSpeak(words) || isDocument(words)));
}

/** Personal pronouns, which stand for people ("She, however, said"); "it" and "this" stand for things and facts. */
const PERSONAL = /^(?:i|we|you|he|she|they)$/u;

/**
 * Whether the phrase's head names a speaker: a name, a personal pronoun, or a noun WordNet 3.1 files
 * under person or organisation ("the council"), not a thing, a fact or another group ("It",
 * "This", "The economy", "The storm").
 */
const speakerHead = (head: Token | undefined): boolean =>
  !!head &&
  (head.pos === 'PROPN' ||
    (head.pos === 'PRON' && PERSONAL.test(head.lower)) ||
    (head.pos === 'NOUN' && isPersonOrOrganisation(head.lemma)));

/**
 * "The council, however, said", "The harbor master, at a meeting on Tuesday, said": an adverb or a
 * prepositional phrase set off by commas between subject and verb is an adjunct of the clause, not
 * an appositive, so the phrase before it is the subject (Quirk et al. 1985, 8.17 and 15.54 on
 * adjuncts in medial position). Only a phrase whose head is a speaker: not "The storm, in its first
 * hours, proved", "It, however, proved", "The economy, however, suggests".
 */
export function adjunctAside(tokens: Token[], np: TokenRange, j: number): boolean {
  const next = tokens[np.last + 2];
  const adverb = next?.pos === 'ADV' && np.last + 3 === j;
  return (adverb || next?.pos === 'ADP') && speakerHead(tokens[np.last]);
}

/**
 * Whether the phrase's head names a speaker (a name, a personal pronoun, a person or an
 * organisation), not an instrument or a thing: "The X-ray revealed a fracture" reports nothing.
 * The guard of the message-object path, whose verbs also take things as subjects.
 */
export const speakerHeaded = (tokens: Token[], np: TokenRange | null): boolean =>
  !!np && speakerHead(tokens[np.last]);
