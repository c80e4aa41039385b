import { describe, expect, it } from 'vitest';
import { datesAgree, readDates, resolveWeekday } from '../../../src/stages/align/dates.js';
import { readNumbers } from '../../../src/stages/align/numbers.js';

const words = (text: string) => text.toLowerCase().split(' ');
const tokens = (text: string) => text.split(' ').map((t) => ({ text: t, lower: t.toLowerCase() }));

describe('readNumbers', () => {
  it.each([
    ['five rockets', ['5']],
    ['5 rockets', ['5']],
    ['more than 350,000 people', ['350000']],
    ['$ 2.5 billion', ['2500000000']],
    ['twenty five soldiers', ['25']],
    ['twenty-five soldiers', ['25']],
    ['no figure here', []],
    // Words an object inherits are no number words (review of speed25: "constructor" read as NaN).
    ['the constructor said toString and valueOf', []],
    ['five constructor-two', ['5']],
  ])('%s', (text, expected) => {
    expect(readNumbers(words(text))).toEqual(expected);
  });
});

describe('readDates against Monday 2018-05-14', () => {
  it.each([
    ['struck on Thursday', ['2018-05-10']],
    ['early on May 10', ['2018-05-10']],
    ['began in January 2017', ['2017-01']],
    ['at the beginning of 2017', ['2017']],
    ['it may rain', []],
    ['on March 16 , 2018', ['2018-03-16']],
  ])('%s', (text, expected) => {
    expect(readDates(tokens(text), '2018-05-14').keys).toEqual(expected);
  });

  it('leaves a weekday unresolved without a publication date', () => {
    expect(readDates(tokens('on Thursday')).keys).toEqual(['thursday']);
  });

  it('resolves a weekday to the latest such day on or before publication', () => {
    // ISO weekdays, as in the date vocabulary: Monday = 1, Sunday = 7.
    expect(resolveWeekday(1, '2018-05-14')).toBe('2018-05-14');
    expect(resolveWeekday(7, '2018-05-14')).toBe('2018-05-13');
    expect(resolveWeekday(4, '2018-05-14')).toBe('2018-05-10');
  });
});

describe('datesAgree', () => {
  it.each([
    ['2017', '2017-01', true],
    ['2018-05-10', '2018-05-10', true],
    ['2018-05', '2018-05-10', true],
    ['2017', '2018', false],
    ['2018-05-10', '2018-05-11', false],
  ])('%s ~ %s', (x, y, expected) => {
    expect(datesAgree(x, y)).toBe(expected);
  });
});
