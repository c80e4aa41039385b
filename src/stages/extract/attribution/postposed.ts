// Postposed cues close the sentence: "CONTENT, the spokesman wrote on Telegram.",
// "CONTENT, the ministry added.", and the inverted "“…,” said Caddell."
import type { Token } from '../../../model/source.js';
import { phraseStartingAt, subjectOf } from '../../../text/noun-phrase.js';
import { type AttributionRule, attribution, speakerOf } from './context.js';

/** Punctuation that ends the content before a postposed cue. */
const BOUNDARY = /^(?:,|:|;|—|–|”|"|’|')$/u;

/** After the cue only a short adjunct may follow ("on Telegram", "in a statement", "told reporters"). */
function shortTail(tokens: Token[], from: number): boolean {
  let k = from;
  for (; k < tokens.length; k++) {
    const t = tokens[k];
    if (/^[,;.!?—–]$/u.test(t.text) || BOUNDARY.test(t.text)) break;
    if (t.pos === 'VERB' || t.pos === 'AUX' || t.lower === 'that') return false;
  }
  return k - from <= 10;
}

/** Index of the last boundary token before `i` with content before it, or -1. */
function boundaryBefore(tokens: Token[], i: number): number {
  let k = i - 1;
  while (k > 0 && BOUNDARY.test(tokens[k].text)) k--;
  return k > 0 && k < i - 1 ? k : -1;
}

/** "CONTENT, X said [adjunct]": speaker before the cue, content before the comma. */
export const postposed: AttributionRule = (ctx) => {
  const { tokens, cue, sentence } = ctx;
  if (!shortTail(tokens, cue.last + 1)) return null;
  const np = subjectOf(tokens, cue.first);
  if (!np || !BOUNDARY.test(tokens[np.first - 1]?.text ?? '')) return null;
  const end = boundaryBefore(tokens, np.first);
  if (end < 0) return null;
  return attribution(
    ctx,
    'extract/attribution-postposed',
    speakerOf(ctx, np),
    sentence.start,
    tokens[end].end,
  );
};

/** "CONTENT,” said X": the inverted order of quotations. */
export const inverted: AttributionRule = (ctx) => {
  const { tokens, cue, sentence } = ctx;
  if (!BOUNDARY.test(tokens[cue.first - 1]?.text ?? '')) return null;
  const np = phraseStartingAt(tokens, cue.last + 1);
  if (!np || !shortTail(tokens, np.last + 1)) return null;
  const end = boundaryBefore(tokens, cue.first);
  if (end < 0) return null;
  return attribution(
    ctx,
    'extract/attribution-inverted',
    speakerOf(ctx, np),
    sentence.start,
    tokens[end].end,
  );
};
