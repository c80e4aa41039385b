import { describe, expect, it } from 'vitest';
import { type FindingKind, omittingSide } from '../../src/model/finding.js';
import type { Side, Span } from '../../src/model/span.js';

const span: Span = { sentence: 's1', start: 0, end: 4, text: 'Lind' };

describe('omittingSide', () => {
  it.each<[FindingKind, number, number, Side | undefined]>([
    ['omission', 0, 1, 'a'],
    ['omission', 2, 0, 'b'],
    ['omission', 1, 1, undefined],
    ['omission', 0, 0, undefined],
    ['agreement', 0, 1, undefined],
  ])('%s with %i spans in a and %i in b → %s', (kind, a, b, expected) => {
    expect(omittingSide({ kind, a: Array(a).fill(span), b: Array(b).fill(span) })).toBe(expected);
  });
});
