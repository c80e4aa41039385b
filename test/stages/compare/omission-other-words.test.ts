import { describe, expect, it } from 'vitest';
import { CONFIDENT, type Finding } from '../../../src/model/finding.js';
import { analyzeText, compareSources } from '../../../src/pipeline.js';
import { significantDigits } from '../../../src/stages/compare/omission/anchors.js';
import { stemOf } from '../../../src/stages/compare/omission/stem.js';

// Issue 10, cause 6 (omit9): an omission the other article reports in other words is not shown.
// Passages written for these tests: a city story told by two outlets.
const LEAD = 'The city council approved the new transit budget on Tuesday after a long debate.';
/** Side a's omissions, whatever their confidence. */
const omissionsOf = (a: string, b: string): Finding[] =>
  compareSources(
    analyzeText(`---\noutlet: Courier\npublished: 2024-03-06\n---\n${a}`),
    analyzeText(`---\noutlet: Herald\npublished: 2024-03-06\n---\n${b}`),
  ).findings.filter((f) => f.kind === 'omission' && f.a.length > 0);
/** Side a's shown omissions whose evidence holds `pattern`. */
const shownWith = (a: string, b: string, pattern: RegExp) =>
  omissionsOf(a, b).filter((f) => f.confidence >= CONFIDENT && f.a.some((s) => pattern.test(s.text)));

describe('stemOf', () => {
  it.each([
    ['hospitalized', 'hospital'],
    ['hospital', 'hospit'],
    ['criminalized', 'criminal'],
    ['colluded', 'collud'],
    ['collude', 'collud'],
    ['criminalize', 'criminal'],
    ['national', 'nation'],
    ['news', 'news'],
    ['deny', 'deny'],
  ])('%s → %s', (word, stem) => {
    expect(stemOf(word)).toBe(stem);
  });
});

describe('significantDigits', () => {
  it.each([
    [700e9, 1],
    [716e9, 3],
    [1.5e6, 2],
    [500_000, 1],
    [2.5, 2],
  ])('%d → %d', (value, digits) => {
    expect(significantDigits(value)).toBe(digits);
  });
});

const SAID = `${LEAD}\n\nThe physician purchased an automobile, then resigned from the transit board.`;
describe('a sentence the other article says in other words', () => {
  it.each([
    [
      'synonyms (WordNet) of its rare words: not shown',
      SAID,
      `${LEAD}\n\nLater the doctor bought a car and quit.`,
      0,
    ],
    [
      'the same sentence, the other article silent: shown',
      SAID,
      `${LEAD}\n\nThe mayor thanked the council members for their patience and left for a trade mission abroad.`,
      1,
    ],
  ])('%s', (_, a, b, shown) => {
    expect(shownWith(a, b, /physician/)).toHaveLength(shown);
  });
});

describe('a round figure', () => {
  it('is answered by the same figure given more exactly ($700 billion, $716 billion)', () => {
    const a = `${LEAD}\n\n"He stole $700 billion," Voss said.`;
    const b = `${LEAD}\n\nThe ad claims the governor cut $716 billion from pensions.`;
    const explained = omissionsOf(a, b).map((f) => f.explanation);
    expect(explained).toHaveLength(1);
    expect(explained[0]).not.toMatch(/\$700 billion'/);
  });
  it('is not answered by a figure a fifth away ($500,000, $400,000)', () => {
    const a = `${LEAD}\n\n"He stole $500,000," Voss said.`;
    const b = `${LEAD}\n\nThe ad claims the governor cut $400,000 from pensions.`;
    expect(
      omissionsOf(a, b)
        .map((f) => f.explanation)
        .join(' | '),
    ).toMatch(/\$500,000'/);
  });
});

describe('a formal name with an ampersand', () => {
  it('is named whole as the source quoted (AP Stylebook, "ampersand")', () => {
    const a = `${LEAD}\n\nIn a paper previewing the vote, the Boston-based Center for Urban & Regional Studies said that the budget would not last a year.`;
    const b = `${LEAD}\n\nThe mayor thanked the members for their patience.`;
    const [omission] = omissionsOf(a, b);
    expect(omission.explanation).toMatch(
      /^Only Courier quotes Boston-based Center for Urban & Regional Studies;/,
    );
  });
});
