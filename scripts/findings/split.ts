/**
 * The dev pairs kept aside while rules are tuned (DEVELOPERS.md: "keep part of the dev data aside
 * while you tune, and report it separately"). Paths are relative to shared/, e.g.
 * `corpora/basil/2014-22b6e900/fox.txt`. Chosen before any tuning: the last BASIL year, one gold
 * BASIL pair and one NewsWCL50 event holding a gold pair.
 */
const HELD_OUT: readonly RegExp[] = [
  /^corpora\/basil\/2014-/,
  /^corpora\/basil\/2013-68748e7f\//,
  /^corpora\/newswcl50\/event-4\//,
];

/** The two parts of the dev pairs. */
export type Split = 'tune' | 'heldout';

/** Which part a source (path relative to shared/) belongs to. */
export function splitOf(path: string): Split {
  return HELD_OUT.some((pattern) => pattern.test(path)) ? 'heldout' : 'tune';
}
