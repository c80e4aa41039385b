import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../src/pipeline.js';
import { compareSourcesChecked } from '../assert-report.js';

// User trial 18, item 1: a paragraph of punctuation alone ("[…]" where an excerpt was cut, "..."
// between quoted passages, a lone "!") made compare fail with an internal error: the omission
// rule's party reader looked at the first word of a run of capitals in a sentence with no word.
// Passages written for this test.
const HEAD = '---\noutlet: Courier\npublished: 2025-03-10\n---\nFerry sinks near Kesso\n\n';
const OTHER =
  '---\noutlet: Herald\npublished: 2025-03-10\n---\nFerry sinks off Kesso\n\nThe ferry sank near Kesso on Sunday and two people died.\n';

describe('a paragraph of punctuation alone', () => {
  it.each(['...', '…', '[…]', '(...)', '. . .', '.', '!', '?', '"', '* * *.', '—.'])('%s', (line) => {
    const text = `${HEAD}The ferry sank near Kesso on Sunday and two people died.\n\n${line}\n\nRescuers found 40 survivors in the water.\n`;
    const [a, b] = [analyzeText(text), analyzeText(OTHER)];
    // Both orders: the line on the omitting side and on the other.
    const report = compareSourcesChecked(a, b);
    compareSourcesChecked(b, a);
    expect(report.findings.some((f) => f.a.some((s) => s.text.includes('40 survivors')))).toBe(true);
  });
});
