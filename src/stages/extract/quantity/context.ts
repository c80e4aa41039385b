import type { QuantityClaim } from '../../../model/claim.js';
import type { SegmentedSource, Sentence, Token } from '../../../model/source.js';
import type { TextRange } from '../../../model/span.js';
import type { QuantityDraft } from '../draft.js';

/** What every quantity rule reads and writes while it scans one sentence. */
export interface QuantityContext {
  sentence: Sentence;
  source: SegmentedSource;
  tokens: Token[];
  /** Tokens already part of a date or of a quantity found by an earlier rule. */
  used: boolean[];
  found: QuantityDraft[];
  /** The sentence's dates when the caller has found them already (else `skipDates` finds them). */
  dates?: readonly TextRange[];
}

/** The normalised fields a rule decides about one quantity. */
export type QuantityFields = Omit<QuantityDraft, 'kind' | 'start' | 'end' | 'text' | 'sentence'>;

/** True when none of the tokens `first..last` is taken. */
export function isFree(ctx: QuantityContext, first: number, last: number): boolean {
  for (let i = first; i <= last; i++) if (ctx.used[i]) return false;
  return first >= 0 && last < ctx.tokens.length;
}

/** Records a quantity over tokens `first..last` (inclusive) and marks them used. */
export function emitQuantity(
  ctx: QuantityContext,
  first: number,
  last: number,
  fields: QuantityFields,
): void {
  for (let i = first; i <= last; i++) ctx.used[i] = true;
  const start = ctx.tokens[first].start;
  const end = ctx.tokens[last].end;
  ctx.found.push({
    kind: 'quantity',
    start,
    end,
    text: ctx.source.text.slice(start, end),
    sentence: ctx.sentence.id,
    ...fields,
  });
}

/** True when tokens `a` and `b` touch with no space between ("twenty-five", "seven-year"). */
export function touches(a: Token | undefined, b: Token | undefined): boolean {
  return a !== undefined && b !== undefined && a.end === b.start;
}

/** The subtype of a count from what it measures: casualty when the act is one. */
export function subtypeOf(casualty: QuantityClaim['casualty']): QuantityClaim['subtype'] {
  return casualty ? 'casualty' : 'count';
}
