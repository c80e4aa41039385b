import { describe, expect, it } from 'vitest';
import type { Basis } from '../../../src/model/claim.js';
import { contrast } from '../../../src/stages/compare/attribution/attribution-content.js';

// A hedged stance ("X reportedly posted …", issue 11) passes a report on without doubting it, so it
// contrasts with stances as "said" does.
describe('contrast of stances, with hedged', () => {
  const basis = (stance: Basis['stance']): Basis => ({ stance });
  it.each([
    ['hedged', 'said', null],
    ['hedged', 'confirmed', null],
    ['hedged', 'claimed', 'hedge'],
    ['hedged', 'fact', 'fact'],
    ['said', 'claimed', 'hedge'],
  ] as const)('%s against %s', (x, y, expected) => {
    expect(contrast(basis(x), basis(y))).toBe(expected);
  });
});
