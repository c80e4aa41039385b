import type { Basis, BlameClaim, Claim } from '../../../model/claim.js';
import type { Side } from '../../../model/span.js';
import { type CompareContext, type FindingDraft, linkOf, otherSide } from '../context.js';
import { writtenNumber } from '../facts/fact-counterparts.js';
import type { MatchedFacts } from '../facts/fact-match.js';
import { claimsOf } from '../facts/match.js';
import { asQuantity, sameOpenBound } from '../facts/quantity-precision.js';
import { contrast } from './attribution-content.js';
import { confidenceOf, type Pairing, pairingFinding } from './attribution-pairing.js';
import type { AttributionContext } from './attribution-shared.js';

// Inputs: the figures and blame the matching step paired (fact-match.ts) in aligned sentences.
// Whether their sourcing differs: one outlet states a figure as fact, the other as a party's
// claim; or two known parties assign the blame (compare/attribution-of-claim).

/** How much less sure a fact-versus-"said" contrast on a figure is than one against a doubting cue. */
const NEUTRAL_SOURCE = 0.1;

/** Blame assigned by two different known parties ("Israel" vs "the Syrian Observatory"). */
function differentBlamers(a: BlameClaim, b: BlameClaim): boolean {
  const [ga, gb] = [a.blamedBy?.group ?? null, b.blamedBy?.group ?? null];
  return ga !== null && gb !== null && ga !== gb;
}

/** Who a blame claim's blame comes from, for the explanation: the blamer, else the sentence's basis. */
const blameBasis = (c: BlameClaim): Basis => (c.blamedBy ? { stance: 'said', speaker: c.blamedBy } : c.basis);

/**
 * Whether the side that attributes a figure also states the same value as fact elsewhere, for the
 * same fact ("spent $420,000" in the lead, "auditors said he must repay $420,000" below): then it
 * vouches for it too. The same value for another thing does not ("The federation claims wages
 * have fallen by 9 per cent" beside "The government has offered 9 per cent": blind 43 reader), so
 * the figure stated as fact must be one the matching step took for the other side's fact.
 */
function statedAsFactElsewhere(ctx: CompareContext, m: MatchedFacts, a: Claim, b: Claim): boolean {
  const pair: [Side, Claim, Claim][] = [
    ['a', a, b],
    ['b', b, a],
  ];
  return pair.some(([side, c, other]) => {
    if (c.basis.stance === 'fact' || c.kind !== 'quantity') return false;
    const otherFact = m.facts[otherSide(side)].find((f) => f.claim.id === other.id);
    const sameFact = new Set((otherFact ? (m.candidatesOf.get(otherFact) ?? []) : []).map((f) => f.claim.id));
    return claimsOf(ctx[side].claims, 'quantity').some(
      (q) =>
        q.id !== c.id &&
        sameFact.has(q.id) &&
        q.basis.stance === 'fact' &&
        q.value !== undefined &&
        q.value === c.value,
    );
  });
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
export function claimContrasts(ac: AttributionContext, m: MatchedFacts, seen: Set<string>): FindingDraft[] {
  const found: FindingDraft[] = [];
  // Figures that cannot both hold, or two numbers that overlap or bound the same way ("at least 31
  // people" / "more than 40 civilians": review of truth22); a figure inside the other's range ("15
  // people" / "at least 12 people", "20 rockets" / "a salvo of rockets") is one figure told more
  // and less precisely.
  const twoFigures = new Set(
    m.quantities
      .filter((p) => {
        const [x, y] = [writtenNumber(p.a), writtenNumber(p.b)];
        const apart = x !== undefined && y !== undefined && x !== y;
        // Two floors, or two ceilings, on other numbers are two estimates though one lies inside the other.
        const bounds = sameOpenBound(...asQuantity(p));
        return p.relation === 'disjoint' || (apart && (p.relation === 'overlap' || bounds));
      })
      .map((p) => `${p.a.claim.id}|${p.b.claim.id}`),
  );
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
      // Two different values are a divergence for the quantity rules, not one figure sourced twice
      // ("About 30 people were still missing, the service said" / "Eleven people are still missing").
      const differ =
        (a.value !== undefined && b.value !== undefined && a.value !== b.value) ||
        twoFigures.has(`${a.id}|${b.id}`);
      if ((kind === 'fact' || kind === 'hedge') && !differ && !statedAsFactElsewhere(ac.ctx, m, a, b)) {
        // A figure stated as fact against the same figure neutrally sourced ("officials said") is
        // often house style; against one cast in doubt ("Israel claims") it is the finding. (Tolls
        // shown past the cap when nothing sourced them nearby were tried and not kept: a source
        // named two sentences later, "The figures come from the regional health office", reads as
        // none; review of truth22b.)
        const neutral = kind === 'fact' && [a.basis, b.basis].some((x) => x.stance === 'said');
        const confidence = confidenceOf(link, 1, kind) - (neutral ? NEUTRAL_SOURCE : 0);
        pairing = { a, b, ba: a.basis, bb: b.basis, ruleId: 'compare/attribution-of-claim', confidence };
      }
    }
    if (!pairing || !ownVoiceHolds(ac, a, b, pairing.ba, pairing.bb)) continue;
    seen.add(`${a.sentence}|${b.sentence}`);
    found.push(pairingFinding(ac.ctx, pairing));
  }
  return found;
}
