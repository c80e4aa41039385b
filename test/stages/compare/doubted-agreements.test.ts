import { describe, expect, it } from 'vitest';
import { CONFIDENT } from '../../../src/model/finding.js';
import { article, brief, compareArticles } from './facts-helpers.js';

// Blind 42 and 43 readers: an agreement on a figure one outlet states as fact and the other gives
// as a party's claim ("The report alleges …", "The federation claims …") is WRONG by the rubric:
// the finding is the attribution. Passages written for this test.
describe('a figure stated as fact against the same figure claimed or alleged', () => {
  const shown = (a: string[], b: string[]) =>
    compareArticles(article('A', '2026-03-02', a), article('B', '2026-03-02', b))
      .filter((f) => f.confidence >= CONFIDENT && (f.kind === 'agreement' || f.kind === 'attribution'))
      .map((f) => `${f.kind} ${brief(f)}`);

  it('shows the attribution, not the agreement, for an alleged figure', () => {
    const found = shown(
      [
        'The Ostvik hockey federation suspended its president on Tuesday.',
        'Halden personally signed off on £1.1 million of the payments, which went through a so-called "growth fund" between 2021 and 2024.',
      ],
      [
        'The Ostvik hockey federation suspended its president on Tuesday.',
        'The audit report alleges that Halden approved £1.1 million of the payments.',
      ],
    );
    expect(found.filter((f) => f.includes('£1.1 million'))).toEqual([
      'attribution compare/attribution-of-claim: £1.1 million ~ alleges|£1.1 million',
    ]);
  });

  it('reads a claimed figure against the fact though the claiming side states its value for another thing', () => {
    const found = shown(
      [
        'Teachers across Velmar walked out on Tuesday in a dispute over pay.',
        "Teachers' real wages in Velmar have fallen 9 per cent since 2021, and the state's teachers are now the lowest paid in the region.",
      ],
      [
        'Teachers across Velmar walked out on Tuesday in a dispute over pay.',
        "The federation claims teachers' real wages have fallen by 9 per cent since 2021 and that Velmar pays its teachers less than any other state.",
        'The government has offered 9 per cent over three years.',
      ],
    );
    expect(found.filter((f) => f.includes('9 per cent'))).toEqual([
      'attribution compare/attribution-of-claim: 9 per cent ~ claims|9 per cent',
    ]);
  });

  it('keeps the agreement on a figure a party states neutrally', () => {
    const found = shown(
      [
        'The Ostvik hockey federation suspended its president on Tuesday.',
        'Halden personally signed off on £1.1 million of the payments between 2021 and 2024.',
      ],
      [
        'The Ostvik hockey federation suspended its president on Tuesday.',
        'The audit report said that Halden approved £1.1 million of the payments.',
      ],
    );
    expect(found.filter((f) => f.includes('£1.1 million'))).toContain(
      'agreement compare/quantity-agreement: £1.1 million ~ £1.1 million',
    );
  });

  it('shows the attribution for a figure a prosecutor gives as the case against someone', () => {
    const found = shown(
      [
        'A former finance director of the Westmoor housing trust was convicted of fraud on Friday.',
        'Pellow created invoices from 14 fictitious suppliers and approved the payments himself.',
      ],
      [
        'A former finance director of the Westmoor housing trust was convicted of fraud on Friday.',
        'Prosecutors said he submitted invoices from 14 fictitious suppliers and signed off the payments himself.',
      ],
    );
    expect(found.filter((f) => f.includes('14 fictitious suppliers'))).toEqual([
      'attribution compare/attribution-of-claim: 14 fictitious suppliers ~ said|14 fictitious suppliers',
    ]);
  });
});
