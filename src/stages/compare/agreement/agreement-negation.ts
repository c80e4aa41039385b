import { negativeImplicative } from '../../../lexicons/negative-implicatives.js';
import { functionWords } from '../../../lexicons/word-sets.js';
import type { Sentence, Token } from '../../../model/source.js';
import { straightApostrophes } from '../../../text/apostrophe.js';
import type { Clause } from './agreement-clauses.js';
import { oncePerRange } from './agreement-profile.js';

/**
 * Inputs: a clause of a body or headline sentence and a test for the words its pair shares. Two
 * clauses that share words can still say opposite things when one denies them ("pleaded guilty" /
 * "pleaded not guilty"): the shared words that a clause only holds under a negation.
 */

const negations = functionWords('negation');
/** How far after a negation ("did not send", "pleaded not guilty") the word it denies stands. */
const NEGATION_REACH = 3;

/** Whether token `i` negates what follows: a negation word, or a negative implicative verb. */
function negator(tokens: readonly Token[], i: number): boolean {
  // The lexicon spells the clitic with a straight apostrophe; news text often prints "n’t".
  if (negations.has(straightApostrophes(tokens[i].lower))) return true;
  // "declined to publish the audit" denies as "did not publish the audit" does.
  return tokens[i].pos === 'VERB' && negativeImplicative(tokens[i].lemma);
}

// Every clause pair of a pair asks which tokens negate (issue 13): found once per sentence, in order.
const negatorsBySentence = new WeakMap<Sentence, readonly number[]>();
function negatorsOf(s: Sentence): readonly number[] {
  let out = negatorsBySentence.get(s);
  if (!out) {
    out = s.tokens.flatMap((_, i) => (negator(s.tokens, i) ? [i] : []));
    negatorsBySentence.set(s, out);
  }
  return out;
}

/**
 * The indexes of a clause's tokens that a negation denies: the `NEGATION_REACH` words after a
 * negation word ("not", "n't", "never", "no") or a negative implicative ("refused to"), not
 * counting quotation marks, up to a comma or a conjunction ("refused and went on to lose"). Found
 * once a clause range.
 */
const denied: (c: Clause) => ReadonlySet<number> = oncePerRange(deniedIn);

function deniedIn(c: Clause): Set<number> {
  const tokens = c.sentence.tokens;
  const out = new Set<number>();
  // A negation may stand just before the clause: 'did not want to "sell the farm"'.
  for (const i of negatorsOf(c.sentence)) {
    if (i < c.from - NEGATION_REACH - 1 || i >= c.to) continue;
    for (let j = i + 1, words = 0; words < NEGATION_REACH && j < c.to; j++) {
      if (tokens[j].pos === 'CCONJ' || /^[,;:]$/.test(tokens[j].text)) break;
      if (tokens[j].pos === 'PUNCT') continue;
      words++;
      if (j >= c.from) out.add(j);
    }
  }
  return out;
}

/**
 * Whether a clause only denies some of the shared words (`shared`): every time it holds one, a
 * negation denies it (`denied`). "Pleaded guilty" / "pleaded not guilty" differ on "guilty"; "did
 * not recognize the couples" / "will recognize the couples, even where a state does not recognize
 * them" differ on "recognize", which the second clause also states. Asked of every candidate
 * clause pair: it scans the clause's range and builds no set of the words (issue 13).
 */
export function deniesShared(c: Clause, shared: (lemma: string) => boolean): boolean {
  const tokens = c.sentence.tokens;
  // Most clauses negate nothing: then nothing is denied, whatever they share.
  if (negatorsOf(c.sentence).length === 0) return false;
  // The denied tokens depend on the clause's range alone: found once a range (issue 13).
  const no = denied(c);
  if (no.size === 0) return false;
  for (let i = c.from; i < c.to; i++) {
    if (!no.has(i) || !shared(tokens[i].lemma)) continue;
    if (!statedElsewhere(tokens, c, no, tokens[i].lemma)) return true;
  }
  return false;
}

/** Whether the clause holds `lemma` at a token no negation denies. */
function statedElsewhere(
  tokens: readonly Token[],
  c: Clause,
  no: ReadonlySet<number>,
  lemma: string,
): boolean {
  for (let j = c.from; j < c.to; j++) if (!no.has(j) && tokens[j].lemma === lemma) return true;
  return false;
}
