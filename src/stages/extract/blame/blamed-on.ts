// "It also blamed the rocket fire on Iran", "Israel blamed Iran for the attack",
// "X accused Y of firing rockets", "held Y responsible for the attack".
import { phraseStartingAt, subjectOf } from '../../../text/noun-phrase.js';
import type { BlameDraft } from '../draft.js';
import { actOf, actorOf, type BlameContext, type BlameRule, blame } from './context.js';

/** Verbs whose subject assigns blame, the words that introduce the second argument, and the rule id. */
const ASSIGNERS: Record<string, { preps: string[]; ruleId: string }> = {
  blame: { preps: ['on', 'for'], ruleId: 'extract/blame-blame' },
  accuse: { preps: ['of'], ruleId: 'extract/blame-accuse' },
  hold: { preps: ['responsible'], ruleId: 'extract/blame-hold' },
};

/** "S blamed ACT on AGENT" | "S blamed AGENT for ACT" | "S accused AGENT of ACT" | "S held AGENT responsible for ACT". */
export const blamedOn: BlameRule = (ctx) => {
  const found: BlameDraft[] = [];
  ctx.tokens.forEach((t, i) => {
    // hasOwn: a lemma such as "constructor" must not find Object.prototype's.
    const assigner = Object.hasOwn(ASSIGNERS, t.lemma) ? ASSIGNERS[t.lemma] : undefined;
    if (!assigner || t.pos !== 'VERB') return;
    const draft = assign(ctx, i, assigner);
    if (draft) found.push(draft);
  });
  return found;
};

function assign(
  ctx: BlameContext,
  i: number,
  { preps, ruleId }: (typeof ASSIGNERS)[string],
): BlameDraft | null {
  const { tokens } = ctx;
  const first = phraseStartingAt(tokens, i + 1, new Set(preps));
  if (!first) return null;
  let at = first.last + 1;
  const prep = tokens[at]?.lower ?? '';
  if (!preps.includes(prep)) return null;
  if (prep === 'responsible') at += tokens[at + 1]?.lower === 'for' ? 1 : 0;
  const second = phraseStartingAt(tokens, at + 1) ?? gerund(ctx, at + 1);
  if (!second) return null;
  const subject = subjectOf(tokens, i);
  const by = subject ? actorOf(ctx, subject) : null;
  // "blamed ACT on AGENT" puts the act first; the other frames put the agent first.
  const [agentRange, actRange] = prep === 'on' ? [second, first] : [first, second];
  return blame(ctx, ruleId, actorOf(ctx, agentRange), actOf(ctx, actRange), by, tokens[i]);
}

/** "accused Iran of firing rockets": the gerund and its object. */
function gerund(ctx: BlameContext, at: number) {
  // "of the hacking": wink tags a gerund after an article as a verb too.
  const verbAt = ctx.tokens[at]?.pos === 'DET' ? at + 1 : at;
  const t = ctx.tokens[verbAt];
  if (t?.pos !== 'VERB' || !t.lower.endsWith('ing')) return null;
  const object = phraseStartingAt(ctx.tokens, verbAt + 1);
  return { first: at, last: object ? object.last : verbAt };
}
