import type { QuantityClaim } from '../../../model/claim.js';
import type { Side } from '../../../model/span.js';
import { tokenValue } from '../../../text/number-value.js';
import type { CompareContext } from '../context.js';
import type { FactPair } from './fact-pairs.js';
import { asQuantity, statedNumber } from './quantity-precision.js';

// Inputs: a pair of figures the matching step calls one fact, and the sentences that hold them.
// Blind 42 readers: three of five shown divergences set a figure against one whose own sentence
// also writes the first figure's number: "The $86 million gap represents about 12% of the
// authority's roughly $710 million operating budget" against "$86 million"; "from every 10 minutes
// to every 15" against "every 15 minutes instead of every 10"; "three consultancy firms, two of
// which …" against "two of the firms". A sentence that writes both numbers tells the two things
// apart, and the other article then gives the same value, so neither figure is a rival value.

/**
 * The numbers the sentence of `figure` writes besides the figure itself: its other figures' values
 * and its number tokens ("every 15", "two of which").
 */
function numbersBeside(ctx: CompareContext, side: Side, figure: QuantityClaim): Set<number> {
  const out = new Set<number>();
  for (const c of ctx[side].claims) {
    if (c.kind !== 'quantity' || c.sentence !== figure.sentence || c.id === figure.id) continue;
    const n = statedNumber(c);
    if (n !== undefined) out.add(n);
  }
  for (const t of ctx.sentence[side].get(figure.sentence)?.tokens ?? []) {
    if (t.pos !== 'NUM' || (t.start < figure.end && figure.start < t.end)) continue;
    const n = tokenValue(t.lower);
    if (n !== null) out.add(n);
  }
  return out;
}

/** Whether the sentence of one figure of the pair also writes the other figure's number. */
export function toldApart(ctx: CompareContext, p: FactPair): boolean {
  const figures = asQuantity(p);
  return (['a', 'b'] as const).some((side, i) => {
    const other: QuantityClaim = figures[1 - i];
    const n = statedNumber(other);
    return n !== undefined && numbersBeside(ctx, side, figures[i]).has(n);
  });
}
