// Hedges attribute a clause to no one in particular: "The general reportedly resigned",
// "ballots were allegedly destroyed", "the bill is expected to pass". The outlet does not state the clause as fact,
// so the whole clause is the content, with no speaker and the adverb's stance.
import { type AttributionRule, attribution, clauseEnd } from './context.js';
import type { Cue } from './cue.js';

const PRESENT = /^(?:is|are|'s|’s|'re|’re)$/u;

/** "X reportedly did Y": content is the clause the adverb sits in, speaker null. */
export const hedge: AttributionRule = (ctx) => {
  if (ctx.cue.entry.kind !== 'adverb' && ctx.cue.entry.kind !== 'hedge') return null;
  // "is expected to" hedges a forecast; "was expected to" reports a past expectation, a fact.
  const be = ctx.cue.entry.lemma.startsWith('be ');
  if (ctx.cue.entry.kind === 'hedge' && be && !PRESENT.test(ctx.tokens[ctx.cue.first].lower)) return null;
  // The clause starts after a comma before the adverb, if any ("In May, the general reportedly …").
  let first = 0;
  for (let k = ctx.cue.first - 1; k >= 0; k--) {
    if (ctx.tokens[k].text === ',' || ctx.tokens[k].text === ';') {
      first = k + 1;
      break;
    }
  }
  if (hedgeInsideReport(ctx.cues, first, ctx.cue.first)) return null;
  const start = ctx.tokens[first]?.start ?? ctx.sentence.start;
  return attribution(ctx, 'extract/attribution-hedge', null, start, clauseEnd(ctx));
};

/**
 * "The mayor said that the levy appeared to work": a hedge whose clause holds a reporting verb
 * before it lies inside that verb's content, so the hedge belongs to the reported speaker and is
 * already part of what is reported (PolNeAR's guidelines nest it under the outer attribution,
 * Newell, Margolin & Ruths, LREC 2018); a hedge of its own would take the whole report as content.
 */
function hedgeInsideReport(cues: readonly Cue[], clauseFirst: number, hedgeFirst: number): boolean {
  return cues.some((c) => c.entry.kind === 'verb' && c.first >= clauseFirst && c.last < hedgeFirst);
}
