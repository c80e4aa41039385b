import { dateWords } from '../../../lexicons/date-words.js';
import { numberWords } from '../../../lexicons/number-words.js';
import type { Token } from '../../../model/source.js';
import { findAct } from './act.js';
import { emitQuantity, isFree, type QuantityContext, touches } from './context.js';
import { currencyAfter } from './currency.js';
import { countedNoun } from './noun.js';
import { type NumberMatch, readNumber } from './number.js';
import { boundsOf, qualifierBefore } from './qualifier.js';

/** "age 16", "aged 31", "31 years old": an age is not a count of anything (issue 10). */
const AGE_BEFORE = new Set(['age', 'aged', 'ages']);

/**
 * A day of a month ("Sept. 11 hijackers"), a year used as an adjective ("2016 election", "the
 * 2010 elections": a lower-case noun, singular or plural), or a year cut to two digits after an
 * apostrophe ("in '08", Chicago Manual of Style 9.31).
 */
function isDatePart(ctx: QuantityContext, n: NumberMatch): boolean {
  const before = ctx.tokens[n.first - 1];
  if (before && /^\p{Lu}/u.test(before.text) && dateWords().months.has(before.lower.replace(/\.$/, '')))
    return true;
  const digits = ctx.tokens[n.first].text;
  if (
    n.first === n.last &&
    /^\d\d$/.test(digits) &&
    /^['’]$/u.test(before?.text ?? '') &&
    touches(before, ctx.tokens[n.first])
  )
    return true;
  const next = ctx.tokens[n.last + 1];
  return (
    n.first === n.last &&
    /^(?:18|19|20)\d\d$/.test(digits) &&
    next !== undefined &&
    (next.pos === 'ADJ' || (next.pos === 'NOUN' && /^\p{Ll}/u.test(next.text)))
  );
}

/**
 * A number that names, times or ages something rather than counting it: "Resolution 2254",
 * "10 a.m.", "F-16", "age 16", "Sept. 11 hijackers", "the 2016 election".
 */
export function isNotCount(ctx: QuantityContext, n: NumberMatch): boolean {
  const { tokens } = ctx;
  const before = tokens[n.first - 1];
  if (numberWords().get(before?.lower ?? '')?.kind === 'label') return true;
  if (numberWords().get(tokens[n.last + 1]?.lower ?? '')?.kind === 'clock') return true;
  if (AGE_BEFORE.has(before?.lower ?? '') || isDatePart(ctx, n)) return true;
  // "Halden, 46, is married": a bare number set off by commas after a name is an age.
  if (
    before?.lower === ',' &&
    tokens[n.first - 2]?.pos === 'PROPN' &&
    tokens[n.last + 1]?.lower === ',' &&
    n.first === n.last
  )
    return true;
  if (tokens[n.last + 1]?.lower === 'years' && tokens[n.last + 2]?.lower === 'old') return true;
  // Part of a model name or code: "S-300", "F-16" when split.
  return (
    before?.lower === '-' && touches(tokens[n.first - 2], before) && /\p{L}$/u.test(tokens[n.first - 2].text)
  );
}

/** "seven-year war", "two-day talks": a number, a hyphen, a time unit, then what lasts that long. */
function duration(ctx: QuantityContext, n: NumberMatch) {
  const { tokens } = ctx;
  const unit = tokens[n.last + 2];
  const days = dateWords().units.get(unit?.lemma ?? '');
  if (tokens[n.last + 1]?.lower !== '-' || days === undefined || !touches(tokens[n.last + 1], unit))
    return undefined;
  // "a 25-year-old man" is an age, not a duration of anything.
  if (tokens[n.last + 3]?.lower === '-' && tokens[n.last + 4]?.lower === 'old') return { age: true as const };
  const what = countedNoun(tokens, n.last + 3, ctx.used);
  return {
    age: false as const,
    unit: unit.lemma,
    days: n.value * days,
    what,
    last: what?.head ?? n.last + 2,
  };
}

/**
 * The span, subtype and noun of a plain count: money after a currency sign or before a currency
 * name ("3,000 euros"), percent before "%".
 */
export function measureOf(ctx: QuantityContext, n: NumberMatch) {
  const { tokens } = ctx;
  const words = numberWords();
  const currency = words.get(tokens[n.first - 1]?.lower ?? '')?.currency;
  if (currency) return { lead: n.first - 1, last: n.last, subtype: 'money' as const, noun: currency };
  const named = currencyAfter(tokens, n.last + 1, ctx.used);
  if (named) return { lead: n.first, last: named.head, subtype: 'money' as const, noun: named.currency };
  const sign = tokens[n.last + 1]?.lower ?? '';
  if (words.get(sign)?.kind === 'percent') {
    const last = sign === 'per' && tokens[n.last + 2]?.lower === 'cent' ? n.last + 2 : n.last + 1;
    const of = countedNoun(tokens, last + 1, ctx.used);
    return {
      lead: n.first,
      last,
      subtype: 'percent' as const,
      noun: tokens[last + 1]?.lower === 'of' ? (of?.lemma ?? null) : null,
    };
  }
  // "a 225-page report": the noun after the hyphen is what is counted.
  const hyphen =
    tokens[n.last + 1]?.lower === '-' &&
    touches(tokens[n.last + 1], tokens[n.last + 2]) &&
    tokens[n.last + 2].pos === 'NOUN';
  const noun = hyphen
    ? { lemma: tokens[n.last + 2].lemma, head: n.last + 2 }
    : countedNoun(tokens, n.last + 1, ctx.used);
  const last =
    noun && tokens[n.last + 1].lower !== 'of'
      ? hyphen
        ? (countedNoun(tokens, n.last + 3, ctx.used)?.head ?? noun.head)
        : noun.head
      : n.last;
  const days = noun ? dateWords().units.get(noun.lemma) : undefined;
  if (days !== undefined)
    return {
      lead: n.first,
      last,
      subtype: 'duration' as const,
      noun: noun?.lemma ?? null,
      durationDays: n.value * days,
    };
  return { lead: n.first, last, subtype: 'count' as const, noun: noun?.lemma ?? null, head: noun?.head };
}

/** Emits a duration compound ("seven-year war"); returns the last token it took, or the age to skip. */
function emitDuration(
  ctx: QuantityContext,
  n: NumberMatch,
  first: number,
  bounds: ReturnType<typeof boundsOf>,
): number | undefined {
  const span = duration(ctx, n);
  if (!span) return undefined;
  if (span.age) return n.last + 4;
  const fields = { ...bounds, noun: span.unit, act: span.what?.lemma ?? null, durationDays: span.days };
  emitQuantity(ctx, first, span.last, {
    ruleId: 'extract/quantity-duration',
    subtype: 'duration',
    ...fields,
  });
  return span.last;
}

/**
 * "No one was injured": "no one" is a pronoun (Quirk et al. 1985, ch. 6, the compound indefinite
 * pronouns no one, nobody), not a count of one, even with a casualty verb after it (blind 45
 * reader: "No one was injured" / "no one had been hurt" agreed on the figure "one").
 */
const isNoOne = (tokens: Token[], i: number) => tokens[i - 1]?.lower === 'no';

/**
 * Rule `extract/quantity-number`: a number in digits or words, with its qualifier, counted noun
 * and act: "a barrage of 20 rockets that were fired" → 20 rocket fire; "killed more than 350,000
 * people" → min 350000, casualty killed. Durations ("two-day talks") are counted in days of what
 * lasts (rule `extract/quantity-duration`), never as date claims, so a comparer sees them once.
 */
export function findNumbers(ctx: QuantityContext): void {
  for (let i = 0; i < ctx.tokens.length; i++) {
    const n = isFree(ctx, i, i) ? readNumber(ctx.tokens, i) : undefined;
    if (!n || !isFree(ctx, n.first, n.last) || isNotCount(ctx, n)) continue;
    const m = measureOf(ctx, n);
    const q = qualifierBefore(ctx.tokens, m.lead);
    const first = q && isFree(ctx, q.first, m.lead - 1) ? q.first : m.lead;
    const bounds = boundsOf(n.value, first === m.lead ? undefined : q?.qualifier);
    const durationEnd = emitDuration(ctx, n, first, bounds);
    if (durationEnd !== undefined) {
      i = durationEnd;
      continue;
    }
    const act = m.subtype === 'count' ? findAct(ctx.tokens, first, m.head ?? n.last, m.noun) : undefined;
    // A spelled-out number with nothing counted ("one of the most…", "no one") is not a claim; nor
    // is "one of" a group, which picks a member and counts nothing ("one of the main suppliers":
    // blind 32 reader, an agreement on "one").
    if (!m.noun && !act && !/\d/.test(ctx.tokens[n.first].text)) continue;
    if (
      n.value === 1 &&
      n.first === n.last &&
      ctx.tokens[n.first].lower === 'one' &&
      (ctx.tokens[n.last + 1]?.lower === 'of' || isNoOne(ctx.tokens, n.first))
    )
      continue;
    const subtype = m.subtype === 'count' && act?.casualty ? 'casualty' : m.subtype;
    emitQuantity(ctx, first, m.last, {
      ruleId: 'extract/quantity-number',
      ...bounds,
      subtype,
      noun: m.noun,
      act: act?.act ?? null,
      ...(act?.casualty ? { casualty: act.casualty } : {}),
      ...(m.durationDays === undefined ? {} : { durationDays: m.durationDays }),
    });
    i = m.last;
  }
}
