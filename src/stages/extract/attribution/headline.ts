// Title-case headlines: "Former Aide Says Plant Was Unsafe", "New Poll Shows Lead For Ruiz".
// wink tags a capitalised "Says" as a name, so the verb is found by its form: a capitalised
// 3rd-person -s word of the reporting-verb lexicon between a short capitalised subject and the rest.
import { reportingVerb } from '../../../lexicons/reporting-verbs.js';
import type { Token } from '../../../model/source.js';
import { type AttributionRule, attribution, speakerOf } from './context.js';
import type { Cue } from './cue.js';

const CAPITAL = /^\p{Lu}/u;
const WORD = /^\p{L}/u;

/** Whether most words of the sentence are capitalised (a title-case headline). */
function titleCase(tokens: Token[]): boolean {
  const words = tokens.filter((t) => WORD.test(t.text));
  return words.length >= 4 && words.filter((t) => CAPITAL.test(t.text)).length >= words.length * 0.8;
}

/** The headline verb cue: "Says", "Shows", "Vows", with at most 6 capitalised words before it. */
export function headlineCue(tokens: Token[]): Cue | undefined {
  if (!titleCase(tokens)) return undefined;
  for (let i = 1; i < Math.min(tokens.length - 1, 7); i++) {
    const t = tokens[i];
    if (!CAPITAL.test(t.text) || !t.lower.endsWith('s') || t.pos === 'VERB') continue;
    const entry = reportingVerb(t.lower.slice(0, -1)) ?? reportingVerb(t.lower.slice(0, -2));
    if (entry && tokens.slice(0, i).every((w) => CAPITAL.test(w.text)))
      return { first: i, last: i, entry: { ...entry, kind: 'headline' } };
  }
  return undefined;
}

/** "SPEAKER Says CONTENT" in a title-case headline: the words before the verb speak, the rest is said. */
export const headline: AttributionRule = (ctx) => {
  const { tokens, cue } = ctx;
  if (cue.entry.kind !== 'headline' || cue.last + 1 >= tokens.length) return null;
  const speaker = speakerOf(ctx, { first: 0, last: cue.first - 1 });
  const last = tokens.at(-1);
  const end = last && /^[.!?]$/u.test(last.text) ? last.start : ctx.sentence.end;
  return attribution(ctx, 'extract/attribution-headline', speaker, tokens[cue.last + 1].start, end);
};
