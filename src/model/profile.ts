import type { Stance } from './claim.js';

/** The kinds of claims.csv's `speaker_kind` and the profile's `speakerKinds`, in the order the table documents them. */
export const SPEAKER_KINDS = [
  'person',
  'organisation',
  'official',
  'anonymous',
  'document',
  'group',
] as const;

/** What kind of speaker a claim is attributed to (text/speaker-kind.ts). */
export type SpeakerKind = (typeof SPEAKER_KINDS)[number];

/**
 * How an outlet presents what it reports, counted on the claims of its articles, each article
 * once (user trial 7, item 2), not on findings.
 */
export interface ClaimStances {
  /** The outlet's articles counted. */
  sources: number;
  /**
   * Its figure, date and blame claims by how it presents them: `fact` in its own voice, else the
   * stance of the attribution that covers the claim (said, claimed, confirmed, denied, hedged).
   * Dates that time a reporting verb are not among them (`reportingDates`).
   */
  stated: Record<Stance, number>;
  /** `stated` by claim kind (user trial 8, item 3): the kinds add up to `stated`. */
  statedByKind: Record<'quantity' | 'date' | 'blame', Record<Stance, number>>;
  /**
   * Its dates that time a reporting verb ("said Thursday", "on Tuesday announced"): when a
   * statement was made, not a fact the outlet asserts, so left out of `stated`.
   */
  reportingDates: number;
  /** Its reported statements (attribution claims with a proposition) by the stance of their cue. */
  reported: Record<Exclude<Stance, 'fact'>, number>;
  /**
   * Per article, its distinct non-empty claims.csv `speaker_key`s (of every claim kind), summed over
   * the outlet's articles: keys are not matched across articles (review of fixux8, item 5).
   */
  speakers: number;
  /**
   * Its claims by the kind of their speaker, claims.csv's `speaker_kind` (claims with no speaker or
   * none of the kinds left out): how often it attributes to officials, anonymous sources, documents.
   */
  speakerKinds: Record<SpeakerKind, number>;
}

/** A label an outlet used for a referent, and how often (framing findings across the batch). */
export interface LabelChoice {
  /** The referent's group in the framing lexicon (`israel`, `government`). */
  referent: string;
  label: string;
  count: number;
}

/** One outlet across a batch: what it calls things, how it attributes, what it leaves out. */
export interface OutletProfile {
  outlet: string;
  /** Pairs the outlet is in. */
  pairs: number;
  /** Labels from framing findings, by referent, most used first. */
  labels: LabelChoice[];
  /**
   * Shown findings that put a claim of each outlet side by side (agreements, refinements,
   * divergences, attribution findings): it states as fact what the other outlet attributes, or
   * the reverse; each pair of claims once (tables/profile-voice.ts).
   */
  attribution: { statesAsFact: number; attributes: number };
  /** How it presents the claims of its articles: stated as fact or attributed, by stance. */
  claims: ClaimStances;
  /**
   * `claims` by event (the report's `pair.event`), sorted: outlets that cover different events
   * are compared event by event (user trials 8 and 10, item 3).
   */
  claimsByEvent: Record<string, ClaimStances>;
  /** Shown omission findings where it is the side without the fact, by the fact's subject (`quantity`…). */
  omits: Record<string, number>;
  /**
   * What the omission cap (a few per omitting side and pair) left out for this outlet: the pairs
   * where it cut, the candidates past it, and of those the ones confident enough to be shown. When `pairs` here nears the outlet's `pairs`, `omits`
   * measures the cap, not the outlet (user trial 6, item 2).
   */
  omitsCapped: { pairs: number; beyond: number; confident: number };
}
