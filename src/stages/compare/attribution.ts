import type { AttributionClaim, Basis, BlameClaim, Claim } from '../../model/claim.js';
import type { Side, Span, TextRange } from '../../model/span.js';
import { type CompareContext, type FindingDraft, linkOf, outlet } from './context.js';
import { claimsOf } from './match.js';
import { claimRef, claimSpan, sentenceSpan } from './spans.js';

// A pronoun's group is only as good as the guess at its antecedent, which moves when paragraphs do.
const PRONOUN = /^(?:he|she|they|it|we|i|you)$/i;
const knownGroup = (basis: Basis) =>
  basis.speaker && !PRONOUN.test(basis.speaker.text) ? basis.speaker.group : null;

/** Why two presentations of the same content differ, or null when they do not. */
function difference(x: Basis, y: Basis): 'stance' | 'speaker' | null {
  if (x.stance !== y.stance) return 'stance';
  const [gx, gy] = [knownGroup(x), knownGroup(y)];
  return gx !== null && gy !== null && gx !== gy ? 'speaker' : null;
}

function attributionById(
  ctx: CompareContext,
  side: Side,
  id: string | undefined,
): AttributionClaim | undefined {
  return id ? claimsOf(ctx[side].claims, 'attribution').find((c) => c.id === id) : undefined;
}

/** Blame assigned by two different known parties ("Israel" vs "the Syrian Observatory"). */
function differentBlamers(a: BlameClaim, b: BlameClaim): boolean {
  const [ga, gb] = [a.blamedBy?.group ?? null, b.blamedBy?.group ?? null];
  return ga !== null && gb !== null && ga !== gb;
}

/** Who a blame claim's blame comes from, for the explanation: the blamer, else the sentence's basis. */
const blameBasis = (c: BlameClaim): Basis => (c.blamedBy ? { stance: 'said', speaker: c.blamedBy } : c.basis);

/** "states it as fact" / "attributes it to Israel ('claims')". */
function describe(ctx: CompareContext, side: Side, basis: Basis): string {
  if (basis.stance === 'fact') return 'states it as fact';
  const cue = attributionById(ctx, side, basis.attribution)?.cue.text;
  const who = basis.speaker?.text ?? 'an unnamed source';
  return `attributes it to ${who}${cue ? ` ('${cue}')` : ''}`;
}

/** Evidence: the claim itself, plus the reporting cue that carries the attribution. */
function evidence(ctx: CompareContext, side: Side, claim: Claim): Span[] {
  const spans = [claimSpan(claim)];
  const attribution = attributionById(ctx, side, claim.basis.attribution);
  if (attribution && attribution.id !== claim.id) {
    const { start, end, text } = attribution.cue;
    spans.push({ sentence: attribution.sentence, start, end, text });
  }
  return spans.sort((x, y) => x.start - y.start);
}

function finding(
  ctx: CompareContext,
  a: Claim,
  b: Claim,
  ba: Basis,
  bb: Basis,
  ruleId: string,
): FindingDraft {
  const what = `'${a.text}'`;
  const aFact = ba.stance === 'fact' || bb.stance === 'fact';
  return {
    kind: 'attribution',
    subject: 'attribution',
    a: evidence(ctx, 'a', a),
    b: evidence(ctx, 'b', b),
    claims: [claimRef('a', a), claimRef('b', b)],
    ruleId,
    salience: aFact ? 0.85 : 0.7,
    explanation: `On ${what}, ${outlet(ctx, 'a')} ${describe(ctx, 'a', ba)}; ${outlet(ctx, 'b')} ${describe(ctx, 'b', bb)}.`,
  };
}

/**
 * The same content with different sourcing or certainty: first between matched claims
 * (a figure stated as fact by one outlet and as a party's claim by the other), then
 * between the attributions of aligned sentences (said vs claimed, or one drops the source).
 */
