import { describe, expect, it } from 'vitest';
import { analyzeText, compareSources } from '../../../src/pipeline.js';

// Issue 10, judged samples of 0.11.0: "one of the top advisers" and "one of the bombs" are no
// figure a reader checks, and tied sentences of different developments into one omission.
// Passages written for these tests.

const LEAD = 'The city council approved the new transit budget on Tuesday after a long debate.';
const OTHER = `${LEAD}\n\nSupporters said buses would run more often next year.`;
const omissionsOf = (a: string) =>
  compareSources(
    analyzeText(`---\noutlet: Courier\npublished: 2024-03-06\n---\n${a}`),
    analyzeText(`---\noutlet: Herald\npublished: 2024-03-06\n---\n${OTHER}`),
  ).findings.filter((f) => f.kind === 'omission' && f.a.length > 0);

describe('"one of" is no figure of an omission', () => {
  it('names no "one" in the lead', () => {
    const found = omissionsOf(
      `${LEAD}\n\nThe ferry, one of the oldest vessels on the estuary, will be retired by the harbour authority in Wexmouth.`,
    );
    expect(found.length).toBeGreaterThan(0);
    expect(found.map((f) => f.explanation).join(' | ')).not.toMatch(/'one'/i);
  });

  it('does not join two sentences paragraphs apart that each say "one of"', () => {
    const found = omissionsOf(
      `${LEAD}\n\nMayor Lena Ortiz, one of the oldest members of the chamber, called the vote a turning point for Rivertown.\n\nThe depot near the river has been closed since the flood last spring.\n\nThe ferry, one of the oldest vessels on the estuary, will be retired by the harbour authority in Wexmouth.`,
    );
    const ortiz = found.filter((f) => f.a.some((s) => s.text.includes('Ortiz')));
    expect(ortiz).toHaveLength(1);
    expect(ortiz[0].a.some((s) => s.text.includes('ferry'))).toBe(false);
  });
});
