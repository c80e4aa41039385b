import { describe, expect, it } from 'vitest';
import { CONFIDENT, type Finding } from '../../../src/model/finding.js';
import { analyzeText, compareSources } from '../../../src/pipeline.js';

// Passages written for these tests (the review of branch omit9 reproduced them): each is a real
// omission that a coincidence of words in the other article must not hide.
const LEAD = 'The city council approved the new transit budget on Tuesday after a long debate.';
const reportOf = (a: string, b: string) =>
  compareSources(
    analyzeText(`---\noutlet: Courier\npublished: 2024-03-06\n---\n${a}`),
    analyzeText(`---\noutlet: Herald\npublished: 2024-03-06\n---\n${b}`),
  );
/** Side a's omissions, whatever their confidence. */
const omissionsOf = (a: string, b: string): Finding[] =>
  reportOf(a, b).findings.filter((f) => f.kind === 'omission' && f.a.length > 0);
const confidenceOf = (a: string, b: string, re: RegExp): number => {
  const found = omissionsOf(a, b).filter((f) => f.a.some((s) => re.test(s.text)));
  expect(found).toHaveLength(1);
  return found[0].confidence;
};

const MISSION = 'The rescue mission in the tunnel was abandoned by the department.';
const EXECUTIVE = 'The chief executive of the authority resigned in protest.';

describe('a real omission beside look-alike words (review of omit9, items 1 and 5)', () => {
  it.each([
    [
      'mission / missing, department / departed',
      MISSION,
      'Three workers are missing in the tunnel; the last train departed at midnight.',
      'Three workers are lost in the tunnel; the last train left at midnight.',
      /rescue mission/,
    ],
    [
      'executive / executed, authority / author',
      EXECUTIVE,
      'The author of the report, a marcher, said a prisoner was executed and another quit.',
      'The writer of the report, a marcher, said a prisoner was hanged and another quit.',
      /chief executive/,
    ],
  ])('%s: as confident as with unrelated words', (_, sentence, lookalike, control, re) => {
    const a = `${LEAD}\n\n${sentence}`;
    const seen = confidenceOf(a, `${LEAD}\n\n${lookalike}`, re);
    expect(seen).toBeCloseTo(confidenceOf(a, `${LEAD}\n\n${control}`, re), 5);
    expect(seen).toBeGreaterThanOrEqual(CONFIDENT);
  });
});

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
  it('shows five omissions when six are real, one of them beside look-alike words', () => {
    const a = [
      LEAD,
      MISSION,
      'A cyclist sued the agency over a pothole that broke his wrist.',
      'Farmers near the depot complained about diesel fumes drifting over their orchards.',
      'The union threatened a strike if overtime pay is trimmed.',
      'A retired engineer warned that the viaduct bearings are corroded.',
      'Students petitioned for discounted passes during exam weeks.',
      'The ferry operator postponed its winter timetable indefinitely.',
    ].join('\n\n');
    const b = `${LEAD}\n\nThree workers are missing in the tunnel; the last train departed at midnight.`;
    const shown = omissionsOf(a, b).filter((f) => f.confidence >= CONFIDENT);
    expect(shown).toHaveLength(5);
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
