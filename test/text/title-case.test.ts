import { describe, expect, it } from 'vitest';
import { isTitleCase, type TitleCaseRule } from '../../src/text/title-case.js';

const words = (line: string) => line.split(' ').filter(Boolean);

describe('isTitleCase', () => {
  it.each<[string, TitleCaseRule, boolean]>([
    ['Controversial Sheriff Faces Harsh Criticism', { minWords: 2, share: 0.8 }, true],
    ['Controversial sheriff faces harsh criticism', { minWords: 2, share: 0.8 }, false],
    // Exactly the share: 4 of 5 capitalised.
    ['Former Aide Says Plant unsafe', { minWords: 4, share: 0.8 }, true],
    ['Former Aide says plant unsafe', { minWords: 4, share: 0.8 }, false],
    ['Former Aide says plant unsafe', { minWords: 0, share: 0.4 }, true],
    // Too few words to decide.
    ['Ruiz Wins', { minWords: 4, share: 0.8 }, false],
    ['Ruiz', { minWords: 2, share: 0.8 }, false],
    // No words at all, and no minimum: title case (descriptions.ts skips such a line).
    ['', { minWords: 0, share: 0.6 }, true],
    ['', { minWords: 1, share: 0.6 }, false],
    // A capital in another script counts.
    ['Émile Zola Écrit', { minWords: 2, share: 0.8 }, true],
  ])('%j with %j → %s', (line, rule, expected) => {
    expect(isTitleCase(words(line), rule)).toBe(expected);
  });
});
