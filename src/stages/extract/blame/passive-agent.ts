// "rockets fired by Iranian forces", "the attack was carried out by IS", "the strike,
// attributed to Israel": the agent of a passive act verb.
import { blameWords } from '../../../lexicons/word-sets.js';
import type { Token } from '../../../model/source.js';
import { phraseEndingAt, phraseStartingAt } from '../../../text/noun-phrase.js';
import type { BlameDraft } from '../draft.js';
import { actOf, actorOf, type BlameRule, blame } from './context.js';

/** Index of "by"/"to" after an act verb at `i` ("carried out by", "attributed to"), or -1. */
function agentMarker(tokens: Token[], i: number): number {
  let k = i + 1;
  if (tokens[k]?.lower === 'out') k++;
  const t = tokens[i];
  if (t.lemma === 'attribute') return tokens[k]?.lower === 'to' ? k : -1;
  return blameWords('act-verb').has(t.lemma) && tokens[k]?.lower === 'by' ? k : -1;
}

/** "ACT VERBed by AGENT": the agent must be a known actor ("by 20 percent" is not one). */
export const passiveAgent: BlameRule = (ctx) => {
  const found: BlameDraft[] = [];
  ctx.tokens.forEach((t, i) => {
    if (t.pos !== 'VERB' || !t.lower.endsWith('ed')) return;
    const marker = agentMarker(ctx.tokens, i);
    const np = marker < 0 ? null : phraseStartingAt(ctx.tokens, marker + 1);
    if (!np) return;
    const agent = actorOf(ctx, np);
    if (!agent.group) return;
    // The act is the noun before the participle with the participle: "rockets fired".
    const skip = ctx.tokens[i - 1]?.lemma === 'be' ? 2 : 1;
    const noun = phraseEndingAt(ctx.tokens, i - skip);
    const headStart = noun ? noun.last : i;
    const actTokens = { first: noun && ctx.tokens[headStart].pos === 'NOUN' ? headStart : i, last: i };
    const head = t.lemma === 'attribute' && noun ? ctx.tokens[noun.last] : t;
    found.push(blame(ctx, 'extract/blame-passive-agent', agent, actOf(ctx, actTokens, head), null));
  });
  return found;
};
