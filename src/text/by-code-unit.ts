/**
 * Code-unit order, the same on every machine and locale (`localeCompare` is not): the order of
 * file names, pair ids and outlets in every output.
 */
export function byCodeUnit(x: string, y: string): number {
  return x < y ? -1 : x > y ? 1 : 0;
}
