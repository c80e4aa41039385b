import { describe, expect, it } from 'vitest';
import { CONFIDENT } from '../../../src/model/finding.js';
import { analyzeText, compareSources } from '../../../src/pipeline.js';

// Passages written for these tests: a city council story; the mayor's statement on the budget is
// reported by two papers with different reporting verbs, in a paragraph of its own.
const LEAD = 'The city council approved the new transit budget on Tuesday after a long debate.';
const FILLER = 'Council members met for six hours before the vote.';
const CLAUSE = 'the budget leaves the city with a surplus of funds for new buses';
const analyze = (text: string, outlet: string) =>
  analyzeText(`---\noutlet: ${outlet}\npublished: 2024-03-06\n---\n${LEAD}\n\n${text}`);

/** The attribution-verb findings shown for two reports of the clause (`…` stands for it). */
function shown(a: string, b: string): string[] {
  const [x, y] = [a, b].map((s) => s.replaceAll('…', CLAUSE));
  return compareSources(analyze(x, 'Courier'), analyze(`${FILLER}\n\n${y}`, 'Herald'))
    .findings.filter((f) => f.ruleId === 'compare/attribution-verb' && f.confidence >= CONFIDENT)
    .map((f) => f.explanation);
}

describe('one statement, verbs of different classes (MOS:SAY, MOS:CLAIM)', () => {
  it.each([
    ['neutral against doubting', 'Mayor Dana Lee said that ….', 'Mayor Dana Lee claimed that ….', 1],
    ['neutral against endorsing', 'Mayor Dana Lee wrote that ….', 'Mayor Dana Lee noted that ….', 1],
    ['a tag after a quote', '"…," Mayor Dana Lee said.', '"…," Mayor Dana Lee insisted.', 1],
    [
      'two quotations of one statement in other words',
      `"The budget has not changed the city's plan for new buses," Mayor Dana Lee claimed.`,
      `"Our plan for new buses has not changed with this budget," said Mayor Dana Lee, who spoke to the chamber of commerce about parking fees, road repairs and the summer festival.`,
      1,
    ],
    [
      'the matched words follow a second, neutral cue ("adding that")',
      '"…," Mayor Dana Lee wrote.',
      'Mayor Dana Lee noted that the council "never voted on fares," adding that "…."',
      0,
    ],
    [
      'a charge given as an accusation against the same words quoted from a party',
      'Critics of the mayor have accused her of hiding the audit of the transit budget.',
      '"She hid the audit of the transit budget," Councilman Raj Patel wrote.',
      1,
    ],
    [
      'a tweet quoted against a doubting verb',
      'Mayor Dana Lee tweeted: "…."',
      'Mayor Dana Lee claimed that ….',
      1,
    ],
    [
      'one quotation against a paraphrase with few words in common',
      '"…," Mayor Dana Lee said.',
      'Mayor Dana Lee claimed that the vote on fares was rushed by the council.',
      0,
    ],
    [
      'an accusation of something else',
      'Critics of the mayor have accused her of ignoring the bus drivers.',
      '"…," Mayor Dana Lee wrote.',
      0,
    ],
    [
      'one quotation, two named speakers',
      '"…," Mayor Dana Lee said.',
      'Councilman Raj Patel claimed that ….',
      0,
    ],
    [
      'one verb on both sides, a term of law on one',
      'Critics of the mayor have accused her of hiding the audit of the transit budget.',
      'The lawsuit accuses the mayor of hiding the audit of the transit budget.',
      0,
    ],
    [
      'the doubting side also gives the statement with a neutral verb',
      '"…," Mayor Dana Lee wrote.',
      'Mayor Dana Lee claimed that ….\n\n"…," Mayor Dana Lee wrote in a letter.',
      0,
    ],
    ['two neutral verbs', 'Mayor Dana Lee said that ….', 'Mayor Dana Lee stated that ….', 0],
    [
      'a verb the guide does not class',
      'Mayor Dana Lee said that ….',
      'Mayor Dana Lee told reporters that ….',
      0,
    ],
    ['a lawsuit claims: a term of law', 'The lawsuit says that ….', 'The lawsuit claims that ….', 0],
    ['two named speakers', 'Mayor Dana Lee said that ….', 'Councilman Raj Patel claimed that ….', 0],
    ['a verb that reports no statement', 'Mayor Dana Lee said that ….', 'An audit showed how ….', 0],
  ])('%s', (_what, a, b, count) => {
    expect(shown(a, b), JSON.stringify(shown(a, b))).toHaveLength(count);
  });

  it('names both verbs and what each does', () => {
    const [explanation] = shown('Mayor Dana Lee said that ….', 'Mayor Dana Lee claimed that ….');
    expect(explanation).toContain("'said' it, which is neutral");
    expect(explanation).toContain("'claimed' it, which can cast doubt on it");
  });
});
