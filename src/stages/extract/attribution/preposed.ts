// "X said (that) CONTENT", "X told reporters on Monday that CONTENT", "X claims it struck …",
// "Anuar Zhainakov, a spokesman for …, confirmed on Monday that …".
import type { Token } from '../../../model/source.js';
import { phraseStartingAt, subjectOf } from '../../../text/noun-phrase.js';
import { type AttributionRule, attribution, clauseEnd, speakerOf } from './context.js';

/** Cues whose first object is the addressee: "told reporters that", "warned Iran that". */
const ADDRESSEE = new Set(['tell', 'ask', 'warn', 'assure', 'inform', 'remind', 'urge', 'promise']);
const OPENERS = /^(?:that|:|“|"|‘)$/u;

/** Index where the content starts after the cue, or -1 when the frame does not fit. */
function contentStart(tokens: Token[], from: number, lemma: string, frame: 'any' | 'that'): number {
  let k = from;
  if (ADDRESSEE.has(lemma)) k = (phraseStartingAt(tokens, k)?.last ?? k - 1) + 1;
  // Adjuncts before "that": "confirmed on Monday that", "said in a statement that".
  for (let j = k; j < Math.min(tokens.length, k + 8); j++) {
    if (OPENERS.test(tokens[j].lower)) return tokens[j].lower === 'that' ? j + 1 : j;
    if (tokens[j].pos === 'VERB' || tokens[j].pos === 'AUX' || tokens[j].text === ',') break;
  }
  if (frame === 'that') return -1;
  if (tokens[k]?.text === ',') k++;
  // A bare object ("claimed victory") is not reported speech: the content needs a verb.
  const hasVerb = tokens.slice(k).some((t) => t.pos === 'VERB' || t.pos === 'AUX');
  return hasVerb ? k : -1;
}

/** Speaker before the cue, content after it. */
export const preposed: AttributionRule = (ctx) => {
  const { tokens, cue } = ctx;
  const np = subjectOf(tokens, cue.first);
  if (!np) return null;
  const k = contentStart(tokens, cue.last + 1, cue.entry.lemma, cue.entry.frame);
  if (k < 0 || k >= tokens.length) return null;
  return attribution(
    ctx,
    'extract/attribution-preposed',
    speakerOf(ctx, np),
    tokens[k].start,
    clauseEnd(ctx),
  );
};
