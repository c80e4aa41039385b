import type { ActorRef } from '../../../model/claim.js';
import type { Sentence, Token } from '../../../model/source.js';
import { actorGroup } from '../../../text/actors.js';
import type { TokenRange } from '../../../text/noun-phrase.js';
import { resolvePronoun } from '../attribution/pronoun.js';
import type { AttributionDraft, BlameDraft } from '../draft.js';

/** What a blame rule sees: the sentence, the source text and the attributions found so far. */
export interface BlameContext {
  sentence: Sentence;
  tokens: Token[];
  text: string;
  attributions: AttributionDraft[];
}

/** A blame rule: every blame claim its pattern finds in the sentence. */
export type BlameRule = (ctx: BlameContext) => BlameDraft[];

/** An actor mention for a token range; a pronoun is resolved to the latest speaker so far. */
export function actorOf(ctx: BlameContext, range: TokenRange): ActorRef {
  const start = ctx.tokens[range.first].start;
  const end = ctx.tokens[range.last].end;
  const text = ctx.text.slice(start, end);
  return resolvePronoun(
    { start, end, text, group: actorGroup(text) },
    ctx.attributions.map((a) => a.speaker),
  );
}

/** The act as written and the lemma of its head: "the rocket fire" → `fire`. */
export function actOf(ctx: BlameContext, range: TokenRange, head?: Token): BlameDraft['act'] {
  const start = ctx.tokens[range.first].start;
  const end = ctx.tokens[range.last].end;
  const nouns = ctx.tokens
    .slice(range.first, range.last + 1)
    .filter((t) => t.pos === 'NOUN' || t.pos === 'VERB');
  const lemma = (head ?? nouns.at(-1) ?? ctx.tokens[range.last]).lemma;
  return { start, end, text: ctx.text.slice(start, end), lemma };
}

/** The speaker of the innermost attribution whose content covers `[start, end)`, or null. */
export function coveringSpeaker(ctx: BlameContext, start: number, end: number): ActorRef | null {
  let best: AttributionDraft | undefined;
  for (const a of ctx.attributions) {
    if (a.content.start > start || a.content.end < end) continue;
    if (!best || a.content.end - a.content.start < best.content.end - best.content.start) best = a;
  }
  return best?.speaker ?? null;
}

/** Builds a blame draft spanning the agent, the act and any cue between them. */
export function blame(
  ctx: BlameContext,
  ruleId: string,
  agent: ActorRef,
  act: BlameDraft['act'],
  blamedBy: ActorRef | null,
  cue?: Token,
): BlameDraft {
  const edges = [agent, act, ...(cue ? [cue] : [])];
  const start = Math.min(...edges.map((e) => e.start));
  const end = Math.max(...edges.map((e) => e.end));
  return {
    kind: 'blame',
    sentence: ctx.sentence.id,
    ruleId,
    start,
    end,
    text: ctx.text.slice(start, end),
    agent,
    act,
    blamedBy: blamedBy ?? coveringSpeaker(ctx, start, end),
  };
}
