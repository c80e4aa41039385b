import { describe, expect, it } from 'vitest';
import { CONFIDENT, HIDDEN_CONFIDENCE } from '../../../src/model/finding.js';
import type { Span } from '../../../src/model/span.js';
import { compareSources } from '../../../src/pipeline.js';
import type { FindingDraft } from '../../../src/stages/compare/context.js';
import { retoldHeld } from '../../../src/stages/compare/omission/retold.js';
import { omissionSource as doc } from './omission-source.js';

// Issue 10, "several omissions of one fact": a speaker's next sentence, cited as what the speaker
// went on to say (follow-up.ts), is not shown again as an omission of its own. Passages written
// for this test.

const LEAD = 'The city council approved the new transit budget on Tuesday after a long debate.';
const OTHER = `${LEAD}\n\nSupporters said buses would run more often next year.`;
const A = `${LEAD}\n\nSenator Mara Quint of Ohio criticised the plan in a letter to the council on Wednesday.\n\n"The flood at the Wexmouth depot cost the harbour authority a fortune in repairs," she said.`;

describe('an omission shown inside another is not shown again', () => {
  it("shows a speaker's next sentence once, and keeps the other finding in the JSON", () => {
    const report = compareSources(doc('Courier', A), doc('Herald', OTHER));
    const omissions = report.findings.filter((f) => f.kind === 'omission' && f.a.length > 0);
    const shown = omissions.filter((f) => f.confidence >= CONFIDENT);
    expect(shown.some((f) => f.a.some((s) => s.text.includes('Wexmouth')))).toBe(true);
    // No shown omission lies inside another shown one: equal spans, or strictly inside them.
    const inside = (inner: Span[], outer: Span[]) =>
      inner.every((s) => outer.some((o) => o.start <= s.start && s.end <= o.end));
    expect(shown.filter((f, i) => shown.some((g, j) => i !== j && inside(f.a, g.a)))).toEqual([]);
    // What was held for it is the retold omission, kept in the JSON at the hidden confidence.
    const held = omissions.filter((f) => f.confidence < CONFIDENT && shown.some((g) => inside(f.a, g.a)));
    expect(held.length).toBeGreaterThan(0);
    expect(held.every((f) => f.confidence === HIDDEN_CONFIDENCE)).toBe(true);
  });

  const span = (start: number, end: number) => ({
    sentence: 's1',
    start,
    end,
    text: 'x'.repeat(end - start),
  });
  const draft = (confidence: number, ...spans: [number, number][]): FindingDraft =>
    ({
      kind: 'omission',
      a: spans.map(([s, e]) => span(s, e)),
      b: [],
      confidence,
    }) as unknown as FindingDraft;

  it('holds below the display threshold only a draft inside one shown before it, in place', () => {
    const drafts = [
      draft(0.8, [0, 50], [60, 90]),
      draft(0.7, [60, 90]),
      draft(0.7, [60, 100]),
      draft(0.4, [0, 50]),
    ];
    const held = retoldHeld(drafts, 'a');
    expect(held.map((d) => d.confidence)).toEqual([0.8, 0.45, 0.7, 0.4]);
  });

  it('holds a draft strictly inside one shown before it, and keeps one that only overlaps it', () => {
    const drafts = [draft(0.8, [60, 90]), draft(0.7, [70, 80]), draft(0.7, [80, 120]), draft(0.7, [40, 70])];
    expect(retoldHeld(drafts, 'a').map((d) => d.confidence)).toEqual([0.8, HIDDEN_CONFIDENCE, 0.7, 0.7]);
  });

  it('does not count a draft already held as one shown', () => {
    const drafts = [draft(0.4, [0, 50]), draft(0.7, [0, 50]), draft(0.7, [0, 50])];
    expect(retoldHeld(drafts, 'a').map((d) => d.confidence)).toEqual([0.4, 0.7, 0.45]);
  });
});
