import { numberWords } from '../../../lexicons/number-words.js';
import { verbClass } from '../../../lexicons/word-sets.js';
import type { Token } from '../../../model/source.js';
import { findAct } from './act.js';
import { emitQuantity, isFree, type QuantityContext, touches } from './context.js';
import { type NumberMatch, readNumber, scaleOf, withScales } from './number.js';
import { isNotCount, measureOf } from './numbers.js';
import { qualifierBefore } from './qualifier.js';

// Inputs: the tokens of one sentence. A range states one figure as two ends: "8,000 to 10,000
// barrels", "between 200 and 300 people", "20-30 containers", "$4 million to $5 million". Read
// as two numbers, its ends were set against the other article's figure one by one (user trial
// 23: "an estimated 8,000 to 10,000 barrels" refined by "about 9,500" as if it said 10,000);
// and a range written as one token ("20-30") was not read at all.

/** A range written as one token: "20-30", "8,000–10,000". */
const ONE_TOKEN = /^(\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?[-–](\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$/u;

/** A four-digit year of the last two centuries: a range of two is a span of years. */
const isYear = (n: number) => Number.isInteger(n) && n >= 1800 && n <= 2100;

/** Whether a token is a currency sign of number-words.yaml ("$", "£", "US$"). */
const isSign = (token: Token | undefined): boolean =>
  numberWords().get(token?.lower ?? '')?.kind === 'currency';

/** Words that join the two ends of a range: "to", "and" after "between", a dash. */
const JOINERS = new Set(['to', '-', '–']);

/** Two ends of a range and the tokens they take: `low` starts it, `high` ends it. */
interface RangeEnds {
  low: NumberMatch;
  high: NumberMatch;
  /** The first token of the range: "between", a currency sign, or the low end. */
  first: number;
}

/**
 * The end after the joiner at `j`: a number, its currency sign or a percent word repeated ("$4
 * million to $5 million", "2 percent to 3 percent") left to the measure read after it.
 */
function highAfter(tokens: Token[], j: number): NumberMatch | undefined {
  const at = isSign(tokens[j + 1]) ? j + 2 : j + 1;
  return readNumber(tokens, at);
}

/** A range written as two numbers and a joiner, its low end at token `i`. */
function twoTokenRange(ctx: QuantityContext, i: number): RangeEnds | undefined {
  const { tokens } = ctx;
  const low = readNumber(tokens, i);
  if (!low) return undefined;
  // The low end may repeat the measure: "2 percent to 3 percent", "$4 million to $5 million".
  const unit = /^(?:percent|%)$/u.test(tokens[low.last + 1]?.lower ?? '') ? 1 : 0;
  const j = low.last + 1 + unit;
  const between =
    tokens[i - 1]?.lower === 'between' || (tokens[i - 2]?.lower === 'between' && isSign(tokens[i - 1]));
  const joiner = tokens[j]?.lower ?? '';
  if (!(JOINERS.has(joiner) || (between && joiner === 'and'))) return undefined;
  // "from 46 to 57": a change as often as a range ("rose from 46 percent to 49 percent").
  if (tokens[i - 1]?.lower === 'from' || tokens[i - 2]?.lower === 'from') return undefined;
  // A dash joins the ends only when it touches them ("20 - 30" is no range).
  if (
    joiner !== 'to' &&
    joiner !== 'and' &&
    !(touches(tokens[low.last], tokens[j]) && touches(tokens[j], tokens[j + 1]))
  )
    return undefined;
  const high = highAfter(tokens, j);
  if (!high) return undefined;
  // Both ends in one unit: "12 percent to $820 million" is a fall and the level it fell to.
  const signed = (k: number) => isSign(tokens[k - 1]);
  if (unit === 1 && !/^(?:percent|%)$/u.test(tokens[high.last + 1]?.lower ?? '')) return undefined;
  if (signed(i) !== signed(high.first)) return undefined;
  const sign = signed(i) ? i - 1 : i;
  return { low, high, first: between ? sign - 1 : sign };
}

/** A range written as one token ("20-30"), read as two numbers at the same token. */
function oneTokenRange(tokens: Token[], i: number): RangeEnds | undefined {
  const m = ONE_TOKEN.exec(tokens[i].text);
  if (!m) return undefined;
  // "9-11" names an attack, "3-1" is a score: a one-token range needs ends of two digits or more.
  if (m[1].replaceAll(',', '').length < 2) return undefined;
  const [lowText, highText] = tokens[i].text.split(/[-–]/u);
  const parse = (x: string) => Number(x.replaceAll(',', ''));
  const [low, high] = [parse(lowText), parse(highText)];
  // "2010-2012", "the 2023-2024 season": a span of years; "Boeing 737-800", "Highway 10-20": a name.
  if (isYear(low) && isYear(high)) return undefined;
  if (tokens[i - 1]?.pos === 'PROPN') return undefined;
  // A scale word after the token scales both ends: "20-30 million people".
  const { last, value: scale } = withScales(tokens, i, i, 1);
  return {
    low: { first: i, last: i, value: low * scale },
    high: { first: i, last, value: high * scale },
    first: isSign(tokens[i - 1]) ? i - 1 : i,
  };
}

/**
 * Whether a verb of change of magnitude stands just before the figure ("fell $2 to $45", "rose by
 * 20 to 150"): its "N to M" is the change and the level it reached (Levin 1993, §45.6).
 */
function afterChange(tokens: Token[], first: number): boolean {
  let k = first - 1;
  while (k >= 0 && (tokens[k].lower === 'by' || tokens[k].pos === 'ADV')) k--;
  return k >= 0 && verbClass('change').has(tokens[k].lemma);
}

/**
 * Rule `extract/quantity-range`: a figure given as a range, one claim from its low end to its
 * measure, interval low..high, precision `approximate` with no single value. Not "from N to M"
 * (a change as often), not a score or tally running down ("228 to 191"), not an age, clock time
 * or label (the number rule's tests), not a span of time, not ends already taken by a date.
 */
export function findRanges(ctx: QuantityContext): void {
  const { tokens } = ctx;
  for (let i = 0; i < tokens.length; i++) {
    const r = oneTokenRange(tokens, i) ?? twoTokenRange(ctx, i);
    if (!r || !isFree(ctx, r.first, r.high.last)) continue;
    // "aged between 24 and 58", "ages 18-24", "10 to 11 a.m.": what the number rule reads as no count.
    if (isNotCount(ctx, { ...r.low, first: r.first }) || isNotCount(ctx, r.high)) continue;
    const low = r.low.value * (r.low.last === r.high.last ? 1 : lowScale(tokens, r));
    if (low <= 0 || low >= r.high.value) continue;
    const m = measureOf(ctx, r.high);
    // A span of time ("18 to 24 months") is held as one length in days: left to the number rule.
    if (m.subtype === 'duration') continue;
    // A range measures something: a tally or a score ("passed 49 to 51", "lost 27-42"), a phone
    // number or a change and its level ("fell 300 to 34,000") names nothing after it.
    if (m.noun === null && m.subtype !== 'percent') continue;
    if (afterChange(tokens, r.first)) continue;
    const q = qualifierBefore(tokens, r.first);
    const first = q && isFree(ctx, q.first, r.first - 1) ? q.first : r.first;
    const act = m.subtype === 'count' ? findAct(tokens, first, m.head ?? r.high.last, m.noun) : undefined;
    const last = Math.max(m.last, r.high.last);
    emitQuantity(ctx, first, last, {
      ruleId: 'extract/quantity-range',
      min: low,
      max: r.high.value,
      precision: 'approximate',
      ...(q ? { qualifier: q.qualifier.phrase } : {}),
      subtype: m.subtype === 'count' && act?.casualty ? 'casualty' : m.subtype,
      noun: m.noun,
      act: act?.act ?? null,
      ...(act?.casualty ? { casualty: act.casualty } : {}),
    });
    i = last;
  }
}

/**
 * The scale the low end borrows from the high one when it has none of its own: "1.5 to 2 million",
 * "two to three thousand", "five to six hundred" (the scale words that end the high end); not
 * "500,000 to 1.6 million", whose low end is larger than the high end's own number.
 */
function lowScale(tokens: Token[], r: RangeEnds): number {
  if (scaleOf(tokens[r.low.last]) !== undefined) return 1;
  let scale = 1;
  for (let k = r.high.last; k > r.high.first && scaleOf(tokens[k]) !== undefined; k--)
    scale *= scaleOf(tokens[k]) ?? 1;
  return scale > 1 && r.low.value < r.high.value / scale ? scale : 1;
}
