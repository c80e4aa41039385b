import { describe, expect, it } from 'vitest';
import { CONFIDENT } from '../../../src/model/finding.js';
import { analyzeText, compareSources } from '../../../src/pipeline.js';

// Passages written for these tests: a transit story; one paper reports the mayor's announcement
// itself, the other (maybe) only inside someone else's report of it.
const LEAD = 'The city council approved the new transit budget on Tuesday after a long debate.';
const FILLER = 'Council members met for six hours before the vote.';
const NEWS = 'the city will close the old bus depot on Elm Street next year';
const analyze = (text: string, outlet: string) =>
  analyzeText(`---\noutlet: ${outlet}\npublished: 2024-03-06\n---\n${LEAD}\n\n${text}`);

/** The attribution-nested findings for two reports of the news (`…` stands for it), with their confidence. */
function nested(a: string, b: string): number[] {
  const [x, y] = [a, b].map((s) => s.replace('…', NEWS));
  return compareSources(analyze(x, 'Courier'), analyze(`${FILLER}\n\n${y}`, 'Herald'))
    .findings.filter((f) => f.ruleId === 'compare/attribution-nested')
    .map((f) => f.confidence);
}

describe('a statement one side reports itself and the other only inside a report', () => {
  it.each([
    [
      'inside a qualifying report: shown',
      'Mayor Dana Lee announced that ….',
      'Local reports indicated that Mayor Dana Lee announced ….',
      [true],
    ],
    [
      'credited to a wire with a neutral "according to": kept, not shown',
      'Mayor Dana Lee announced that ….',
      'Mayor Dana Lee announced that …, according to the Metro Wire.',
      [false],
    ],
    [
      'hedged by an adverb: shown',
      'Mayor Dana Lee announced that ….',
      'Mayor Dana Lee reportedly announced that ….',
      [true],
    ],
    [
      'an announcement expected: another event',
      'Mayor Dana Lee announced that ….',
      'Mayor Dana Lee is expected to announce that ….',
      [],
    ],
    ['both report it themselves', 'Mayor Dana Lee announced that ….', 'Mayor Dana Lee announced that ….', []],
    [
      'another verb inside the report: another statement',
      'Mayor Dana Lee announced that ….',
      'Local reports indicated that Mayor Dana Lee hinted ….',
      [],
    ],
    [
      "the report is by the speaker's own office: no layer",
      'Mayor Dana Lee announced that ….',
      "Lee's office said that Mayor Dana Lee announced ….",
      [],
    ],
    [
      'the report is by the other paper: a credit, not a layer',
      'Mayor Dana Lee announced that ….',
      'Mayor Dana Lee announced that …, the Courier reported.',
      [],
    ],
  ])('%s', (_what, a, b, expected) => {
    expect(nested(a, b).map((c) => c >= CONFIDENT)).toEqual(expected);
  });
});
