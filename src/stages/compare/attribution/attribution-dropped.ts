import type { AlignmentLink } from '../../../model/alignment.js';
import type { AttributionClaim } from '../../../model/claim.js';
import type { Side, Span } from '../../../model/span.js';
import { type CompareContext, type FindingDraft, otherSide, outlet } from '../context.js';
import { claimsOf } from '../facts/match.js';
import { claimRef, sentenceSpan } from '../spans.js';
import {
  type AttributionContext,
  capped,
  contentWords,
  cueKey,
  evidence,
  whoSays,
} from './attribution-shared.js';

/** Whether two attributions name the same source as written (or the same actor group). */
export const sameSource = (x: AttributionClaim, y: AttributionClaim) =>
  (x.speaker?.group ?? x.speaker?.text) === (y.speaker?.group ?? y.speaker?.text);

/** Whether most words of a sentence appear in an attribution's content on the other side. */
function restated(
  ctx: CompareContext,
  side: Side,
  sentenceId: string,
  attribution: AttributionClaim,
  attributionSide: Side = otherSide(side),
): number {
  const words = (ctx.sentence[side].get(sentenceId)?.tokens ?? []).filter((t) => /\p{L}/u.test(t.text));
  const inside = new Set(contentWords(ctx, attributionSide, attribution.content));
  return words.length === 0 ? 0 : words.filter((t) => inside.has(t.lower)).length / words.length;
}

/**
 * Whether the plain side itself attributes what the plain sentence says, in another sentence: a
 * pull quote printed on its own ('During the 2016 campaign…') repeats a quote the article tags below.
 */
function attributedElsewhere(ctx: CompareContext, side: Side, plainId: string): boolean {
  return claimsOf(ctx[side].claims, 'attribution').some(
    (c) => c.sentence !== plainId && restated(ctx, side, plainId, c, side) >= 0.8,
  );
}

/**
 * An attribution on one side whose content the other side's aligned sentence states in its own
 * voice: the plain sentence restates the attributed content, and it is neither quoted nor beside
 * a quote's tag (a quote split over sentences is still the speaker's, issue 10 cause 3).
 */
export function dropped(
  ac: AttributionContext,
  link: AlignmentLink,
  side: Side,
  attribution: AttributionClaim,
  plainId: string,
  layer = false,
): FindingDraft | null {
  const { ctx } = ac;
  const other = otherSide(side);
  const sentence = ctx.sentence[side].get(attribution.sentence);
  const plain = ctx.sentence[other].get(plainId);
  if (!sentence || !plain || (!layer && ac.voiced[other].has(plainId))) return null;
  if ((attribution.content.end - attribution.content.start) / (sentence.end - sentence.start) < 0.5)
    return null;
  const share = restated(ctx, other, plainId, attribution);
  if (share < 0.8 || attributedElsewhere(ctx, other, plainId)) return null;
  const key = `${side}:${cueKey(attribution)}`;
  if (ac.cues.has(key)) return null;
  ac.cues.add(key);
  const spans = { [side]: evidence(ctx, side, attribution), [other]: [sentenceSpan(plain)] } as Record<
    Side,
    Span[]
  >;
  const who = whoSays(ctx, side, attribution);
  return {
    kind: 'attribution',
    subject: 'attribution',
    a: spans.a,
    b: spans.b,
    claims: [claimRef(side, attribution)],
    ruleId: 'compare/attribution-dropped',
    salience: 0.8,
    confidence: capped((0.45 + 0.5 * link.score) * share, attribution.stance, 'fact'),
    explanation: `${outlet(ctx, side)} attributes this to ${who} ('${attribution.cue.text}'); ${outlet(ctx, other)} states it without that source.`,
  };
}
