import type { AttributionClaim, BlameClaim, Claim, DateClaim, QuantityClaim } from '../../model/claim.js';

/** A claim as a rule makes it: the extract stage assigns `id` and `basis` afterwards. */
export type Draft<C extends Claim> = Omit<C, 'id' | 'basis'>;

export type QuantityDraft = Draft<QuantityClaim>;
export type DateDraft = Draft<DateClaim>;
export type AttributionDraft = Draft<AttributionClaim>;
export type BlameDraft = Draft<BlameClaim>;
export type ClaimDraft = QuantityDraft | DateDraft | AttributionDraft | BlameDraft;
