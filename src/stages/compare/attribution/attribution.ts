import type { AlignmentLink } from '../../../model/alignment.js';
import type { AttributionClaim, Basis, BlameClaim, Claim } from '../../../model/claim.js';
import type { Side } from '../../../model/span.js';
import { type CompareContext, type FindingDraft, linkOf, outlet } from '../context.js';
import type { MatchedFacts } from '../facts/fact-match.js';
import { claimsOf } from '../facts/match.js';
import { claimRef } from '../spans.js';
import { basisOf, contentOverlap, contrast } from './attribution-content.js';
import { dropped, sameSource } from './attribution-dropped.js';
import { nestedReports } from './attribution-nested.js';
import { type AttributionContext, capped, cueKey, describe, evidence } from './attribution-shared.js';
import { verbContrasts } from './attribution-verb.js';
import { notOwnVoice } from './voice.js';

/** Two attributions report the same content when their content words overlap this much (Dice). */
const SAME_CONTENT = 0.35;
/** How much less sure a fact-versus-"said" contrast on a figure is than one against a doubting cue. */
const NEUTRAL_SOURCE = 0.1;
/** Sentences are compared for sourcing only when the alignment is this sure they report the same thing. */
const SURE_LINK = 0.5;

/** Blame assigned by two different known parties ("Israel" vs "the Syrian Observatory"). */
function differentBlamers(a: BlameClaim, b: BlameClaim): boolean {
  const [ga, gb] = [a.blamedBy?.group ?? null, b.blamedBy?.group ?? null];
  return ga !== null && gb !== null && ga !== gb;
}

/** Who a blame claim's blame comes from, for the explanation: the blamer, else the sentence's basis. */
const blameBasis = (c: BlameClaim): Basis => (c.blamedBy ? { stance: 'said', speaker: c.blamedBy } : c.basis);

/** Confidence from the link's paraphrase probability and how surely the two contents are the same. */
const confidenceOf = (link: AlignmentLink, same: number, kind: ReturnType<typeof contrast>) =>
  (0.45 + 0.5 * link.score) * (0.6 + 0.4 * Math.min(1, same / 0.6)) - (kind === 'speaker' ? 0.15 : 0);

interface Pairing {
  a: Claim;
  b: Claim;
  ba: Basis;
  bb: Basis;
  ruleId: string;
  confidence: number;
}

function finding(ctx: CompareContext, p: Pairing): FindingDraft {
  const fact = p.ba.stance === 'fact' || p.bb.stance === 'fact';
  return {
    kind: 'attribution',
    subject: 'attribution',
    a: evidence(ctx, 'a', p.a),
    b: evidence(ctx, 'b', p.b),
    claims: [claimRef('a', p.a), claimRef('b', p.b)],
    ruleId: p.ruleId,
    salience: fact ? 0.85 : 0.7,
    confidence: capped(p.confidence, p.ba.stance, p.bb.stance),
    explanation: `On '${p.a.text}', ${outlet(ctx, 'a')} ${describe(ctx, 'a', p.ba)}; ${outlet(ctx, 'b')} ${describe(ctx, 'b', p.bb)}.`,
  };
}

/**
 * Whether the side that attributes a figure also states the same value as fact elsewhere ("spent
 * $750,000" in the lead, "prosecutors said he must forfeit $750,000" below): then it vouches for it too.
 */
function statedElsewhere(ctx: CompareContext, a: Claim, b: Claim): boolean {
  const attributed: [Side, Claim][] = (
    [
      ['a', a],
      ['b', b],
    ] as [Side, Claim][]
  ).filter(([, c]) => c.basis.stance !== 'fact');
  return attributed.some(([side, c]) =>
    claimsOf(ctx[side].claims, 'quantity').some(
      (q) =>
        q.id !== c.id &&
        q.basis.stance === 'fact' &&
        c.kind === 'quantity' &&
        q.value !== undefined &&
        q.value === c.value,
    ),
  );
}

/** A stated fact counts only in the outlet's own voice: not inside a quote, not beside a quote's tag. */
function ownVoiceHolds(ac: AttributionContext, a: Claim, b: Claim, ba: Basis, bb: Basis): boolean {
  if (ba.stance === 'fact' && ac.voiced.a.has(a.sentence)) return false;
  return !(bb.stance === 'fact' && ac.voiced.b.has(b.sentence));
}

/**
 * Matched figures and blame in aligned sentences whose sourcing differs: one outlet states a
 * figure as fact, the other as a party's claim; or two known parties assign the blame.
 * Dates are left out: when a thing happened is rarely what a source vouches for.
 */
