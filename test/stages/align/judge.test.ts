import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseMsrp, profileWhole } from '../../../scripts/lib/msrp.js';
import { analyzeText } from '../../../src/pipeline.js';
import { loadIdf } from '../../../src/stages/align/idf.js';
import { explain, isEquivalent, judgeSentences } from '../../../src/stages/align/index.js';

const profile = (text: string) =>
  profileWhole(analyzeText(`${text}\n`, { published: '2018-05-14' }), loadIdf());

describe('isEquivalent', () => {
  it.each([
    [
      'Iran, Russia and Turkey have held talks in Astana on Monday.',
      'Negotiators from Iran, Russia and Turkey gathered in Astana on Monday.',
      true,
    ],
    ['Five people were killed in the blast on Thursday.', 'The blast on Thursday killed 5 people.', true],
    [
      'Iran, Russia and Turkey have held talks in Astana on Monday.',
      'Shares of Apple fell 3 percent in early trading.',
      false,
    ],
    [
      'The company said profit rose 12 percent to $4 billion.',
      'Rain is expected across the north of the country tomorrow.',
      false,
    ],
  ])('%s ~ %s', (x, y, expected) => {
    expect(isEquivalent(profile(x), profile(y))).toBe(expected);
  });

  it('is symmetric and explains itself', () => {
    const x = profile('Five people were killed in the blast on Thursday.');
    const y = profile('The blast on May 10 killed 5 people.');
    const xy = judgeSentences(x, y);
    const yx = judgeSentences(y, x);
    expect([yx.score, yx.equivalent, yx.linkable, yx.signals]).toEqual([
      xy.score,
      xy.equivalent,
      xy.linkable,
      xy.signals,
    ]);
    expect(xy.signals.numbers).toBe(1);
    expect(xy.signals.dates).toBe(1);
    expect(explain(xy).length).toBeGreaterThan(0);
  });
});

describe('parseMsrp', () => {
  it('reads the header, the labels and the two strings (CRLF, a blank line)', () => {
    // Pairs written for the test in MSRP's format; MSRP itself is not redistributed.
    const text = readFileSync('test/fixtures/msrp/pairs.tsv', 'utf8');
    const pairs = parseMsrp(text);
    expect(pairs.map((p) => p.quality)).toEqual([1, 0, 1, 0]);
    expect(pairs[0].first).toBe('The ferry left the harbour at dawn with 40 passengers aboard.');
    expect(pairs[3].second).toBe("The valley's schools reopened after the summer break.");
  });

  it('skips a byte order mark', () => {
    const pairs = parseMsrp(
      '\uFEFFQuality\t#1 ID\t#2 ID\t#1 String\t#2 String\n0\t1\t2\tA cat sat.\tA dog ran.\n',
    );
    expect(pairs).toEqual([{ quality: 0, first: 'A cat sat.', second: 'A dog ran.' }]);
  });

  it('rejects a line without five fields', () => {
    expect(() => parseMsrp('Quality\t#1 ID\t#2 ID\t#1 String\t#2 String\n1\tonly two\n')).toThrow(/line 2/);
  });
});
