import type { SpeakerKind } from '../lexicons/speaker-kinds.js';
import type { ActorRef, Claim } from '../model/claim.js';
import { speakerKeys } from '../text/speaker-key.js';
import { speakerKind } from '../text/speaker-kind.js';

// One source's speaker keys, made once from every claim's speaker, for claims.csv's `speaker_key`
// and the outlet profile's `speakers` alike (review of fixux8, item 5: the two keyed different
// mentions, so the profile's count could not be rebuilt from claims.csv).

/** The speaker the `speaker` column shows: the cue's for a reported statement, the blamer, else the basis's. */
export function speakerOf(claim: Claim): ActorRef | null | undefined {
  if (claim.kind === 'attribution') return claim.speaker;
  if (claim.kind === 'blame') return claim.blamedBy;
  return claim.basis.speaker;
}

/** The name a speaker mention stands for: a pronoun's antecedent where the extractor found one. */
const resolved = (ref: ActorRef) => ref.antecedent?.text ?? ref.text;

/**
 * The speaker key of each of one source's claims (`undefined` when it has no speaker or an
 * unresolved pronoun), keyed over all the source's claims at once (text/speaker-key.ts).
 */
export function sourceSpeakerKeys(claims: readonly Claim[]): (claim: Claim) => string | undefined {
  const mentions = claims.map(speakerOf).filter((ref): ref is ActorRef => Boolean(ref));
  const keys = speakerKeys(mentions.map(resolved));
  return (claim) => {
    const speaker = speakerOf(claim);
    return speaker ? keys.get(resolved(speaker)) : undefined;
  };
}

/** The kind of a claim's speaker (text/speaker-kind.ts), from its resolved mention; undefined without one. */
export function speakerKindOf(claim: Claim): SpeakerKind | undefined {
  const speaker = speakerOf(claim);
  if (!speaker) return undefined;
  // A text named as written stays a document, whoever it was resolved to ("The statement" → its author).
  return speakerKind(speaker.text) === 'document' ? 'document' : speakerKind(resolved(speaker));
}

/** How many distinct speaker keys one source's claims have: its `speaker_key`s in claims.csv. */
export function countSpeakers(claims: readonly Claim[]): number {
  const keyOf = sourceSpeakerKeys(claims);
  return new Set(claims.map(keyOf).filter((key) => key !== undefined)).size;
}
