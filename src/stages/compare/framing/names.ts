// Inputs: a sentence's tokens. Output: its runs of names and the key each run stands for, the
// entity the framing descriptions (descriptions.ts, epithets.ts) attach to.

import { entityWords } from '../../../lexicons/word-sets.js';
import type { Token } from '../../../model/source.js';

/** A generational suffix of a name ("Jr.", "III"), with or without its full stop (data/entity-words.yaml). */
const isSuffix = (word: string): boolean =>
  entityWords('name-suffix').has(word.toLowerCase().replace(/\.$/, ''));

const CAPITAL = /^\p{Lu}/u;
/** A possessive clitic token ("'s"): the name before it modifies another noun. */
export const POSSESSIVE = /^['’]s$/u;

const isName = (t: Token): boolean => t.pos === 'PROPN' && CAPITAL.test(t.text);

/** The entity key of a name run: its last word, with a generational suffix kept ("trump jr"). */
export function keyOf(run: Token[]): string {
  const words = run.map((t) => t.lower.replace(/[.'’]+s?$/u, ''));
  const last = words[words.length - 1];
  if (isSuffix(last) && words.length > 1) return `${words[words.length - 2]} ${last.replace('.', '')}`;
  return last;
}

/** Half-open index ranges of the name runs of a sentence. */
export function nameRuns(tokens: Token[]): [number, number][] {
  const runs: [number, number][] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!isName(tokens[i])) continue;
    let j = i;
    while (j < tokens.length && (isName(tokens[j]) || (j > i && isSuffix(tokens[j].text)))) j++;
    runs.push([i, j]);
    i = j - 1;
  }
  return runs;
}

/** The name of a run as written: its last word, a possessive ending dropped ("Renko"). */
export const nameOf = (run: Token[]): string => run[run.length - 1].text.replace(/['’]s?$/u, '');
