import { numberWords } from '../../../lexicons/number-words.js';
import type { Token } from '../../../model/source.js';
import { touches } from './context.js';

/** A number read from tokens `first..last`. */
export interface NumberMatch {
  first: number;
  last: number;
  value: number;
}

const DIGITS = /^(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$/;

/** The value of a number word of one kind ("million" a scale, "half" a fraction), if the token is one. */
function valueOfKind(token: Token | undefined, kind: 'scale' | 'fraction'): number | undefined {
  const word = numberWords().get(token?.lower ?? '');
  return word?.kind === kind ? word.value : undefined;
}

/** The value of a scale word ("million", "bn"), if the token is one. */
export const scaleOf = (token: Token | undefined): number | undefined => valueOfKind(token, 'scale');

/** The value of a fraction word ("half", "quarter"), if the token is one. */
const fractionOf = (token: Token | undefined): number | undefined => valueOfKind(token, 'fraction');

/** Scale words after a number multiply it: "1.5 million", "20 thousand". */
export function withScales(tokens: Token[], first: number, last: number, value: number): NumberMatch {
  let end = last;
  let total = value;
  for (let s = scaleOf(tokens[end + 1]); s !== undefined; s = scaleOf(tokens[end + 1])) {
    total *= s;
    end++;
  }
  return { first, last: end, value: total };
}

/** True for words that are part of a number: units, tens and scales. */
function isNumberWord(token: Token | undefined): boolean {
  const kind = numberWords().get(token?.lower ?? '')?.kind;
  return kind === 'unit' || kind === 'ten' || kind === 'scale';
}

/** Number words from `i`: "twenty-five", "two hundred and fifty", "seven". */
function readWords(tokens: Token[], i: number): NumberMatch | undefined {
  const words = numberWords();
  let total = 0;
  let current = 0;
  let last = -1;
  for (let j = i; j < tokens.length; j++) {
    const word = words.get(tokens[j].lower);
    const joiner = tokens[j].lower === '-' || tokens[j].lower === 'and';
    if (joiner && last === j - 1 && isNumberWord(tokens[j + 1])) {
      // "twenty-five" only when the hyphen touches both words; "hundred and fifty" only after a scale.
      if (
        tokens[j].lower === '-'
          ? touches(tokens[j - 1], tokens[j])
          : words.get(tokens[j - 1].lower)?.kind === 'scale'
      )
        continue;
    }
    if (!word || !isNumberWord(tokens[j])) break;
    if (word.kind === 'scale') {
      if (word.value === 100) current = (current || 1) * 100;
      else {
        total += (current || 1) * word.value;
        current = 0;
      }
    } else current += word.value;
    last = j;
  }
  return last < i ? undefined : { first: i, last, value: total + current };
}

/** How many parts a fraction opens with: "a"/"an"/"one" one, "three" three; none for a bare fraction. */
function partsAt(tokens: Token[], i: number): number | undefined {
  const lower = tokens[i]?.lower ?? '';
  if (lower === 'a' || lower === 'an') return 1;
  const word = numberWords().get(lower);
  return word?.kind === 'unit' && word.value > 0 ? word.value : undefined;
}

/**
 * A fraction of a scale word from token `i` (Huddleston & Pullum 2002, ch. 5 §7.4): "half a
 * million", "half-million", "a quarter of a million", "a quarter million", "three quarters of a
 * billion", "two-thirds of a million". Before, "half a million" was read from its "a million".
 */
function readFraction(tokens: Token[], i: number): NumberMatch | undefined {
  // "two and a half million": read whole from "two" (`readWholeAndFraction`), never from its "a half million".
  if (tokens[i - 1]?.lower === 'and') return undefined;
  const found = readFractionAt(tokens, i);
  return found && { first: i, last: found.last, value: Math.round(found.fraction * found.scale) };
}

/** A fraction and the scale word it takes from token `i`: its share of one, the scale, and the scale's token. */
function readFractionAt(
  tokens: Token[],
  i: number,
): { fraction: number; scale: number; last: number } | undefined {
  let k = i;
  const parts = partsAt(tokens, k);
  if (parts !== undefined) k += tokens[k + 1]?.lower === '-' ? 2 : 1;
  const fraction = fractionOf(tokens[k]);
  if (fraction === undefined) return undefined;
  // A bare fraction only for "half": "half a million"; "quarter of a million" needs its "a".
  if (parts === undefined && tokens[k].lower !== 'half') return undefined;
  k++;
  if (tokens[k]?.lower === '-' && touches(tokens[k - 1], tokens[k])) k++;
  if (tokens[k]?.lower === 'of') k++;
  if (tokens[k]?.lower === 'a' || tokens[k]?.lower === 'an') k++;
  const scale = scaleOf(tokens[k]);
  if (scale === undefined) return undefined;
  return { fraction: (parts ?? 1) * fraction, scale, last: k };
}

/**
 * A whole number and a fraction of a scale word: "two and a half million" (2,500,000), "1 and a
 * quarter billion". The whole is digits or number words without a scale of their own.
 */
function readWholeAndFraction(tokens: Token[], i: number): NumberMatch | undefined {
  const whole = DIGITS.test(tokens[i]?.lower ?? '')
    ? { first: i, last: i, value: Number(tokens[i].lower.replaceAll(',', '')) }
    : readWords(tokens, i);
  if (!whole || tokens[whole.last + 1]?.lower !== 'and' || scaleOf(tokens[whole.last]) !== undefined)
    return undefined;
  const tail = readFractionAt(tokens, whole.last + 2);
  if (!tail) return undefined;
  return { first: i, last: tail.last, value: Math.round((whole.value + tail.fraction) * tail.scale) };
}

/**
 * Reads a number starting at token `i`: digits ("20", "350,000", "1.5") with scale words
 * ("1.5 million"), number words ("twenty-five"), or "a"/"an" before a scale ("a million").
 * A number word must not start with a scale ("hundred" alone is not read).
 */
export function readNumber(tokens: Token[], i: number): NumberMatch | undefined {
  const token = tokens[i];
  if (!token) return undefined;
  const fraction = readWholeAndFraction(tokens, i) ?? readFraction(tokens, i);
  if (fraction) return fraction;
  if (DIGITS.test(token.lower)) return withScales(tokens, i, i, Number(token.lower.replaceAll(',', '')));
  const words = numberWords();
  if (
    (token.lower === 'a' || token.lower === 'an') &&
    words.get(tokens[i + 1]?.lower ?? '')?.kind === 'scale'
  ) {
    return withScales(tokens, i, i, 1);
  }
  const kind = words.get(token.lower)?.kind;
  return kind === 'unit' || kind === 'ten' ? readWords(tokens, i) : undefined;
}
