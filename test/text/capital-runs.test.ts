import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { capitalRuns } from '../../src/text/capital-runs.js';

// Review of research11, M4: the scanner finds what the regular expressions it replaces found,
// in one walk over the text.

const PATTERN = {
  dotted: /(?:\p{Lu}[\p{L}.'’-]*\s+)+\p{Lu}[\p{L}'’-]+/gu,
  spaced: /(?:\p{Lu}[\p{L}'’-]* +)+\p{Lu}[\p{L}'’-]+/gu,
} as const;

describe('capitalRuns', () => {
  it.each([
    ['Gov. Ana Ruiz said so.', 'dotted', ['Gov. Ana Ruiz']],
    ['Gov. Ana Ruiz said so.', 'spaced', ['Ana Ruiz']],
    [
      'The Justice Department wrote.\nRuth Okafor, 40, said',
      'dotted',
      ['The Justice Department', 'Ruth Okafor'],
    ],
    ['A B C D', 'dotted', []],
    ['(The Port Authority) said', 'spaced', ['The Port Authority']],
    ['Ruiz.Okafor Lee met', 'dotted', ['Ruiz.Okafor Lee']],
  ] as const)('%j (%s) → %j', (text, shape, runs) => expect(capitalRuns(text, shape)).toEqual(runs));

  it.each(['dotted', 'spaced'] as const)('finds what the regular expression finds (%s)', (shape) => {
    const char = fc.constantFrom('A', 'B', 'é', 'x', 'É', ' ', ' ', '\n', '.', ',', '-', '’', '(');
    fc.assert(
      fc.property(
        fc.array(char, { maxLength: 40 }).map((cs) => cs.join('')),
        (text) => {
          expect(capitalRuns(text, shape)).toEqual(text.match(PATTERN[shape]) ?? []);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('reads a 64 kB run of one-letter capitals in one walk', () => {
    // The regular expression took seconds on this; the scanner ends at once (no timing asserted).
    expect(capitalRuns('A '.repeat(32000), 'dotted')).toEqual([]);
    expect(capitalRuns(`${'A '.repeat(32000)}Ab`, 'spaced')).toHaveLength(1);
  });
});
