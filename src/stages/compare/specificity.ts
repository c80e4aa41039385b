import type { CompareContext, FindingDraft } from './context.js';
import type { MatchedFacts } from './fact-match.js';
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
  // "reported Friday morning" / "reported Friday": the part of the day on one side only
  daypartRefinement,
  // "a 300-member coalition" / "a coalition of groups": a figure for one named thing on one side only
  figureRefinement,
  // "contacts with Russia ambassador Sergey Kislyak" / "contacts with the Russian envoy": a name on one side only
  nameRefinement,
  // "three weeks ago" / "for the first time in weeks": a past period counted on one side only
  periodRefinement,
  // "a Friday evening tweet" / "fired back hours later": a clock time on one side, a relative one on the other
  relativeTimeRefinement,
  // "tax rates for the top 2 percent" / "tax rates for top earners": a figure after the same words
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
    summary: 'a past period counted by one side ("three weeks ago") and given bare by the other ("in weeks")',
  },
  {
    id: 'compare/relative-time-refinement',
    summary:
      'an act timed by day and part of day on one side, only relative to another ("hours later") on the other',
  },
];

/** Rule `compare/specificity`: runs every detector in order. */
export function specificityRefinement(ctx: CompareContext, m: MatchedFacts): FindingDraft[] {
  return DETECTORS.flatMap((detect) => detect(ctx, m));
}
