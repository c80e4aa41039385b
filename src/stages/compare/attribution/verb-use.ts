import { cueFrame } from '../../../lexicons/reporting-verbs.js';
import type { VerbClass } from '../../../lexicons/stance-verbs.js';
import type { ActorRef, AttributionClaim } from '../../../model/claim.js';
import { differentSpeakers } from './attribution-content.js';
import { initials } from './attribution-shared.js';

// Inputs: one attribution claim and its text, or two speakers. Output: whether the cue reports a
// statement, whom a charge is laid against, and whether two speakers may be one source
// (compare/attribution-verb, review 3 of 2026-11-30: H1, H2).

/**
 * "accused her of hiding …": a short object, a pronoun or a name, then "of" and the charge
 * (FrameNet, Judgment_communication). Only for cues whose object is their content (`frame:
 * object` in reporting-verbs.yaml): "the video shows the mayor of the city …" lays no charge.
 */
const CHARGE =
  /^\s+((?:him|her|them|it|us|me|you)|(?:\p{Lu}[\p{L}'’.-]*\s+){0,3}\p{Lu}[\p{L}'’.-]*)\s+of\s+\p{L}/u;

/** The person a charge is laid against ("him", "Mayor Lee" of "accused Mayor Lee of …"), if the cue lays one. */
export function accused(text: string, c: AttributionClaim): string | undefined {
  if (cueFrame(c.cue.lemma) !== 'object') return undefined;
  return CHARGE.exec(text.slice(c.cue.end, c.content.end))?.[1];
}

/**
 * Whether a cue is used as a verb of speech: a neutral verb ("said") always; another only before
 * "that" or a quotation mark, after its content ('…," he noted'), or with a charge ("accused her
 * of hiding"). "Documents showed how", "has shown a certificate", "can be found here" report no
 * statement.
 */
export function speechUse(text: string, c: AttributionClaim, cls: VerbClass): boolean {
  if (cls === 'neutral' || c.content.end <= c.cue.start) return true;
  if (accused(text, c) !== undefined) return true;
  return /^[,:]?\s*(?:that\b|["“])/i.test(text.slice(c.cue.end, c.cue.end + 8));
}

/** A source that is a description ("the Republican congressmen"), not a name: it may be anyone named. */
const described = (s: ActorRef) => !/\p{Lu}[\p{L}'’.-]*$/u.test(s.text.trim());

const bare = (s: string) =>
  s
    .toLowerCase()
    .replace(/^(?:the|a|an)\s+/u, '')
    .trim();

/**
 * Whether a speaker is a group named after the other ("critics of the mayor", "lawyers for Mayor
 * Lee" against "the mayor"): a plural head before "of"/"for", so a title ("Secretary of State
 * Ida Marsh") is not one.
 */
function groupAround(x: ActorRef, y: ActorRef): boolean {
  const tail = /^(?:the\s+)?(?:\p{L}+\s+)?\p{L}+s\s+(?:of|for)\s+(.+)$/iu.exec(x.text.trim())?.[1];
  if (!tail) return false;
  const [t, s] = [bare(tail), bare(y.text)];
  return (
    t === s ||
    t.endsWith(` ${s}`) ||
    !differentSpeakers({ ...y, text: tail, group: null }, { ...y, group: null })
  );
}

/**
 * Whether two sources may be one: they share a name, one is a description, or one is the other's
 * initials; never a group named after the other ("critics of the mayor" and "the mayor").
 */
export function sameSource(x: ActorRef | undefined, y: ActorRef | undefined): boolean {
  if (!x || !y) return true;
  if (groupAround(x, y) || groupAround(y, x)) return false;
  if (described(x) || described(y) || !differentSpeakers(x, y)) return true;
  // "DNC" for "the Democratic National Committee".
  const acronym = (a: ActorRef, b: ActorRef) =>
    initials(a.text).length > 1 && b.text.includes(initials(a.text));
  return acronym(x, y) || acronym(y, x);
}
