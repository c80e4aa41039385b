import type { AlignmentLink } from '../../../model/alignment.js';
import type { AttributionClaim } from '../../../model/claim.js';
import type { Side } from '../../../model/span.js';
import { type FindingDraft, otherSide } from '../context.js';
import { claimsOf } from '../facts/match.js';
import { basisOf, contentOverlap, contrast } from './attribution-content.js';
import { dropped, sameSource } from './attribution-dropped.js';
import { confidenceOf, type Pairing, pairingFinding } from './attribution-pairing.js';
import { type AttributionContext, contentWords, cueKey } from './attribution-shared.js';

// Inputs: two sentences the alignment links and their attribution claims. Whether they attribute
// the same content differently: one lacks a layer of sourcing the other gives
// (compare/attribution-dropped), or the two name another source or stance
// (compare/attribution-of-sentence).

/** Two attributions report the same content when their content words overlap this much (Dice). */
const SAME_CONTENT = 0.35;
/** Sentences are compared for sourcing only when the alignment is this sure they report the same thing. */
const SURE_LINK = 0.5;

/** Whether an attribution names or describes its source: a noun or a name in its speaker ("Lee", "officials"). */
function namesSource(ac: AttributionContext, side: Side, x: AttributionClaim): boolean {
  const speaker = x.speaker;
  if (!speaker) return false;
  return (ac.ctx.sentence[side].get(x.sentence)?.tokens ?? []).some(
    (t) => t.start >= speaker.start && t.end <= speaker.end && (t.pos === 'NOUN' || t.pos === 'PROPN'),
  );
}

/**
 * The attributions of one side that are no layer of sourcing: a hedge or a report by no one
 * named whose every word the other side's aligned sentence gives inside an attribution's
 * content, or whose cue lies inside the content of a named attribution on its own side. Either
 * way the hedge belongs to a speaker's words ("it seems…, Lee said"): a quote printed bare or
 * tagged keeps its own hedge, which is not the outlet's (perturbation harness, issue 10; review
 * of perturb11, item 3). A named source stays a layer even so: both sides may report one
 * statement that quotes another.
 */
function ownLayers(
  ac: AttributionContext,
  side: Side,
  xs: AttributionClaim[],
  others: AttributionClaim[],
): AttributionClaim[] {
  const contents = others.map((o) => new Set(contentWords(ac.ctx, otherSide(side), o.content)));
  const named = xs.filter((y) => namesSource(ac, side, y));
  const insideNamed = (x: AttributionClaim) =>
    named.some((y) => y !== x && y.content.start <= x.cue.start && x.cue.end <= y.content.end);
  return xs.filter((x) => {
    if (named.includes(x)) return true;
    if (insideNamed(x)) return false;
    const words = contentWords(ac.ctx, side, x);
    return !contents.some((inside) => words.length > 0 && words.every((w) => inside.has(w)));
  });
}

/**
 * One side has a layer of sourcing the other lacks ("…, according to The Associated Press"):
 * checked word by word in `dropped`, so any counterpart link will do. Undefined when the
 * sentences hold as many attributions, or when the side with fewer still has one and no layer
 * was dropped (then the sources are contrasted instead).
 */
function layerContrast(
  ac: AttributionContext,
  link: AlignmentLink,
  [sa, sb]: [string, string],
  [allA, allB]: [AttributionClaim[], AttributionClaim[]],
): FindingDraft | null | undefined {
  const [xa, xb] = [ownLayers(ac, 'a', allA, allB), ownLayers(ac, 'b', allB, allA)];
  if (xa.length === xb.length) return undefined;
  const side: Side = xa.length > xb.length ? 'a' : 'b';
  const [more, fewer] = side === 'a' ? [xa, xb] : [xb, xa];
  // The layer lacking is one the other sentence does not give at all, among all its attributions:
  // a hedge that \`ownLayers\` set aside as a speaker's words is still given by that sentence.
  const given = side === 'a' ? allB : allA;
  const extra = more.find((m) => !given.some((f) => f.cue.lemma === m.cue.lemma && sameSource(f, m)));
  // With a source of its own left, the plain sentence is no outlet's voice, but it still lacks this one.
  const layer = fewer.length > 0;
  const draft = extra ? dropped(ac, link, side, extra, side === 'a' ? sb : sa, layer) : null;
  return draft || fewer.length === 0 ? draft : undefined;
}

/**
 * The surest pairing of attributions that report the same content from another source or stance.
 * Each attribution is compared with the one reporting the most similar content, and only when
 * that choice is mutual: two quotes of one speech are not each other's counterparts.
 */
function sourceContrast(
  ac: AttributionContext,
  link: AlignmentLink,
  [sa, sb]: [string, string],
  [xa, xb]: [AttributionClaim[], AttributionClaim[]],
): Pairing | null {
  let best: Pairing | null = null;
  const overlap = (x: AttributionClaim, y: AttributionClaim) =>
    contentOverlap(ac.ctx, { sentence: sa, range: x.content }, { sentence: sb, range: y.content });
  const bestOf = <T>(xs: T[], score: (x: T) => number): T =>
    xs.reduce((m, x) => (score(x) > score(m) ? x : m));
  for (const x of xa) {
    const y = bestOf(xb, (c) => overlap(x, c));
    if (bestOf(xa, (c) => overlap(c, y)) !== x) continue;
    const same = overlap(x, y);
    const kind = contrast(basisOf(x), basisOf(y));
    if (same < SAME_CONTENT || kind === null) continue;
    const confidence = confidenceOf(link, same, kind);
    if (!best || confidence > best.confidence)
      best = {
        a: x,
        b: y,
        ba: basisOf(x),
        bb: basisOf(y),
        ruleId: 'compare/attribution-of-sentence',
        confidence,
      };
  }
  return best;
}

/** The same content attributed differently in two sentences the alignment links. */
export function sentenceContrast(
  ac: AttributionContext,
  link: AlignmentLink,
  sa: string,
  sb: string,
): FindingDraft | null {
  const { ctx } = ac;
  const xa = claimsOf(ctx.a.claims, 'attribution').filter((c) => c.sentence === sa);
  const xb = claimsOf(ctx.b.claims, 'attribution').filter((c) => c.sentence === sb);
  if (xa.length === 0 && xb.length === 0) return null;
  const layer = layerContrast(ac, link, [sa, sb], [xa, xb]);
  if (layer !== undefined) return layer;
  // A contrast of two sources needs a link the alignment is sure about.
  if (link.score < SURE_LINK) return null;
  const best = sourceContrast(ac, link, [sa, sb], [xa, xb]);
  if (best?.a.kind !== 'attribution' || best.b.kind !== 'attribution') return null;
  const key = `s:${cueKey(best.a, best.b)}`;
  if (ac.cues.has(key)) return null;
  ac.cues.add(key);
  return pairingFinding(ctx, best);
}
