import { describe, expect, it } from 'vitest';
import type { AttributionClaim } from '../../../src/model/claim.js';
import { analyzeText } from '../../../src/pipeline.js';
import { governed } from '../../../src/stages/compare/attribution/governed.js';

// Passages written for these tests: one sentence each, with the cue whose content is asked for.
function governedOf(sentence: string, cue: string): string | undefined {
  const source = analyzeText(`---\noutlet: Courier\npublished: 2024-03-06\n---\n${sentence}`);
  const claim = source.claims.find(
    (c): c is AttributionClaim => c.kind === 'attribution' && c.cue.text === cue,
  );
  const tokens = source.sentences.find((s) => s.id === claim?.sentence)?.tokens ?? [];
  return claim && governed(tokens, source.text, claim).text;
}

describe('the part of a content its own verb governs', () => {
  it.each([
    [
      'a report in a clause opened by a subordinator ends at its comma',
      'While the mayor claims her position on the plan remains unchanged, others at city hall detected a shift.',
      'claims',
      'her position on the plan remains unchanged',
    ],
    [
      'a contrasting clause with a verb of speech of its own',
      'The union says that it has not wavered in its support for the plan, though a top official with the union said it is open to talks.',
      'says',
      'it has not wavered in its support for the plan',
    ],
    [
      'a second cue after a comma',
      'Mayor Dana Lee noted that the council never voted on fares, adding that the budget was late.',
      'noted',
      'the council never voted on fares',
    ],
    [
      'a contrasting clause without a verb of speech stays the speaker’s',
      'Mayor Dana Lee said that the budget is late, but the council is hopeful.',
      'said',
      'the budget is late, but the council is hopeful',
    ],
    [
      'a subordinate clause inside the content stays the speaker’s',
      'Mayor Dana Lee said that while the budget is late, the buses will run on time.',
      'said',
      'while the budget is late, the buses will run on time',
    ],
  ])('%s', (_what, sentence, cue, expected) => {
    expect(governedOf(sentence, cue)).toBe(expected);
  });
});
