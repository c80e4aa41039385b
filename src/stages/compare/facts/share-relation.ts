import { shareWord } from '../../../lexicons/share-words.js';
import type { QuantityClaim } from '../../../model/claim.js';
import type { Fact } from './fact.js';
import { type IntervalRelation, relate, unitRelation } from './interval.js';
import { tollRelation } from './toll.js';

// Inputs: two facts of a candidate pair. How their values relate when one is a share read from
// "N in M" (extract/quantity-share) and the other a printed percentage, when a chance meets a share
// of people, when two odds state different directions or bare reciprocal odds, and when two shares
// add up to the whole (user trial 11; review of odds10, 3 and 5; of odds11, 1, 4, 5, 8, 9). Every test here is symmetric
// in its two facts, so comparing b with a mirrors comparing a with b.

/** A share stored from "N in M": its value is N/M in percent at four decimals. */
export const isShare = (q: QuantityClaim): boolean => q.ruleId === 'extract/quantity-share';

/**
 * A share and a printed percentage are the same figure when the share, written at the
 * percentage's printed precision, is that percentage: rounded ("2 in 3" → 67) or cut (a poll's
 * 66.8 printed "66"), and within a tenth of it, so that a share far below the printed unit
 * is not that unit: "1 in 1,000" (0.1) and "1 in 200" (0.5) are not "1 percent", nor "1 in 100"
 * "2 percent" (review of odds11, 1).
 */
function printedAs(share: number, printed: number): boolean {
  const k = 10 ** (String(printed).split('.')[1] ?? '').length;
  const target = Math.round(printed * k);
  const written = Math.round(share * k) === target || Math.floor(share * k + 1e-9) === target;
  return written && Math.abs(share - printed) <= printed * CLOSE;
}

/** How far, relative to the printed figure, a share may be from the percentage it prints as. */
const CLOSE = 0.1;

/**
 * A percentage counts what a share counts: for a chance, a percentage followed by a word of
 * chance ("a 25 percent chance"); for a population, a percentage of that noun ("67 percent of
 * residents"). A share against a percentage of anything else is unrelated (review of odds11, 9).
 */
function countsShare(share: Fact, percent: Fact): boolean {
  const noun = (share.claim as QuantityClaim).noun;
  if (!noun) return false;
  if (shareWord(noun) === 'chance') return [...percent.what].some((w) => shareWord(w) === 'chance');
  return (percent.claim as QuantityClaim).noun === noun;
}

/**
 * How a share and a printed percentage relate: the same when the share prints as it and the
 * percentage counts the same thing; otherwise unknown, not disjoint, because "two in three" is
 * itself often a rounded way to say 64 percent, so a share and a percentage are never a
 * divergence. Undefined when the pair is not a share and a percentage, both exact.
 */
function shareAndPercent(x: Fact, y: Fact): IntervalRelation | undefined {
  const [qx, qy] = [x.claim as QuantityClaim, y.claim as QuantityClaim];
  if (qx.subtype !== 'percent' || qy.subtype !== 'percent' || isShare(qx) === isShare(qy)) return undefined;
  if (qx.precision !== 'exact' || qy.precision !== 'exact') return undefined;
  if (qx.value === undefined || qy.value === undefined) return undefined;
  const [share, percent] = isShare(qx) ? [x, y] : [y, x];
  const [sv, pv] = isShare(qx) ? [qx.value, qy.value] : [qy.value, qx.value];
  const same = printedAs(sv, pv) && countsShare(share, percent);
  return same ? 'same' : 'unknown';
}

/**
 * Bare odds state no direction, so "3-to-1" may be "1-to-3" said from the other side: a pair of
 * reciprocal bare odds is unknown, never a divergence (review of odds11, 8).
 */
function reciprocalBareOdds(x: QuantityClaim, y: QuantityClaim): boolean {
  const [ox, oy] = [x.odds, y.odds];
  if (!ox || !oy || ox.direction !== 'unstated' || oy.direction !== 'unstated') return false;
  return ox.first === oy.second && ox.second === oy.first;
}

/**
 * A chance and a share of people are different statements whatever their values: "a 1-in-3
 * chance pilots walk out" is not "one in three pilots" (review of odds11, 4).
 */
function chanceAndPopulation(x: QuantityClaim, y: QuantityClaim): boolean {
  if (!isShare(x) || !isShare(y)) return false;
  return (shareWord(x.noun ?? '') === 'chance') !== (shareWord(y.noun ?? '') === 'chance');
}

/**
 * How the values of two facts relate: as their intervals do (interval.ts `relate`), except a
 * share against a printed percentage (`shareAndPercent`), reciprocal bare odds, a chance
 * against a share of people, and tolls as the counts they report (toll.ts `tollRelation`). Two shares
 * compare exactly: "1 in 1,000" and "1 in 250" are different risks however small both are.
 */
export function relateFacts(x: Fact, y: Fact): IntervalRelation {
  if (x.claim.kind === 'quantity' && y.claim.kind === 'quantity') {
    const shared = shareAndPercent(x, y);
    if (shared) return shared;
    if (reciprocalBareOdds(x.claim, y.claim) && x.claim.value !== y.claim.value) return 'unknown';
    if (chanceAndPopulation(x.claim, y.claim)) return 'unknown';
    const toll = tollRelation(x.claim, y.claim);
    if (toll) return toll;
    const units = unitRelation(x.claim, y.claim);
    if (units) return units;
  }
  return relate(x.interval, y.interval);
}

/**
 * Two shares that add up to the whole may be one split seen from its two sides ("1 in 4" flood,
 * "3 in 4" stay dry) only when their clauses say different things; a "1-in-4 chance of
 * flooding" and a "3-in-4 chance of flooding" contradict each other (review of odds11, 5).
 */
export function otherSideOfSplit(x: Fact, y: Fact): boolean {
  const [qx, qy] = [x.claim as QuantityClaim, y.claim as QuantityClaim];
  if (!isShare(qx) && !isShare(qy)) return true;
  return x.after.head !== y.after.head;
}

/** Odds compare only with odds of the same stated direction: "3-to-1 against" is not bare "3-to-1 odds". */
export function sameOddsDirection(x: QuantityClaim, y: QuantityClaim): boolean {
  return x.odds?.direction === y.odds?.direction;
}
