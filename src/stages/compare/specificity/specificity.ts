import type { CompareContext, FindingDraft } from '../context.js';
import type { MatchedFacts } from '../facts/fact-match.js';
import { daypartRefinement } from './specificity-daypart.js';
import { figureRefinement } from './specificity-figure.js';
import { nameRefinement } from './specificity-name.js';
import { periodRefinement } from './specificity-period.js';
import { relativeTimeRefinement } from './specificity-relative.js';
import { slotFigureRefinement } from './specificity-slot.js';

// Refinements of specificity (issue 10): both articles report one thing, one of them more
// precisely. Each detector reads the matching step's pairs and sentences; none reports unless
// the referent is the same on both sides.

/** The detectors, in order, one line each. */
const DETECTORS: readonly ((ctx: CompareContext, m: MatchedFacts) => FindingDraft[])[] = [
  // "announced Tuesday morning" / "announced on Tuesday": the part of the day on one side only
  daypartRefinement,
  // "a 40-member coalition" / "a coalition called …": a figure for one named thing on one side only
  figureRefinement,
  // "meetings with Norwegian minister Ola Berntsen" / "meetings with the Norwegian envoy": a name on one side only
  nameRefinement,
  // "three months ago" / "for the first time in months": a past period counted on one side only
  periodRefinement,
  // "a Friday evening statement" / "answered hours later": a clock time on one side, a relative one on the other
  relativeTimeRefinement,
  // "bus fares for the poorest 20 percent" / "bus fares for poorest residents": a figure after the same words
  slotFigureRefinement,
];

/** The ids the detectors write, for the rule catalogue. */
export const SPECIFICITY_OUTCOMES = [
  {
    id: 'compare/daypart-refinement',
    summary: 'the same event on the same day, the time of day given by one side only',
  },
  {
    id: 'compare/figure-refinement',
    summary: 'one named thing, counted by one side and mentioned without a figure by the other',
  },
  {
    id: 'compare/name-refinement',
    summary: 'one person, named with a title by one side and only described by the other',
  },
  {
    id: 'compare/period-refinement',
    summary:
      'a past period counted by one side ("three months ago") and given bare by the other ("in months")',
  },
  {
    id: 'compare/relative-time-refinement',
    summary:
      'an act timed by day and part of day on one side, only relative to another ("hours later") on the other',
  },
  {
    id: 'compare/slot-figure-refinement',
    summary: 'after the same words, a figure on one side and the same modifier with a noun on the other',
  },
];

/** Rule `compare/specificity`: runs every detector in order. */
export function specificityRefinement(ctx: CompareContext, m: MatchedFacts): FindingDraft[] {
  return DETECTORS.flatMap((detect) => detect(ctx, m));
}
