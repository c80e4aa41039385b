// The addressee of a verb such as "tell" or "warn" (verb-classes.yaml, class addressee), which is
// no part of what is reported: "told reporters the vote was rigged" (preposed.ts, fronted-adjunct.ts).
import type { Token } from '../../../model/source.js';
import { phraseStartingAt, type TokenRange } from '../../../text/noun-phrase.js';

/**
 * The addressee phrase starting at `k`, or null. The chunker joins the indirect and the direct
 * object of a ditransitive verb (Quirk et al. 1985, 16.55) into one phrase ("reporters the vote");
 * a determiner right after a noun opens the second, so the addressee ends before it.
 */
export function addresseeAt(tokens: Token[], k: number): TokenRange | null {
  const np = phraseStartingAt(tokens, k);
  if (!np) return null;
  for (let i = np.first + 1; i <= np.last; i++)
    if (tokens[i].pos === 'DET' && /^(?:NOUN|PROPN)$/u.test(tokens[i - 1].pos))
      return { first: np.first, last: i - 1 };
  return withRelative(tokens, np);
}

/**
 * "told the crew, which was tired, to rest": a non-restrictive relative clause set off by commas
 * belongs to the phrase before it (Quirk et al. 1985, 17.22), so the addressee runs to its closing comma.
 */
function withRelative(tokens: Token[], np: TokenRange): TokenRange {
  if (tokens[np.last + 1]?.text !== ',' || !/^(?:who|which)$/u.test(tokens[np.last + 2]?.lower ?? ''))
    return np;
  for (let i = np.last + 3; i < Math.min(tokens.length, np.last + 25); i++)
    if (tokens[i].text === ',') return { first: np.first, last: i };
  return np;
}
