import { describe, expect, it } from 'vitest';
import type { QuantityClaim } from '../../../src/model/claim.js';
import {
  figureInterval,
  intervalOf,
  sameFigure,
  unitRelation,
} from '../../../src/stages/compare/facts/interval.js';

// The values a figure can mean, which the omission rule asks of the other article's figures.
// Written for this test.

const claim = (fields: Partial<QuantityClaim>): QuantityClaim => ({
  kind: 'quantity',
  id: 'c1',
  sentence: 's1',
  ruleId: 'extract/quantity-number',
  start: 0,
  end: 1,
  text: 'x',
  basis: { stance: 'fact' },
  noun: 'barrel',
  act: null,
  subtype: 'count',
  precision: 'exact',
  ...fields,
});

describe('figureInterval', () => {
  it.each<[string, Partial<QuantityClaim>, { low: number; high: number } | null]>([
    ['an exact figure, within 1%', { value: 200, min: 200, max: 200 }, { low: 198, high: 202 }],
    [
      '"about 300", held as its bounds',
      { precision: 'approximate', min: 270, max: 330 },
      { low: 270, high: 330 },
    ],
    ['a range, its ends', { precision: 'approximate', min: 8000, max: 10000 }, { low: 8000, high: 10000 }],
    [
      'an approximate value alone, a fifth either way',
      { precision: 'approximate', value: 120 },
      { low: 100, high: 144 },
    ],
    [
      '"more than 40", up to half as much again',
      { precision: 'lower-bound', min: 40 },
      { low: 40, high: 60 },
    ],
    ['an unspecified count, no values', { precision: 'unspecified' }, null],
  ])('%s', (_what, fields, expected) => {
    const found = figureInterval(claim(fields));
    if (expected === null) expect(found).toBeNull();
    else
      expect(found).toMatchObject({
        low: expect.closeTo(expected.low, 6),
        high: expect.closeTo(expected.high, 6),
      });
  });
});

describe('sameFigure across units of one dimension (measure-units.yaml)', () => {
  const fig = (value: number, noun: string) => {
    const f = figureInterval(claim({ value, min: value, max: value, noun }));
    if (!f) throw new Error('no figure');
    return f;
  };
  it.each<[string, [number, string], [number, string], boolean]>([
    ['40 km is 25 miles, rounded', [40, 'km'], [25, 'mile'], true],
    ['12,000 hectares is 30,000 acres, rounded', [12_000, 'hectare'], [30_000, 'acre'], true],
    ['40 km is not 60 miles', [40, 'km'], [60, 'mile'], false],
    ['a length is not an area', [40, 'km'], [40, 'acre'], false],
    ['9,500 barrels is 1.5 million litres', [9_500, 'barrel'], [1_500_000, 'liter'], true],
    ['10 km is not 10 miles', [10, 'km'], [10, 'mile'], false],
  ])('%s', (_what, [xv, xn], [yv, yn], expected) => {
    expect(sameFigure(fig(xv, xn), fig(yv, yn))).toBe(expected);
  });
});

describe('unitRelation: a writer who converts rounds (review of units24)', () => {
  const q = (text: string, value: number, noun: string) =>
    claim({ text, value, min: value, max: value, noun });
  it.each<[string, QuantityClaim, QuantityClaim, string | undefined]>([
    ['"3 miles" stands for 2.5 to 3.5: 5 km', q('3 miles', 3, 'mile'), q('5 km', 5, 'km'), 'same'],
    ['"18 feet" and a "5.5-metre" levee', q('18 feet', 18, 'foot'), q('5.5-metre', 5.5, 'metre'), 'same'],
    ['"40 km" and "60 miles" are apart', q('40 km', 40, 'km'), q('60 miles', 60, 'mile'), 'disjoint'],
    [
      '"200 square miles" is no length',
      q('200 square miles', 200, 'mile'),
      q('518 km', 518, 'km'),
      undefined,
    ],
    ['one unit: the interval relation decides', q('40 km', 40, 'km'), q('40 km', 40, 'km'), undefined],
  ])('%s', (_what, x, y, expected) => {
    expect(unitRelation(x, y)).toBe(expected);
  });
});

// Durations are compared in days, to the minute; any other figure keeps its value as stated.
describe('intervalOf', () => {
  it.each<[string, Partial<QuantityClaim>, { min: number; max: number }]>([
    [
      'a 72-hour duration is three days',
      { subtype: 'duration', noun: 'hour', value: 72, min: 72, max: 72, durationDays: 72 * 0.0416666666667 },
      { min: 3, max: 3 },
    ],
    [
      'a 24-month duration is two years of days',
      { subtype: 'duration', noun: 'month', value: 24, min: 24, max: 24, durationDays: 24 * 30.4375 },
      { min: 730.5, max: 730.5 },
    ],
    [
      '"almost two weeks" ends at 14 days',
      { subtype: 'duration', noun: 'week', precision: 'upper-bound', max: 2, durationDays: 14 },
      { min: 0, max: 14 },
    ],
    [
      '"about 90 minutes", its bounds in days',
      {
        subtype: 'duration',
        noun: 'minute',
        precision: 'approximate',
        min: 81,
        max: 99,
        durationDays: 90 * 0.000694444444,
      },
      { min: 81 / 1440, max: 99 / 1440 },
    ],
    [
      'a share keeps its decimals',
      { subtype: 'percent', value: 1.23456, min: 1.23456, max: 1.23456 },
      { min: 1.23456, max: 1.23456 },
    ],
  ])('%s', (_what, fields, expected) => {
    expect(intervalOf(claim(fields))).toEqual(expected);
  });
});
