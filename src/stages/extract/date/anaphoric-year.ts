import { dateWords } from '../../../lexicons/date-words.js';
import type { SegmentedSource } from '../../../model/source.js';
import { type DateContext, lowerAt } from './context.js';
import { dayAt, isCount, monthAt, yearOfWord } from './date-tokens.js';

/** A month's reference back to a year the text named: the tokens it ends on and its offset. */
export interface AnaphoricYear {
  /** The last token of the phrase ("year"). */
  last: number;
  /** The year it names, or undefined when the text names no year before it. */
  year: number | undefined;
}

/** A four-digit year written in a source: where it stands, and what stands with it. */
interface YearMention {
  /** Position of its sentence in the source's sentences. */
  sentence: number;
  token: number;
  year: number;
  /** A count ("1500 troops"), not a year. */
  count: boolean;
  /** The month written with it ("January 2024", "January 15, 2024"), if any. */
  month: number | undefined;
}

// Read once per source: every bare month of the source asks for the years written before it.
const mentionsBySource = new WeakMap<SegmentedSource, YearMention[]>();

/** Every four-digit year of the source, in reading order. */
function yearMentions(ctx: DateContext): YearMention[] {
  const known = mentionsBySource.get(ctx.source);
  if (known) return known;
  const found: YearMention[] = [];
  ctx.source.sentences.forEach((sentence, s) => {
    const view: DateContext = { ...ctx, sentence, tokens: sentence.tokens };
    sentence.tokens.forEach((t, i) => {
      const year = yearOfWord(t.lower);
      if (year === undefined) return;
      found.push({
        sentence: s,
        token: i,
        year,
        count: isCount(sentence.tokens, i),
        month: monthWith(view, i),
      });
    });
  });
  mentionsBySource.set(ctx.source, found);
  return found;
}

/** The month written right before the year at token `y`, or before its day ("January 15, 2024"). */
function monthWith(view: DateContext, y: number): number | undefined {
  const month = monthAt(view, y - 1);
  if (month !== undefined) return month;
  const comma = lowerAt(view, y - 1) === ',';
  const day = comma ? y - 2 : y - 1;
  return dayAt(view, day) !== undefined ? monthAt(view, day - 1) : undefined;
}

/** The position of the context's sentence among its source's sentences. */
function positionOf(ctx: DateContext): number {
  const { sentences } = ctx.source;
  return sentences[ctx.sentence.index] === ctx.sentence
    ? ctx.sentence.index
    : sentences.indexOf(ctx.sentence);
}

/**
 * The year mentions before token `at` of the context's sentence, nearest first, as long as `keep`
 * accepts the sentence they stand in.
 */
function* mentionsBefore(ctx: DateContext, at: number, keep: (sentence: number) => boolean) {
  const here = positionOf(ctx);
  const mentions = yearMentions(ctx);
  for (let k = mentions.length - 1; k >= 0; k--) {
    const m = mentions[k];
    if (m.sentence > here || (m.sentence === here && m.token >= at)) continue;
    if (!keep(m.sentence)) return;
    yield m;
  }
}

/**
 * "March of that year", "June the following year": a month followed by a phrase that refers back
 * to a year named earlier (`anaphoric` in date-words.yaml). Blind 40 reader: "resigned in March of
 * that year" after "in 2022" was read as the March before publication. The antecedent is the
 * nearest year written before the month in its sentence, its paragraph or the paragraph before;
 * farther back a reader cannot tell which year is meant, and the month gets none.
 */
export function anaphoricYearAfter(ctx: DateContext, month: number): AnaphoricYear | undefined {
  const start = lowerAt(ctx, month + 1) === 'of' ? month + 2 : month + 1;
  for (const phrase of dateWords().anaphoric) {
    if (!phrase.words.every((word, k) => lowerAt(ctx, start + k) === word)) continue;
    const named = yearBefore(ctx, month);
    return {
      last: start + phrase.words.length - 1,
      year: named === undefined ? undefined : named + phrase.offset,
    };
  }
  return undefined;
}

/** The nearest year written before token `at`: in its sentence, then back through the paragraph and the one before. */
function yearBefore(ctx: DateContext, at: number): number | undefined {
  const { sentences } = ctx.source;
  const inReach = (s: number) => sentences[s].paragraph >= ctx.sentence.paragraph - 1;
  for (const m of mentionsBefore(ctx, at, inReach)) if (!m.count) return m.year;
  return undefined;
}

/**
 * The year the article gave the same month earlier, written out ("a warning … in January 2024",
 * then "recorded … in January"): a month named again is the one already told, as a reader takes
 * it (blind 45 reader: the second "January" was resolved to the January before publication, a year
 * later, and set against the other article's "February 2024"). The nearest earlier mention wins;
 * none, undefined.
 */
export function writtenYearOfMonth(ctx: DateContext, at: number, month: number): number | undefined {
  for (const m of mentionsBefore(ctx, at, () => true)) if (m.month === month) return m.year;
  return undefined;
}
