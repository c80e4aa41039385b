import { extractDates } from '../date/index.js';
import type { QuantityContext } from './context.js';

/**
 * Rule `extract/quantity-skip-dates`: numbers inside a date ("May 10", "2017", "March 16, 2018")
 * are not counts. The date stage's own rules decide what a date is, so the two stages agree; its
 * diagnostics are not kept here (the date stage reports them itself).
 */
export function skipDates(ctx: QuantityContext): void {
  // `extract` hands over the dates it found for the sentence: finding them twice cost ~2% of a batch.
  const dates = ctx.dates ?? extractDates(ctx.sentence, ctx.source, []);
  ctx.tokens.forEach((token, i) => {
    if (dates.some((d) => d.start <= token.start && token.end <= d.end)) ctx.used[i] = true;
  });
}
