/**
 * A count given on the command line (`[limit]`, `[from]`): a whole number ≥ 0, or `fallback`
 * when none is given. Undefined for anything else ("abc", "-1", "2.5"): `Number('abc')` is NaN,
 * and a slice by NaN takes no article at all, so a typo would run the harness on nothing and
 * print empty figures (review of perturb11, item 7).
 */
export function parseCount(given: string | undefined, fallback: number): number | undefined {
  if (given === undefined) return fallback;
  const n = /^\d+$/.test(given) ? Number(given) : Number.NaN;
  return Number.isSafeInteger(n) ? n : undefined;
}

/** `parseCount`, or one usage line and exit 2 when the argument is no count. */
export function countArg(given: string | undefined, fallback: number, name: string, usage: string): number {
  const n = parseCount(given, fallback);
  if (n === undefined) {
    console.error(`${name} must be a whole number ≥ 0, got '${given}'; usage: ${usage}`);
    process.exit(2);
  }
  return n;
}
