// Title-case headlines: "Former Aide Says Plant Was Unsafe", "New Poll Shows Lead For Ruiz".
// wink tags a capitalised "Says" as a name, so the verb is found by its form: a capitalised
// 3rd-person -s word of the reporting-verb lexicon between a short capitalised subject and the rest,
// or closing the line after a comma and a short subject ("Plant Was Unsafe, Former Aide Says").
import { reportingVerb } from '../../../lexicons/reporting-verbs.js';
import type { Token } from '../../../model/source.js';
import { isTitleCase } from '../../../text/title-case.js';
import { type AttributionRule, attribution, speakerOf } from './context.js';
import type { Cue } from './cue.js';

const CAPITAL = /^\p{Lu}/u;
const WORD = /^\p{L}/u;

/**
 * Whether most words of the sentence are capitalised (a title-case headline). The strictest of
 * the three title-case rules (text/title-case.ts): it counts every word, short ones too, so the
 * lower-case words of a sentence-case line count against it, and it asks for four words at least,
 * room for a speaker, a verb and what is said. A headline it misses loses one attribution; one it
 * takes wrongly turns a name into a speaker and a verb.
 */
function titleCase(tokens: Token[]): boolean {
  const words = tokens.filter((t) => WORD.test(t.text)).map((t) => t.text);
  return isTitleCase(words, { minWords: 4, share: 0.8 });
}

/** The reporting verb of a capitalised 3rd-person form wink read as a name: "Says", "Shows". */
function headlineVerb(t: Token | undefined) {
  if (!t || !CAPITAL.test(t.text) || !t.lower.endsWith('s') || t.pos === 'VERB') return undefined;
  return reportingVerb(t.lower.slice(0, -1)) ?? reportingVerb(t.lower.slice(0, -2));
}

/** Index of the last comma of the line, or -1. */
function lastComma(tokens: Token[]): number {
  for (let k = tokens.length - 1; k >= 0; k--) if (tokens[k].text === ',') return k;
  return -1;
}

/** The last word's index when it closes the headline after a comma: "…, Former Aide Says." */
function closingWord(tokens: Token[]): number {
  const last = /^[.!?]$/u.test(tokens.at(-1)?.text ?? '') ? tokens.length - 2 : tokens.length - 1;
  const comma = lastComma(tokens);
  return comma > 0 && last - comma >= 2 && last - comma <= 7 ? last : -1;
}

/** The headline verb cue: "Says", "Shows", "Vows", with at most 6 capitalised words before it, or closing the line after a comma. */
export function headlineCue(tokens: Token[]): Cue | undefined {
  if (!titleCase(tokens)) return undefined;
  for (let i = 1; i < Math.min(tokens.length - 1, 7); i++) {
    const entry = headlineVerb(tokens[i]);
    if (entry && tokens.slice(0, i).every((w) => CAPITAL.test(w.text)))
      return { first: i, last: i, entry: { ...entry, kind: 'headline' } };
  }
  const last = closingWord(tokens);
  const entry = last > 0 ? headlineVerb(tokens[last]) : undefined;
  return entry && { first: last, last, entry: { ...entry, kind: 'headline' } };
}

/** "SPEAKER Says CONTENT" in a title-case headline: the words before the verb speak, the rest is said. */
export const headline: AttributionRule = (ctx) => {
  const { tokens, cue } = ctx;
  if (cue.entry.kind !== 'headline') return null;
  // "Bridge Will Reopen Soon, Mayor Tom Ruiz Says.": the words after the comma speak, those before it are said.
  if (cue.first === closingWord(tokens)) {
    const comma = lastComma(tokens);
    const speaker = speakerOf(ctx, { first: comma + 1, last: cue.first - 1 });
    return attribution(ctx, 'extract/attribution-headline', speaker, ctx.sentence.start, tokens[comma].start);
  }
  if (cue.last + 1 >= tokens.length) return null;
  const speaker = speakerOf(ctx, { first: 0, last: cue.first - 1 });
  const last = tokens.at(-1);
  const end = last && /^[.!?]$/u.test(last.text) ? last.start : ctx.sentence.end;
  return attribution(ctx, 'extract/attribution-headline', speaker, tokens[cue.last + 1].start, end);
};
