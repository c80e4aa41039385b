import type { Sentence, Token } from '../../../model/source.js';
import { lettersOf } from './acronyms.js';
import { stemKey } from './stem.js';

// Inputs: a token or a sentence's tokens. The forms an article is searched by (mentions.ts).

/** Sentences that carry reporting: the headline, body and captions (a caption can report a fact too). */
export const reporting = (s: Sentence): boolean => s.role !== 'boilerplate';

const SCALE: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 };
const DIGITS = /^\$?\d[\d,]*(?:\.\d+)?$/;

/** Numbers written with digits in a token list, times a following scale word ("2.5 billion"). */
export function writtenNumbers(tokens: Token[]): number[] {
  const found: number[] = [];
  tokens.forEach((t, i) => {
    if (!DIGITS.test(t.text)) return;
    const value = Number(t.text.replace(/[$,]/g, ''));
    if (Number.isFinite(value)) found.push(value * (SCALE[tokens[i + 1]?.lower ?? ''] ?? 1));
  });
  return found;
}

/** Letters of an acronym without dots: "F.B.I." → "FBI". */
export const acronymOf = (text: string): string => (text.includes('.') ? text.replace(/\./g, '') : text);

/**
 * The forms a token mentions a word by: its lemma and form; its stem, marked apart from words (a
 * derived form of a word is a mention of it, stem.ts); the parts of a hyphenated word ("wide-eyed"
 * mentions "wide"); and the letters of an acronym written with stops ("f.h.a." mentions "fha").
 */
export function tokenForms(t: Token): string[] {
  const forms: string[] = [];
  eachForm(t, (form) => forms.push(form));
  return forms;
}

/** `use` called with each of `tokenForms`, in its order, and no list made (issue 13: asked of every token of a source). */
export function eachForm(t: Token, use: (form: string) => void): void {
  use(t.lemma);
  use(t.lower);
  const stem = stemKey(t.pos, t.lower);
  if (stem) use(stem);
  if (t.lower.includes('-')) for (const part of t.lower.split('-')) use(part);
  const letters = lettersOf(t);
  if (letters !== t.lower) use(letters);
}
