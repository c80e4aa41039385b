import { dateWords } from '../../../lexicons/date-words.js';
import { functionWords } from '../../../lexicons/word-sets.js';
import type { Token } from '../../../model/source.js';

/**
 * Inputs: a sentence's tokens and the last token of a figure. A rate is an amount per a span of
 * time ("roughly 2,300 crowns a year", "about 190 crowns more a month", "$15 per hour"): two
 * rates over different spans are two facts, whatever their values (blind 31 reader: 190 crowns a
 * month is 2,280 a year, no divergence from 2,300). The span is a unit of the date-words lexicon.
 */

/** Words a rate's span may follow the amount over: "190 crowns more a month". */
const BETWEEN: ReadonlySet<string> = new Set(['more', 'less', 'extra']);
/** Words that make a unit of time the span of a rate. */
const PER: ReadonlySet<string> = new Set(['a', 'an', 'per', 'each', 'every']);

/** The unit of time the figure ending at token `last` is an amount per, if any. */
export function ratePeriod(tokens: Token[], last: number): string | undefined {
  let k = last + 1;
  if (BETWEEN.has(tokens[k]?.lower ?? '')) k++;
  if (!PER.has(tokens[k]?.lower ?? '')) return undefined;
  const unit = tokens[k + 1];
  if (
    !unit ||
    !dateWords().units.has(unit.lemma) ||
    functionWords('span-not').has(tokens[k + 2]?.lower ?? '')
  )
    return undefined;
  return unit.lemma;
}

/** How many words after "per" may name what a ratio is per ("per vehicle hour", "per 1,000 residents"). */
const RATIO_REACH = 3;
const RATIO_POS: ReadonlySet<string> = new Set(['NOUN', 'PROPN', 'ADJ', 'NUM']);

/**
 * What the figure ending at token `last` is a ratio per, after "per" ("fewer than 10 riders per
 * vehicle hour": vehicle hour; "$2.90 per trip": trip), as lower-cased lemmas; undefined when no
 * "per" follows it. A ratio and a count are two measures whatever their nouns (blind 42 reader:
 * "about 14,000 riders" a weekday against "fewer than 10 riders per vehicle hour").
 */
export function ratioOf(tokens: Token[], last: number): string | undefined {
  let k = last + 1;
  if (BETWEEN.has(tokens[k]?.lower ?? '')) k++;
  if (tokens[k]?.lower !== 'per') return undefined;
  const words: string[] = [];
  for (let i = k + 1; i < tokens.length && i <= k + RATIO_REACH && RATIO_POS.has(tokens[i].pos); i++)
    words.push(tokens[i].lemma);
  return words.length > 0 ? words.join(' ') : undefined;
}
