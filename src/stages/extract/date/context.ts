import type { DatePrecision } from '../../../model/claim.js';
import type { SegmentedSource, Sentence, Token } from '../../../model/source.js';
import type { DateDraft } from '../draft.js';
import type { IsoInterval } from './calendar.js';
import { eventNear } from './event.js';

/** What every date rule reads and writes while it scans one sentence. */
export interface DateContext {
  sentence: Sentence;
  /** The whole source, for a year an earlier sentence names ("in March of that year"). */
  source: SegmentedSource;
  tokens: Token[];
  /** Tokens already part of a date found by an earlier rule. */
  used: boolean[];
  /** The publication day; undefined when the source has none. */
  ref: Date | undefined;
  /** Source text, to slice claim text from token offsets. */
  text: string;
  found: DateDraft[];
  /** Set when a date needed the publication day and there was none. */
  unresolved: boolean;
}

/** The fields a rule decides about one date. */
export interface DateFields {
  ruleId: string;
  interval: IsoInterval | undefined;
  precision: DatePrecision;
  reference: DateDraft['reference'];
}

/** True when none of the tokens `first..last` belongs to an earlier date. */
export function isFree(ctx: DateContext, first: number, last: number): boolean {
  for (let i = first; i <= last; i++) if (ctx.used[i]) return false;
  return last < ctx.tokens.length;
}

/** Records a date over tokens `first..last` (inclusive) and marks them used. */
export function emitDate(ctx: DateContext, first: number, last: number, fields: DateFields): void {
  const start = ctx.tokens[first].start;
  const end = ctx.tokens[last].end;
  for (let i = first; i <= last; i++) ctx.used[i] = true;
  if (!fields.interval && fields.reference !== 'absolute') ctx.unresolved = true;
  ctx.found.push({
    kind: 'date',
    start,
    end,
    text: ctx.text.slice(start, end),
    sentence: ctx.sentence.id,
    ruleId: fields.ruleId,
    ...(fields.interval ? { interval: fields.interval } : {}),
    precision: fields.precision,
    reference: fields.reference,
    event: eventNear(ctx.tokens, first, last),
  });
}

/** Lower-cased token at `i`, or '' past either end. */
export function lowerAt(ctx: DateContext, i: number): string {
  return ctx.tokens[i]?.lower ?? '';
}

/**
 * Whether character `k` of `text` is an ASCII digit. The date rules try number patterns on every
 * token; most tokens are words, and this test lets them skip a regular expression that could only
 * match with a digit at that place.
 */
export function digitAt(text: string, k: number): boolean {
  const code = text.charCodeAt(k);
  return code >= 48 && code <= 57;
}

/** True when the token at `i` starts with a capital letter (month and weekday names must). */
export function isCapitalised(token: Token | undefined): boolean {
  if (token === undefined) return false;
  // Asked of every token by several date rules: an ASCII first letter is decided without the
  // Unicode regular expression, which cost ~2% of extraction's CPU (README, speed).
  const code = token.text.charCodeAt(0);
  if (code < 128) return code >= 65 && code <= 90;
  return /^\p{Lu}/u.test(token.text);
}
