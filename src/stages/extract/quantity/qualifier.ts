import { type QuantityQualifier, quantityQualifiers } from '../../../lexicons/quantity-qualifiers.js';
import type { Token } from '../../../model/source.js';
import type { QuantityFields } from './context.js';

/** A qualifier that ends just before token `i` ("more than" before "350,000"), with its first token. */
export function qualifierBefore(
  tokens: Token[],
  i: number,
): { qualifier: QuantityQualifier; first: number } | undefined {
  for (const qualifier of quantityQualifiers()) {
    const first = i - qualifier.words.length;
    if (first < 0) continue;
    if (qualifier.words.every((w, k) => tokens[first + k].lower === w)) return { qualifier, first };
  }
  return undefined;
}

/** How the ends of an approximate interval are rounded: outward to whole numbers unless said. */
export interface Rounding {
  down: (x: number) => number;
  up: (x: number) => number;
}

const WHOLE: Rounding = { down: Math.floor, up: Math.ceil };

/**
 * The interval a number makes with its qualifier (issue 4): "more than 350,000" → min 350000;
 * "nearly 500" → max 500; "about 100" → 90..110 (tolerance from the lexicon, ends by `round`);
 * none → exact.
 */
export function boundsOf(
  value: number,
  qualifier: QuantityQualifier | undefined,
  round: Rounding = WHOLE,
): Pick<QuantityFields, 'value' | 'min' | 'max' | 'precision' | 'qualifier'> {
  if (!qualifier) return { value, min: value, max: value, precision: 'exact' };
  const written = { qualifier: qualifier.phrase };
  if (qualifier.bound === 'min') return { min: value, precision: 'lower-bound', ...written };
  if (qualifier.bound === 'max') return { max: value, precision: 'upper-bound', ...written };
  const spread = value * (qualifier.tolerance ?? 0.1);
  return {
    min: round.down(value - spread),
    max: round.up(value + spread),
    precision: 'approximate',
    ...written,
  };
}
