import type { TextRange } from './span.js';

/** The kinds of atomic claim the extract stage produces. */
/** Every kind of claim, in the order the tables list them. */
export const CLAIM_KINDS = ['quantity', 'date', 'attribution', 'blame'] as const;
export type ClaimKind = (typeof CLAIM_KINDS)[number];

/**
 * How the outlet presents what it reports: `fact` when stated in its own voice,
 * otherwise the stance of the reporting cue (said, claimed, confirmed, denied), or `hedged` when the
 * outlet passes on unnamed reports without commitment ("reportedly"; Hyland 2005).
 */
export type Stance = 'fact' | 'said' | 'claimed' | 'confirmed' | 'denied' | 'hedged';

/** An actor mention normalised to a group from the actor lexicon (`iran`, `syria-government`…). */
export interface ActorRef extends TextRange {
  /** Actor group id from `src/lexicons/data/actors.yaml` (matched by `src/text/actors`), or null when the mention matches no group. */
  group: string | null;
  /** For a pronoun ("he", "it"): the mention it was resolved to, in this or an earlier sentence. */
  antecedent?: TextRange;
}

/** Who the outlet says a claim comes from: the attribution that covers the claim's sentence span. */
export interface Basis {
  stance: Stance;
  /** The speaker as written, and its actor group; absent for `fact`. */
  speaker?: ActorRef;
  /** Id of the attribution claim that covers this claim. */
  attribution?: string;
}

interface ClaimBase extends TextRange {
  /** Stable within a source: `c1`, `c2`… in text order. In a report: `a:c1`, `b:c3`. */
  id: string;
  kind: ClaimKind;
  /** Sentence id, `s4`. */
  sentence: string;
  /** The rule that produced the claim, e.g. `extract/quantity-number`. */
  ruleId: string;
  /** Stated as fact or attributed. */
  basis: Basis;
}

/** A count or amount: "a barrage of 20 rockets", "more than 350,000 people", "dozens of targets". */
export interface QuantityClaim extends ClaimBase {
  kind: 'quantity';
  /** Exact value when the text gives one without a qualifier. */
  value?: number;
  /** Interval bounds; for an exact value min = max = value. Open bounds are absent. */
  min?: number;
  max?: number;
  /** `exact`, `lower-bound` (more than), `upper-bound` (nearly), `approximate` (about; or a range, "8,000 to 10,000", its ends as min and max), `vague` (dozens), `unspecified` (a salvo). */
  precision: 'exact' | 'lower-bound' | 'upper-bound' | 'approximate' | 'vague' | 'unspecified';
  /** The qualifier as written: "more than", "nearly", "dozens of". */
  qualifier?: string;
  /** Lemma of the counted noun: `rocket`, `people`, `target`; null when none was found. */
  noun: string | null;
  /** Lemma of the act it measures: `kill`, `fire`, `strike`; null when none. */
  act: string | null;
  /** `casualty` for killed/dead/wounded/injured/missing/displaced counts; `duration` for "seven-year"; else `count`. */
  subtype: 'casualty' | 'count' | 'duration' | 'money' | 'percent' | 'ordinal' | 'odds';
  /** For casualty figures: killed, wounded, missing, displaced. */
  casualty?: 'killed' | 'wounded' | 'missing' | 'displaced' | 'arrested';
  /**
   * For durations ("seven-year war": noun `year`, act `war`): the stated length in days, so that
   * "48-hour" and "two-day" compare. Durations are quantity claims only, never date claims.
   */
  durationDays?: number;
  /**
   * For odds ("3-to-1 odds against", subtype `odds`, value first / second): the two numbers as
   * written and the direction the text states. Bare odds state none ("3-to-1 odds" may run either
   * way), so they are never read as a percentage (review of odds10, 5).
   */
  odds?: QuantityOdds;
}

/** Odds as written: "3-to-1 odds against" is first 3, second 1, direction `against`. */
export interface QuantityOdds {
  first: number;
  second: number;
  /** `against` ("3-to-1 against"), `for` ("3 to 1 in favour"), `unstated` (bare "3-to-1 odds"). */
  direction: 'against' | 'for' | 'unstated';
}

/** Precision of a resolved date. */
export type DatePrecision = 'day' | 'week' | 'month' | 'quarter' | 'year' | 'decade';

/** A date or period resolved against the publication date. */
export interface DateClaim extends ClaimBase {
  kind: 'date';
  /** Inclusive ISO interval `YYYY-MM-DD`; absent when it could not be resolved (no publication date). */
  interval?: { start: string; end: string };
  precision: DatePrecision;
  /** `absolute` ("April 4, 2018"), `relative` ("on Thursday", "last week"), or `duration` ("two-day"). */
  reference: 'absolute' | 'relative' | 'duration';
  /** For durations: the length in days. */
  durationDays?: number;
  /** Lemma of the event the date is about, when one is near ("struck", "talks"); helps matching. */
  event: string | null;
}

/** Reported speech: who says it, the cue, and the content span. */
export interface AttributionClaim extends ClaimBase {
  kind: 'attribution';
  speaker: ActorRef | null;
  cue: TextRange & { lemma: string };
  /** The stance the cue carries (from the reporting-verb lexicon). */
  stance: Exclude<Stance, 'fact'>;
  content: TextRange;
  /**
   * `non-proposition` when the content names what is said or held about, or an act refused, rather
   * than stating something ("his criticism of the plan", "talked about jobs", "declined to comment"):
   * nothing to compare, so the compare stage and the basis of other claims leave it out. Absent
   * when the content is a proposition.
   */
  contentKind?: 'non-proposition';
}

/** Who is held responsible for an act, and by whom. */
export interface BlameClaim extends ClaimBase {
  kind: 'blame';
  agent: ActorRef;
  /** The act blamed, as written ("the rocket fire") with its head lemma (`fire`). */
  act: TextRange & { lemma: string };
  /** Who assigns the blame; null when the outlet does so itself. */
  blamedBy: ActorRef | null;
}

/** Any claim. */
export type Claim = QuantityClaim | DateClaim | AttributionClaim | BlameClaim;
