import { describe, expect, it } from 'vitest';
import { CONFIDENT, type Finding } from '../../../src/model/finding.js';
import { analyzeText, compareSources } from '../../../src/pipeline.js';

// Passages written for these tests (the review of branch omit9 reproduced them).
const LEAD = 'The city council approved the new transit budget on Tuesday after a long debate.';
const reportOf = (a: string, b: string) =>
  compareSources(
    analyzeText(`---\noutlet: Courier\npublished: 2024-03-06\n---\n${a}`),
    analyzeText(`---\noutlet: Herald\npublished: 2024-03-06\n---\n${b}`),
  );
/** Side a's omissions, whatever their confidence. */
const omissionsOf = (a: string, b: string): Finding[] =>
  reportOf(a, b).findings.filter((f) => f.kind === 'omission' && f.a.length > 0);

describe('a round figure (review of omit9, item 3)', () => {
  it('is not answered by another sum of money within 5% ($2 billion for bridges, a $2.09 billion budget)', () => {
    const a = `${LEAD}\n\nThe state will borrow $2 billion to rebuild the bridges.`;
    const b = `${LEAD}\n\nThe transit budget totals $2.09 billion this year.`;
    const found = omissionsOf(a, b);
    expect(found).toHaveLength(1);
    expect(found[0].explanation).toMatch(/'\$2 billion'/);
    expect(found[0].confidence).toBeGreaterThanOrEqual(0.8);
  });
});

describe('the omission cap (review of omit9, item 2)', () => {
  // Decided by readers' verdicts (2026-11-30): ranking by final confidence promoted candidates into
  // the cap that were judged WRONG more often than CORRECT, so one held below `CONFIDENT` only because
  // the other article says it in other words keeps its slot: fewer omissions rather than doubtful ones.
  it('keeps the slot of a candidate said in other words: four of five shown, the sixth cut', () => {
    const a = [
      LEAD,
      'The physician purchased an automobile for the clinic.',
      'A cyclist sued the agency over a pothole that broke his wrist.',
      'Farmers near the depot complained about diesel fumes drifting over their orchards.',
      'The union threatened a strike if overtime pay is trimmed.',
      'A retired engineer warned that the viaduct bearings are corroded.',
      'Students petitioned for discounted passes during exam weeks.',
      'The ferry operator postponed its winter timetable indefinitely.',
    ].join('\n\n');
    // Its words in other words, but not its event (a development the other reports is no
    // candidate at all: omission/development.ts).
    const b = `${LEAD}\n\nThe doctor parks a car behind the clinic.`;
    const found = omissionsOf(a, b);
    expect(found.filter((f) => f.a.some((s) => /physician/.test(s.text)))[0]?.confidence).toBeLessThan(
      CONFIDENT,
    );
    expect(found.filter((f) => f.confidence >= CONFIDENT)).toHaveLength(4);
  });
});

describe('the explanation of an omission said in other words (review of omit9, item 8)', () => {
  it('does not claim the other article never mentions a word it says in other words', () => {
    const a = `${LEAD}\n\nThe physician purchased an automobile for the clinic.`;
    const b = `${LEAD}\n\nThe doctor bought a car for the clinic.`;
    for (const f of omissionsOf(a, b))
      expect(f.explanation).not.toMatch(/never mentions[^:]*'(automobile|physician|purchased)'/);
  });
});