function claimContrasts(ac: AttributionContext, m: MatchedFacts, seen: Set<string>): FindingDraft[] {
  const found: FindingDraft[] = [];
  for (const { a, b } of m.claimPairs) {
    const link = linkOf(ac.ctx, a, b);
    if (!link || seen.has(`${a.sentence}|${b.sentence}`)) continue;
    let pairing: Pairing | null = null;
    if (a.kind === 'blame' && b.kind === 'blame' && differentBlamers(a, b)) {
      const [ba, bb] = [blameBasis(a), blameBasis(b)];
      pairing = {
        a,
        b,
        ba,
        bb,
        ruleId: 'compare/attribution-of-claim',
        confidence: confidenceOf(link, 1, 'speaker'),
      };
    } else if (a.kind === 'quantity' && b.kind === 'quantity' && !(a.value !== undefined && a.value <= 1)) {
      // "one word", "a single day": a count of one is a detail of wording, not a figure a source vouches for.
      const kind = contrast(a.basis, b.basis);
      // Two different values are a divergence for the quantity rules, not one figure sourced twice.
      const differ = a.value !== undefined && b.value !== undefined && a.value !== b.value;
      if ((kind === 'fact' || kind === 'hedge') && !differ && !statedElsewhere(ac.ctx, a, b)) {
        // A figure stated as fact against the same figure neutrally sourced ("officials said") is
        // often house style; against one cast in doubt ("Israel claims") it is the finding.
        const neutral = kind === 'fact' && [a.basis, b.basis].some((x) => x.stance === 'said');
        const confidence = confidenceOf(link, 1, kind) - (neutral ? NEUTRAL_SOURCE : 0);
        pairing = { a, b, ba: a.basis, bb: b.basis, ruleId: 'compare/attribution-of-claim', confidence };
      }
    }
    if (!pairing || !ownVoiceHolds(ac, a, b, pairing.ba, pairing.bb)) continue;
    seen.add(`${a.sentence}|${b.sentence}`);
    found.push(finding(ac.ctx, pairing));
  }
  return found;
}

/** The same content attributed differently in two sentences the alignment is sure about. */
function sentenceContrast(
  ac: AttributionContext,
  link: AlignmentLink,
  sa: string,
  sb: string,
): FindingDraft | null {
  const { ctx } = ac;
  const xa = claimsOf(ctx.a.claims, 'attribution').filter((c) => c.sentence === sa);
  const xb = claimsOf(ctx.b.claims, 'attribution').filter((c) => c.sentence === sb);
  if (xa.length === 0 && xb.length === 0) return null;
  // One side has a layer of sourcing the other lacks ("…, according to The Associated Press"):
  // checked word by word in `dropped`, so any counterpart link will do.
  if (xa.length !== xb.length) {
    const side: Side = xa.length > xb.length ? 'a' : 'b';
    const [more, fewer] = side === 'a' ? [xa, xb] : [xb, xa];
    const extra = more.find((m) => !fewer.some((f) => f.cue.lemma === m.cue.lemma && sameSource(f, m)));
    // With a source of its own left, the plain sentence is no outlet's voice, but it still lacks this one.
    const layer = fewer.length > 0;
    const draft = extra ? dropped(ac, link, side, extra, side === 'a' ? sb : sa, layer) : null;
    if (draft || fewer.length === 0) return draft;
  }
  // A contrast of two sources needs a link the alignment is sure about.
  if (link.score < SURE_LINK) return null;
  let best: Pairing | null = null;
  const overlap = (x: AttributionClaim, y: AttributionClaim) =>
    contentOverlap(ctx, { sentence: sa, range: x.content }, { sentence: sb, range: y.content });
  // Each attribution is compared with the one reporting the most similar content, and only when
  // that choice is mutual: two quotes of one speech are not each other's counterparts.
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
  if (best?.a.kind !== 'attribution' || best.b.kind !== 'attribution') return null;
  const key = `s:${cueKey(best.a, best.b)}`;
  if (ac.cues.has(key)) return null;
  ac.cues.add(key);
  return finding(ctx, best);
}

/**
 * The same content with a real difference of source or stance (issue 10): matched figures and
 * blame first, then the attributions of sentences the alignment is sure about. Nothing is read
 * as the outlet's own statement when it sits inside a quote or beside a quote's tag.
 */
export function compareAttribution(ctx: CompareContext, m: MatchedFacts): FindingDraft[] {
  const ac: AttributionContext = {
    ctx,
    voiced: { a: notOwnVoice(ctx.a), b: notOwnVoice(ctx.b) },
    cues: new Set(),
  };
  const seen = new Set<string>();
  const found = [...verbContrasts(ac), ...nestedReports(ac, seen), ...claimContrasts(ac, m, seen)];
  for (const link of ctx.counterparts) {
    for (const sa of link.a) {
      for (const sb of link.b) {
        if (seen.has(`${sa}|${sb}`)) continue;
        const draft = sentenceContrast(ac, link, sa, sb);
        if (draft) {
          seen.add(`${sa}|${sb}`);
          found.push(draft);
        }
      }
    }
  }
  return found;
}
