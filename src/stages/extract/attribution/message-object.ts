// The message object of a verb of saying: "The mayor cited A NEW STUDY", ", citing A THREAT to
// health". Only verbs whose bare object is the message itself (verb-classes.yaml, `message-object`),
// and only with a speaker at the head of the subject; the content is no proposition.
import { entityWords, posClass, verbClass } from '../../../lexicons/word-sets.js';
import type { Token } from '../../../model/source.js';
import { phraseStartingAt, type TokenRange } from '../../../text/noun-phrase.js';
import { speakerHeaded } from './can-speak.js';
import { type AttributionRule, attribution, type CueContext, notProposition, speakerOf } from './context.js';
import type { Cue } from './cue.js';

/**
 * A cue whose object may name what is said: a WordNet verb of an object frame, or a verb of saying
 * whose clause rules found no clause ("cited a new study"; verb-classes.yaml,
 * `message-object`, after Levin 1993, §37.1 and §37.7).
 */
export function objectTopic(cue: Cue): boolean {
  return cue.entry.frame === 'topic' || messageVerb(cue);
}

/**
 * A verb of saying whose object may be the message: "cited a study", "echoed her concerns"
 * (verb-classes.yaml, `message-object`); a clause verb ("echoed that …") keeps its clause first.
 */
function messageVerb(cue: Cue): boolean {
  const clause = cue.entry.frame === 'any' || cue.entry.frame === 'clause';
  return cue.entry.kind === 'verb' && clause && verbClass('message-object').has(cue.entry.lemma);
}

/**
 * The message a verb of saying names by its object at `k`, or null: a noun phrase that no verb
 * follows ("reported the trip costs rose" is a clause with its "that" left out, Quirk et al. 1985,
 * §16.32) and no pronoun ("explained nothing", "cited it" name no message of their own); a pronoun
 * with a noun after it is the phrase's possessive determiner ("cited her record", Quirk et al.
 * 1985, §5.10 and §6.27), and the phrase is the message.
 */
export function messageAt(tokens: Token[], k: number): TokenRange | null {
  const t = tokens[k];
  const determiner =
    entityWords('possessive-determiner').has(t?.lower ?? '') &&
    posClass('nominal').has(tokens[k + 1]?.pos ?? '');
  if (!t || (t.pos === 'PRON' && !determiner) || t.pos === 'ADP') return null;
  if (!determiner && !posClass('object-start').has(t.pos)) return null;
  const object = phraseStartingAt(tokens, k);
  const after = tokens[(object?.last ?? k) + 1]?.pos ?? '';
  return object && after !== 'VERB' && after !== 'AUX' ? object : null;
}

/**
 * The guard of both message-object paths: what a verb of saying names as its message at `k`, a
 * quotation found there (`quoted`) or else a noun phrase (`messageAt`), only when a speaker heads
 * its subject `np`; else null.
 */
export function spokenMessage<Q = never>(
  tokens: Token[],
  k: number,
  np: TokenRange | null,
  quoted?: Q | null,
): Q | TokenRange | null {
  if (!speakerHeaded(tokens, np)) return null;
  return quoted ?? messageAt(tokens, k);
}

/** ", citing A THREAT to health": the noun phrase right after a verb of saying, as a non-proposition content. */
export function messageObject(ctx: CueContext, np: TokenRange): ReturnType<AttributionRule> {
  const { tokens, cue } = ctx;
  const object = messageVerb(cue) ? spokenMessage(tokens, cue.last + 1, np) : null;
  if (!object) return null;
  const { start } = tokens[object.first];
  const draft = attribution(
    ctx,
    'extract/attribution-participle',
    speakerOf(ctx, np),
    start,
    tokens[object.last].end,
  );
  return notProposition(draft);
}
