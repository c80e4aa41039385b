// Participial cues hang on a clause: "Trump attacked Clinton on Friday, saying she was unfit",
// "…, telling the Times that …", "with each saying the other lacks judgment". The speaker is
// the phrase right before the participle after "with", else the subject of the clause before the comma.
import type { Token } from '../../../model/source.js';
import { phraseEndingAt, subjectOf, type TokenRange } from '../../../text/noun-phrase.js';
import { type AttributionRule, attribution, clauseEnd, speakerOf } from './context.js';
import { contentStart } from './preposed.js';

/** "began by saying", "ended the call without saying": the participle hangs on the clause before. */
const LINKING = new Set(['by', 'after', 'while', 'without', 'when']);

/** The subject of the nearest verb before `comma` that has one: the clause the participle hangs on. */
function clauseSubject(tokens: Token[], comma: number): TokenRange | null {
  // A clause's verb lies within a few dozen words of its participle; further back is another clause.
  for (let k = comma - 1; k >= Math.max(0, comma - 40); k--) {
    if (tokens[k].pos !== 'VERB') continue;
    const np = subjectOf(tokens, k);
    if (np) return np;
  }
  return null;
}

/** ", saying CONTENT": a present participle of a reporting verb after a comma, "with X" or "by". */
export const participle: AttributionRule = (ctx) => {
  const { tokens, cue } = ctx;
  if (!tokens[cue.first].lower.endsWith('ing')) return null;
  const before = cue.first - 1;
  let np: TokenRange | null = null;
  if (tokens[before]?.text === ',' || LINKING.has(tokens[before]?.lower ?? ''))
    np = clauseSubject(tokens, before);
  else {
    const withNp = phraseEndingAt(tokens, before);
    if (withNp && tokens[withNp.first - 1]?.lower === 'with') np = withNp;
  }
  if (!np) return null;
  const k = contentStart(tokens, ctx.scan, cue.last + 1, cue.entry.lemma, cue.entry.frame);
  if (k < 0 || k >= tokens.length) return null;
  return attribution(
    ctx,
    'extract/attribution-participle',
    speakerOf(ctx, np),
    tokens[k].start,
    clauseEnd(ctx),
  );
};
