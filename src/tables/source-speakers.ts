import { isPersonTitle } from '../lexicons/person-titles.js';
import type { ActorRef, Claim } from '../model/claim.js';
import type { SpeakerKind } from '../model/profile.js';
import { apposedOrganisations } from '../text/apposed-organisations.js';
import { capitalRuns } from '../text/capital-runs.js';
import { bare } from '../text/name-runs.js';
import { speakerNames } from '../text/source-names.js';
import { speakerKeys } from '../text/speaker-key.js';
import { isPronoun, type KindEvidence, speakerKind } from '../text/speaker-kind.js';
import { kickerOf, speakerMention } from '../text/speaker-mention.js';
import { mentionName } from '../text/speaker-name.js';

// One source's speaker keys and kinds, made once from every claim's speaker, for claims.csv's
// `speaker_key` and `speaker_kind` and the outlet profile's `speakers` and `speakerKinds` alike
// (review of fixux8, item 5: the two keyed different mentions, so the profile's count could not
// be rebuilt from claims.csv).

/** The speaker the `speaker` column shows: the cue's for a reported statement, the blamer, else the basis's. */
export function speakerOf(claim: Claim): ActorRef | null | undefined {
  if (claim.kind === 'attribution') return claim.speaker;
  if (claim.kind === 'blame') return claim.blamedBy;
  return claim.basis.speaker;
}

/**
 * The name a speaker mention stands for: a pronoun's antecedent where the extractor found one,
 * of it the part that names a speaker, or undefined when it names none (text/speaker-mention.ts).
 */
const resolved = (ref: ActorRef, kicker?: string) => speakerMention(ref.antecedent?.text ?? ref.text, kicker);

/**
 * The surnames of a source's longer or titled names, in its speaker mentions and its text
 * ("tremaine" of "Senator Ana Tremaine"): evidence that a bare surname is a person; and the names
 * its text calls an organisation by apposition ("Save Our Coast, a watchdog group").
 */
function evidenceOf(mentions: readonly string[], text: string): KindEvidence {
  const surnames = new Set<string>();
  const titled = new Set<string>();
  // The article's own runs of capitalised words as well: "Shinzo Abe" in the text, "Abe" said.
  const runs = capitalRuns(text, 'dotted');
  // Each distinct mention once: a name comes back many times in a text, and the sets keep no count.
  for (const mention of new Set([...mentions, ...runs])) {
    const name = mentionName(mention);
    const last = bare(name?.words.at(-1) ?? '')
      .replace(/['’]s?$/u, '')
      .toLowerCase();
    if (name && (name.words.length > 1 || name.titles.length > 0)) surnames.add(last);
    // A title anywhere before the surname: "Israeli Prime Minister Benjamin Netanyahu".
    const words = mention.split(/\s+/u).slice(0, -1).map(bare);
    if (name && (name.titles.length > 0 || words.some(isPersonTitle))) titled.add(last);
  }
  return { surnames, titled, organisations: apposedOrganisations(text) };
}

/**
 * The kind of a speaker: of the mention as written, or for a pronoun of its antecedent. "he" or
 * "she" is a person whenever the antecedent holds a name, even one that classes as a document
 * ("Ms. Tremaine's remarks", review of kind9, 4) or a state; "it" is no person.
 */
function kindOfSpeaker(speaker: ActorRef, evidence: KindEvidence, kicker?: string): SpeakerKind | undefined {
  const mention = speakerMention(speaker.text, kicker);
  const antecedent = speaker.antecedent?.text;
  // A possessive pronoun names no speaker itself (speaker-mention.ts), but its antecedent does.
  if (antecedent === undefined || (mention !== undefined && !isPronoun(mention)))
    return mention === undefined ? undefined : speakerKind(mention, evidence);
  const kind = speakerKind(antecedent, evidence);
  const pronoun = speaker.text.trim().toLowerCase();
  if (/^(?:he|she|him|her|his)$/u.test(pronoun)) {
    if (mentionName(antecedent)) return 'person';
    return kind === 'document' || kind === 'organisation' ? undefined : kind;
  }
  if (pronoun === 'it' && kind === 'person') return undefined;
  if (kind !== 'document') return kind;
  const name = mentionName(antecedent);
  return name ? speakerKind(name.words.join(' '), evidence) : undefined;
}

/** One source's speakers, keyed and classed once for claims.csv and the outlet profile alike. */
export interface SourceSpeakers {
  /** The claim's `speaker_key`: undefined without a speaker or for an unresolved pronoun. */
  keyOf: (claim: Claim) => string | undefined;
  /** The claim's `speaker_kind` (text/speaker-kind.ts): undefined without a speaker or evidence. */
  kindOf: (claim: Claim) => SpeakerKind | undefined;
  /** The claim's `speaker_title`: the title words its key drops ("Deputy Attorney General", "Mr."), if any. */
  titleOf: (claim: Claim) => string | undefined;
  /** How many distinct speaker keys the source's claims have: its `speaker_key`s in claims.csv. */
  count: number;
}

/**
 * The speakers of one source's claims: keyed over all the source's claims at once
 * (text/speaker-key.ts), each classed with the longer names of the source's speakers and of its
 * text `text` as evidence for a bare surname.
 */
export function sourceSpeakers(claims: readonly Claim[], text = ''): SourceSpeakers {
  const kicker = kickerOf(text);
  const resolve = (claim: Claim) => {
    const speaker = speakerOf(claim);
    return speaker ? resolved(speaker, kicker) : undefined;
  };
  // Each claim's mention resolved once: keys, kinds, titles and the count all read it.
  const byClaim = new Map(claims.map((claim) => [claim, resolve(claim)] as const));
  const mentions = [...byClaim.values()].filter((m): m is string => m !== undefined);
  const names = speakerNames(mentions, text);
  const keys = speakerKeys(mentions, text, names);
  const evidence = evidenceOf(mentions, text);
  const mentionOf = (claim: Claim) => (byClaim.has(claim) ? byClaim.get(claim) : resolve(claim));
  const keyOf = (claim: Claim) => {
    const mention = mentionOf(claim);
    return mention === undefined ? undefined : keys.get(mention);
  };
  // Classed once per claim: the claims table and the outlet profile both ask.
  const kinds = new Map<Claim, SpeakerKind | undefined>();
  for (const claim of claims) {
    const speaker = speakerOf(claim);
    const mention = mentionOf(claim);
    // A name only the text shows to be one ("Minor" of "Ilse Minor": speaker-key.ts) is a person's.
    const surname = mention !== undefined && !mentionName(mention) && names(mention) !== undefined;
    kinds.set(claim, surname ? 'person' : speaker ? kindOfSpeaker(speaker, evidence, kicker) : undefined);
  }
  const kindOf = (claim: Claim) => kinds.get(claim);
  const titleOf = (claim: Claim) => {
    const mention = mentionOf(claim);
    const title = mention === undefined ? [] : (names(mention)?.title ?? []);
    return title.length > 0 && keyOf(claim) !== undefined ? title.join(' ') : undefined;
  };
  const count = new Set(claims.map(keyOf).filter((key) => key !== undefined)).size;
  return { keyOf, kindOf, titleOf, count };
}
