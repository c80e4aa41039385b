import type { CappedCount, OmissionCap } from '../../model/capped.js';
import { DEFAULT_OMISSION_CAP } from '../../model/capped.js';
import { isConfident, omittingSide } from '../../model/finding.js';
import type { Side } from '../../model/span.js';
import { byCodeUnit } from '../../text/by-code-unit.js';
import type { FindingDraft } from './context.js';

// Inputs: every finding of one pair, after confidence and the passes before, in the order the
// rules returned them (each capped rule returns all its candidates, ranked: the first are the
// ones a reader most needs). A cap keeps the first few and returns, as data, how many it cut, so
// the report can say "5 of 12 omissions" instead of presenting the cap as a count (user trial 6,
// item 2; review-ux6 item 7: no state beside the findings).

type Confident = FindingDraft & { confidence: number };

/** A cap on one rule's findings, declared as data. */
export interface FindingCap {
  /** The post-pass id: `compare/cap-omissions`. */
  id: string;
  kind: CappedCount['kind'];
  /** The ruleIds whose findings it caps. */
  ruleIds: RegExp;
  /** The most it keeps: per omitting side for omissions, per pair otherwise. */
  max: number;
}

/** At most this many omissions an omitting side, unless the caller asks for another (model/capped.ts). */
export const OMISSION_CAP: FindingCap = {
  id: 'compare/cap-omissions',
  kind: 'omission',
  ruleIds: /^compare\/omitted-/,
  max: DEFAULT_OMISSION_CAP,
};

/** The omission cap with its most set to `cap`: `'all'` keeps every omission. */
export const omissionCapOf = (cap: OmissionCap): FindingCap => ({
  ...OMISSION_CAP,
  max: cap === 'all' ? Number.POSITIVE_INFINITY : cap,
});

/** The caps a pair's comparison was asked for (only the omission cap can be changed). */
export interface CapLimits {
  omission: OmissionCap;
}

/**
 * At most this many sentence agreements a pair: gold lists hold up to six
 * (eval/findings/README.md), and dense pairs of one wire story hold more true ones than that.
 */
export const AGREEMENT_CAP: FindingCap = {
  id: 'compare/cap-sentence-agreements',
  kind: 'agreement',
  ruleIds: /^compare\/sentence-agreement$/,
  max: 10,
};

/** The side an omission's reader misses it on: the side without evidence. Absent for a per-pair cap. */
const groupOf = (cap: FindingCap, d: FindingDraft): Side | undefined =>
  cap.kind === 'omission' ? omittingSide(d) : undefined;

/** What a cap pass returns: the findings it keeps, in order, and what it cut. */
export interface CapResult {
  findings: Confident[];
  capped: CappedCount[];
}

/**
 * Keeps the first `cap.max` findings of the capped rule (of each omitting side, for omissions),
 * in the order given, and counts the rest: how many, and how many of them a reader would have
 * been shown (confidence ≥ `CONFIDENT`).
 */
export function capFindings(cap: FindingCap, drafts: Confident[]): CapResult {
  const seen = new Map<Side | undefined, number>();
  const cut = new Map<Side | undefined, Confident[]>();
  const findings = drafts.filter((d) => {
    if (!cap.ruleIds.test(d.ruleId)) return true;
    const group = groupOf(cap, d);
    const n = (seen.get(group) ?? 0) + 1;
    seen.set(group, n);
    if (n <= cap.max) return true;
    const left = cut.get(group) ?? [];
    cut.set(group, left);
    left.push(d);
    return false;
  });
  const capped = [...cut].map(([side, left]) => ({
    kind: cap.kind,
    ...(side ? { side } : {}),
    cap: cap.max,
    beyond: left.length,
    confident: left.filter(isConfident).length,
  }));
  return { findings, capped };
}

/** The cut counts in a stable order: kind, then side. */
export function sortCapped(capped: CappedCount[]): CappedCount[] {
  const order = (c: CappedCount) => `${c.kind}/${c.side ?? ''}`;
  return [...capped].sort((x, y) => byCodeUnit(order(x), order(y)));
}
