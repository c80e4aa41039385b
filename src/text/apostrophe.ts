// Inputs: a word or a name as printed. News text prints the apostrophe curly ("n’t", "Ryan’s"),
// sometimes as the opening mark; the lexicons and the word lists spell it straight. The one
// place the two are made one, for every stage that compares a printed word with a listed one.

/** The curly marks printed for an apostrophe: ’ (U+2019) and, mistyped, ‘ (U+2018). */
const CURLY = /[\u2018\u2019]/gu;

/** A word with its curly apostrophes straightened: "I’m" and "I'm" are one word. */
export const straightApostrophes = (word: string): string =>
  word.includes('\u2019') || word.includes('\u2018') ? word.replace(CURLY, "'") : word;
