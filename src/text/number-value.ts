// The value of one written number token, shared by the stages that read numbers from tokens:
// align (numbers a sentence writes, align/numbers.ts) and compare (numbers beside a figure,
// compare/facts/told-apart.ts).

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
  // Only a hyphenated word can be two number words ("twenty-five"): no array for every other word
  // (align reads every word of a source, speed31).
  if (!lower.includes('-')) return null;
  const parts = lower.split('-');
  if (parts.length === 2 && isUnit(parts[0]) && isUnit(parts[1]) && UNITS[parts[1]] < 10) {
    return UNITS[parts[0]] + UNITS[parts[1]];
  }
  return null;
}
