// "X was responsible for the attack", "X carried out the attack", "X claimed responsibility
// for the bombing": the subject is the agent, the outlet or the covering speaker blames.
import { blameWords } from '../../../lexicons/word-sets.js';
import { phraseStartingAt, subjectOf } from '../../../text/noun-phrase.js';
import type { BlameDraft } from '../draft.js';
import { actOf, actorOf, type BlameRule, blame } from './context.js';

/** "X was responsible for ACT" and "X claimed responsibility for ACT". */
export const responsibleFor: BlameRule = (ctx) => {
  const found: BlameDraft[] = [];
  const { tokens } = ctx;
  tokens.forEach((t, i) => {
    if (!/^responsib(?:le|ility)$/u.test(t.lower) || tokens[i + 1]?.lower !== 'for') return;
    const verb = i - 1;
    const subject = verb >= 0 ? subjectOf(tokens, verb) : null;
    const act = phraseStartingAt(tokens, i + 2);
    if (!subject || !act || (tokens[verb].pos === 'VERB' && tokens[verb].lemma === 'hold')) return;
    found.push(blame(ctx, 'extract/blame-responsible', actorOf(ctx, subject), actOf(ctx, act), null, t));
  });
  return found;
};

/** "X carried out / launched / conducted the attack": an attack noun as the object. */
export const carriedOut: BlameRule = (ctx) => {
  const found: BlameDraft[] = [];
  const { tokens } = ctx;
  tokens.forEach((t, i) => {
    if (t.pos !== 'VERB' || !/^(?:carry|launch|conduct|stage|perpetrate)$/u.test(t.lemma)) return;
    const objectAt = tokens[i + 1]?.lower === 'out' ? i + 2 : i + 1;
    const act = phraseStartingAt(tokens, objectAt);
    const subject = subjectOf(tokens, i);
    if (!act || !subject || !blameWords('attack-noun').has(tokens[act.last].lemma)) return;
    const agent = actorOf(ctx, subject);
    if (!agent.group) return;
    found.push(blame(ctx, 'extract/blame-carried-out', agent, actOf(ctx, act), null, t));
  });
  return found;
};
