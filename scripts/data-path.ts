import { existsSync } from 'node:fs';

/** `rel` under ../shared beside the checkout: where the data lives on the development machine. */
export const besideCheckout = (rel: string): string =>
  new URL(`../../shared/${rel}`, import.meta.url).pathname;

/**
 * The data a script or benchmark reads: `given` (a command-line argument) or else `fallback`.
 * A clone has no ../shared beside it, so a missing path prints one usage line and exits 2
 * instead of a stack trace.
 */
export function dataPath(given: string | undefined, fallback: string | undefined, usage: string): string {
  const path = given ?? fallback;
  if (path === undefined || !existsSync(path)) {
    console.error(`${path === undefined ? 'no data path given' : `${path} not found`}; usage: ${usage}`);
    process.exit(2);
  }
  return path;
}
