import { describe, expect, it } from 'vitest';
import { CONFIDENT } from '../../../src/model/finding.js';
import { analyzeText, compareSources } from '../../../src/pipeline.js';
import { notOwnVoice } from '../../../src/stages/compare/attribution/voice.js';

// Passages written for these tests: a city council story; the mayor speaks, in several styles.
const LEAD = 'The city council approved the new transit budget on Tuesday after a long debate.';
const analyze = (text: string, outlet = 'Courier') =>
  analyzeText(`---\noutlet: ${outlet}\npublished: 2024-03-06\n---\n${LEAD}\n\n${text}`);
const SURPLUS = 'The budget leaves the city with a surplus of funds for new buses.';

describe('sentences context gives to a speaker are not the outlet voice', () => {
  it.each([
    [
      'a block quote after a colon',
      `Mayor Dana Lee posted her reply online. Read the full post:\n\n${SURPLUS}\n\nWe will not back down.`,
      SURPLUS,
      true,
    ],
    [
      'a letter announced by a speech verb, then printed',
      `Mayor Dana Lee answered with a letter to the council calling for calm.\n\n“We will not back down.\n\n${SURPLUS}\n\nLee's letter was read aloud on Wednesday.`,
      SURPLUS,
      true,
    ],
    [
      'the outlet again once it names the speaker',
      `Mayor Dana Lee answered with a letter to the council calling for calm.\n\n“We will not back down.”\n\nLee has led the city since 2019.`,
      'Lee has led the city since 2019.',
      false,
    ],
    [
      'a pronoun subject for the last speaker',
      `"We have the votes," Mayor Dana Lee said.\n\nShe pointed to a surplus of funds for new buses.`,
      'She pointed to a surplus of funds for new buses.',
      true,
    ],
    [
      'a quotation opened by "He went on,"',
      `Councilman Raj Patel spoke first.\n\nHe went on, "${SURPLUS}"`,
      SURPLUS,
      true,
    ],
    [
      'a tag after an apposition',
      `"${SURPLUS.slice(0, -1)}," Lee, who is 52, said in her address.`,
      SURPLUS.slice(0, -1),
      true,
    ],
    [
      // The quoted paragraph itself is Lee's (AP convention, extraction); the plain one after it
      // is the outlet's again, since no document was announced that it could be part of.
      'a plain paragraph after a quotation that follows a speech verb with no document',
      `Mayor Dana Lee cautioned that the plan could fail.\n\n“We will not back down.”\n\n${SURPLUS}`,
      SURPLUS,
      false,
    ],
    ['a plain sentence of the outlet', `Officials counted the votes twice.\n\n${SURPLUS}`, SURPLUS, false],
    [
      // The colon closes the outlet's corrections notice (boilerplate), not a speaker's introduction.
      'a plain paragraph after a corrections notice that ends with a colon',
      `This article has been revised to reflect the following correction:\n\nCorrection: March 7, 2024\n\nBecause of an editing error, an earlier version of this article misstated the mayor's age.\n\n${SURPLUS}`,
      SURPLUS,
      false,
    ],
    [
      // Review of perturb11, item 8: a line takes its role from the notice it opens with, but the
      // speaker's introduction after the notice is still one.
      "a paragraph after a speaker's colon introduction that shares a line with a corrections notice",
      `Correction: An earlier version of this article misstated the mayor's age. Mayor Dana Lee released this statement:\n\n${SURPLUS}`,
      SURPLUS,
      true,
    ],
  ])('%s: not own voice %s', (_what, text, snippet, expected) => {
    const source = analyze(text);
    const ids = source.sentences.filter((s) => s.text.includes(snippet)).map((s) => s.id);
    expect(ids.length).toBeGreaterThan(0);
    const voiced = notOwnVoice(source);
    expect(ids.every((id) => voiced.has(id))).toBe(expected);
  });
});

// Judged on dev pairs (2026-11-29): "claims" a lawsuit makes against "said" was a routine variant;
// a neutral against a doubting verb for one speaker is shown since verb classes (MOS:CLAIM) decide.
describe('a difference of verb only is shown only between verb classes', () => {
  const attributions = (a: string, b: string) =>
    compareSources(analyze(a, 'Courier'), analyze(b, 'Herald')).findings.filter(
      (f) => f.kind === 'attribution',
    );
  it.each([
    ['said against claimed', 'Mayor Dana Lee said that', 'Mayor Dana Lee claimed that', true],
    [
      'the lawsuit said against the lawsuit claims',
      'The lawsuit said that',
      'The lawsuit claims that',
      false,
    ],
    ['fact against claimed', '', 'Mayor Dana Lee claimed', true],
  ])('%s: shown %s', (_what, x, y, shown) => {
    const clause = 'the budget leaves the city with a surplus of funds for new buses';
    const say = (who: string) =>
      who ? `${who} ${clause}.` : `${clause[0].toUpperCase()}${clause.slice(1)}.`;
    const found = attributions(say(x), say(y));
    // The contrast is found in every row; the row says whether it is shown or held below CONFIDENT.
    expect(found.length).toBeGreaterThan(0);
    expect(found.some((f) => f.confidence >= CONFIDENT)).toBe(shown);
  });
});
