import { describe, expect, it } from 'vitest';
import type { AttributionClaim } from '../../../src/model/claim.js';
import { analyzeText, compareSources } from '../../../src/pipeline.js';
import { speakerName } from '../../../src/stages/compare/attribution/speaker-name.js';

// Passages written for these tests (issue 10, user trial 12): an explanation names as the speaker
// only what can be the subject of the reporting verb, never the object of a preposition ("in
// district court alleging") nor a clause the extractor took whole ("The memo quotes the …").
const namesOf = (text: string): [string, string | undefined][] => {
  const source = analyzeText(`---\noutlet: Courier\npublished: 2024-03-06\n---\n${text}`);
  return source.claims
    .filter((c): c is AttributionClaim => c.kind === 'attribution')
    .map((c) => [c.cue.text, speakerName(source, c)]);
};

describe('speakerName', () => {
  it.each([
    [
      'The union filed a claim in district court alleging that the officials colluded.',
      'alleging',
      undefined,
    ],
    [
      'The memo quotes the Northern Guild of Bakers, which wrote two notes to the mayor saying “no bakery can survive the new rent.”',
      'wrote',
      undefined,
    ],
    ['The guild wrote two notes to the council saying that the rent rule hurts bakers.', 'saying', undefined],
    ["The group's lawyers said the suit was filed on Friday.", 'said', "The group's lawyers"],
    ['According to the mayor, the budget is balanced.', 'According to', 'the mayor'],
    ['The claim was denied by the ministry on Monday.', 'denied', 'the ministry'],
  ])('%s (%s) → %s', (text, cue, expected) => {
    const found = namesOf(text).filter(([c]) => c === cue);
    expect(found.length).toBeGreaterThan(0);
    for (const [, name] of found) expect(name).toBe(expected);
  });
});

describe('attribution explanations', () => {
  it('never name the object of a preposition as the one who says it', () => {
    const lead = 'The city council approved the new transit budget on Tuesday.';
    const report = compareSources(
      analyzeText(
        `---\noutlet: Courier\npublished: 2024-03-06\n---\n${lead}\n\nThe union filed a claim in district court alleging that the mayor colluded with the bus company to inflate the fares.`,
      ),
      analyzeText(
        `---\noutlet: Herald\npublished: 2024-03-06\n---\n${lead}\n\nThe mayor colluded with the bus company to inflate the fares, the union said in a claim.`,
      ),
    );
    const explanations = report.findings.filter((f) => f.kind === 'attribution').map((f) => f.explanation);
    expect(explanations.length).toBeGreaterThan(0);
    for (const e of explanations) expect(e).not.toMatch(/to district court|has district court/);
  });
});