export function compareAttribution(ctx: CompareContext): FindingDraft[] {
  const found: FindingDraft[] = [];
  const seen = new Set<string>();
  for (const { a, b } of ctx.pairs) {
    if (a.kind === 'attribution' || seen.has(`${a.sentence}|${b.sentence}`)) continue;
    // Sourcing is compared where the outlets report the same thing: in aligned sentences.
    if (!linkOf(ctx, a, b)) continue;
    if (a.kind === 'blame' && b.kind === 'blame') {
      // Blame carries its own source (blamedBy); its sentence's sourcing is compared on the sentence.
      if (!differentBlamers(a, b)) {
        continue;
      }
      seen.add(`${a.sentence}|${b.sentence}`);
      found.push(finding(ctx, a, b, blameBasis(a), blameBasis(b), 'compare/attribution-of-claim'));
      continue;
    }
    if (difference(a.basis, b.basis) === null) continue;
    seen.add(`${a.sentence}|${b.sentence}`);
    found.push(finding(ctx, a, b, a.basis, b.basis, 'compare/attribution-of-claim'));
  }
  for (const link of ctx.counterparts) {
    for (const sa of link.a) {
      for (const sb of link.b) {
        if (seen.has(`${sa}|${sb}`)) continue;
        const draft = compareSentences(ctx, sa, sb, link.relation === 'equivalent');
        if (draft) {
          seen.add(`${sa}|${sb}`);
          found.push(draft);
        }
      }
    }
  }
  return found;
}

/** Attributions of two aligned sentences: a different stance or speaker, or one side dropping a source. */
function compareSentences(
  ctx: CompareContext,
  sa: string,
  sb: string,
  equivalent: boolean,
): FindingDraft | null {
  const xa = claimsOf(ctx.a.claims, 'attribution').filter((c) => c.sentence === sa);
  const xb = claimsOf(ctx.b.claims, 'attribution').filter((c) => c.sentence === sb);
  if (xa.length === xb.length) {
    for (let i = 0; i < xa.length; i++) {
      if (difference(basisOf(xa[i]), basisOf(xb[i])) !== null) {
        return finding(ctx, xa[i], xb[i], basisOf(xa[i]), basisOf(xb[i]), 'compare/attribution-of-sentence');
      }
    }
    return null;
  }
  // One side has a layer of sourcing the other lacks ("…, according to The Associated Press").
  const side: Side = xa.length > xb.length ? 'a' : 'b';
  const [more, fewer] = side === 'a' ? [xa, xb] : [xb, xa];
  const extra = more.find((m) => !fewer.some((f) => f.cue.lemma === m.cue.lemma && sameSpeaker(f, m)));
  if (!extra) return null;
  const plainId = side === 'a' ? sb : sa;
  // A partial link counts when the plain sentence says little beyond the attributed content.
  if (!equivalent && !restates(ctx, side === 'a' ? 'b' : 'a', plainId, ctx[side].text, extra.content))
    return null;
  return dropped(ctx, side, extra, plainId);
}

/** Whether most words of a sentence appear in a content span of the other side. */
function restates(
  ctx: CompareContext,
  side: Side,
  sentenceId: string,
  otherText: string,
  content: TextRange,
): boolean {
  const words = (ctx.sentence[side].get(sentenceId)?.tokens ?? []).filter((t) => /\p{L}/u.test(t.text));
  const inside = new Set(
    otherText
      .slice(content.start, content.end)
      .toLowerCase()
      .match(/\p{L}+/gu) ?? [],
  );
  return words.length > 0 && words.filter((t) => inside.has(t.lower)).length / words.length >= 0.8;
}

const basisOf = (c: AttributionClaim): Basis => ({
  stance: c.stance,
  speaker: c.speaker ?? undefined,
  attribution: c.id,
});
const sameSpeaker = (x: AttributionClaim, y: AttributionClaim) =>
  (x.speaker?.group ?? x.speaker?.text) === (y.speaker?.group ?? y.speaker?.text);

/** An attribution on one side whose content the other side's aligned sentence states without it. */
function dropped(
  ctx: CompareContext,
  side: Side,
  attribution: AttributionClaim,
  plainId: string,
): FindingDraft | null {
  const other: Side = side === 'a' ? 'b' : 'a';
  const sentence = ctx.sentence[side].get(attribution.sentence);
  const plain = ctx.sentence[other].get(plainId);
  if (!sentence || !plain) return null;
  if ((attribution.content.end - attribution.content.start) / (sentence.end - sentence.start) < 0.5)
    return null;
  const spans = { [side]: evidence(ctx, side, attribution), [other]: [sentenceSpan(plain)] } as Record<
    Side,
    Span[]
  >;
  const who = attribution.speaker?.text ?? 'an unnamed source';
  return {
    kind: 'attribution',
    subject: 'attribution',
    a: spans.a,
    b: spans.b,
    claims: [claimRef(side, attribution)],
    ruleId: 'compare/attribution-dropped',
    salience: 0.8,
    explanation: `${outlet(ctx, side)} attributes this to ${who} ('${attribution.cue.text}'); ${outlet(ctx, other)} states it without that source.`,
  };
}
