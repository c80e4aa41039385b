/**
 * Numbers written in a sentence, normalised to values so that "five" and "5", or
 * "$2.5 billion" and "2,500,000,000", compare equal. Inputs: the sentence's tokens,
 * lower-cased; tokens already used by a date ("May 10", "2017") are skipped by the caller.
 */

const UNITS: Record<string, number> = {
  zero: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
  dozen: 12,
};

const SCALES: Record<string, number> = {
  hundred: 100,
  thousand: 1e3,
  million: 1e6,
  billion: 1e9,
  trillion: 1e12,
  mln: 1e6,
  bln: 1e9,
};

/** A number word of `UNITS` (own keys only: "constructor" or "toString" is no number). */
const isUnit = (word: string) => Object.hasOwn(UNITS, word);

const DIGITS = /^\d{1,3}(,\d{3})+(\.\d+)?$|^\d*\.?\d+$/;

/** The value of one token, or null: "5", "350,000", "2.5", "five", "twenty-five". */
export function tokenValue(lower: string): number | null {
  const first = lower.charCodeAt(0);
  // Most tokens are words: only a digit or a dot can start a written number.
  if ((first >= 48 && first <= 57) || first === 46) {
    return DIGITS.test(lower) ? Number(lower.replace(/,/g, '')) : null;
  }
  if (isUnit(lower)) return UNITS[lower];
  const parts = lower.split('-');
  if (parts.length === 2 && isUnit(parts[0]) && isUnit(parts[1]) && UNITS[parts[1]] < 10) {
    return UNITS[parts[0]] + UNITS[parts[1]];
  }
  return null;
}

/**
 * Reads the numbers among `words` (lower-cased tokens): a value, optionally followed by a
 * unit word ("twenty five", "two-thirds" is not a number) and by scale words ("2.5 billion").
 * `skip[i]` marks tokens to ignore. Values come back as canonical strings ("2500000000").
 */
export function readNumbers(words: readonly string[], skip: readonly boolean[] = []): string[] {
  const values: string[] = [];
  for (let i = 0; i < words.length; i++) {
    if (skip[i]) continue;
    let value = tokenValue(words[i]);
    if (value === null) continue;
    // "twenty five": a tens word followed by a unit word.
    const next = tokenValue(words[i + 1] ?? '');
    if (!skip[i + 1] && value >= 20 && value < 100 && value % 10 === 0 && next !== null && next < 10) {
      value += next;
      i++;
    }
    while (i + 1 < words.length && Object.hasOwn(SCALES, words[i + 1]) && !skip[i + 1]) {
      value *= SCALES[words[i + 1]];
      i++;
    }
    values.push(String(Math.round(value * 1e6) / 1e6));
  }
  return values;
}
