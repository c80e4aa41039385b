import type { AttributionClaim, Basis, Claim } from '../../model/claim.js';
import type { Side, Span } from '../../model/span.js';
import { type CompareContext, type FindingDraft, outlet } from './context.js';
import { claimsOf } from './match.js';
import { claimRef, claimSpan } from './spans.js';

/** Why two presentations of the same content differ, or null when they do not. */
function difference(x: Basis, y: Basis): 'stance' | 'speaker' | null {
  if (x.stance !== y.stance) return 'stance';
  const [gx, gy] = [x.speaker?.group ?? null, y.speaker?.group ?? null];
  return gx !== null && gy !== null && gx !== gy ? 'speaker' : null;
}

function attributionById(
  ctx: CompareContext,
  side: Side,
  id: string | undefined,
): AttributionClaim | undefined {
  return id ? claimsOf(ctx[side].claims, 'attribution').find((c) => c.id === id) : undefined;
}

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
    spans.push({ sentence: attribution.sentence, ...attribution.cue, text: attribution.cue.text });
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
    if (difference(a.basis, b.basis) === null) continue;
    seen.add(`${a.sentence}|${b.sentence}`);
    found.push(finding(ctx, a, b, a.basis, b.basis, 'compare/attribution-of-claim'));
  }
  for (const link of ctx.alignment) {
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

/** Attributions of two aligned sentences: a different stance or speaker, or one side dropping the source. */
function compareSentences(
  ctx: CompareContext,
  sa: string,
  sb: string,
  equivalent: boolean,
): FindingDraft | null {
  const xa = claimsOf(ctx.a.claims, 'attribution').filter((c) => c.sentence === sa);
  const xb = claimsOf(ctx.b.claims, 'attribution').filter((c) => c.sentence === sb);
  const asBasis = (c: AttributionClaim): Basis => ({
    stance: c.stance,
    speaker: c.speaker ?? undefined,
    attribution: c.id,
  });
  if (xa.length > 0 && xb.length > 0) {
    const [a, b] = [xa[0], xb[0]];
    if (difference(asBasis(a), asBasis(b)) === null) return null;
    return finding(ctx, a, b, asBasis(a), asBasis(b), 'compare/attribution-of-sentence');
  }
  if (!equivalent || (xa.length === 0 && xb.length === 0)) return null;
  // One side reports the sentence through a source, the other in its own voice.
  const [side, attribution] = xa.length > 0 ? (['a', xa[0]] as const) : (['b', xb[0]] as const);
  const sentence = ctx.sentence[side].get(side === 'a' ? sa : sb);
  const plain = ctx.sentence[side === 'a' ? 'b' : 'a'].get(side === 'a' ? sb : sa);
  if (!sentence || !plain) return null;
  const covered = (attribution.content.end - attribution.content.start) / (sentence.end - sentence.start);
  if (covered < 0.5) return null;
  const factClaim = {
    ...attribution,
    id: '',
    sentence: plain.id,
    start: plain.start,
    end: plain.end,
    text: plain.text,
  };
  const fact: Basis = { stance: 'fact' };
  const [a, b] = side === 'a' ? [attribution, factClaim] : [factClaim, attribution];
  const draft = finding(
    ctx,
    a,
    b,
    side === 'a' ? asBasis(attribution) : fact,
    side === 'a' ? fact : asBasis(attribution),
    'compare/attribution-dropped',
  );
  draft.claims = [claimRef(side, attribution)];
  return draft;
}
