import { type QuantityAct, quantityActs } from '../../../lexicons/quantity-acts.js';
import type { Token } from '../../../model/source.js';

const ACT_POS = new Set(['VERB', 'ADJ']);
/** Words between a count and its act after it: "20 rockets that were fired", "25 people were killed". */
const BRIDGE_POS = new Set(['AUX', 'ADV', 'PART']);
const RELATIVE = new Set(['that', 'who', 'which']);

/** The act lexicon entry for a verb or adjective token, if any. */
function actOf(token: Token | undefined): QuantityAct | undefined {
  return token && ACT_POS.has(token.pos) ? quantityActs().get(token.lemma) : undefined;
}

/**
 * The act a quantity measures. Looked for, in order: the counted noun itself ("350,000 deaths");
 * a verb just before the quantity, past adverbs ("has killed more than 350,000 people",
 * "struck dozens of targets"); a verb just after it, past "that were", auxiliaries and adverbs
 * ("20 rockets that were fired", "1.5 million displaced", "at least 10 dead").
 */
export function findAct(
  tokens: Token[],
  first: number,
  last: number,
  nounLemma: string | null,
): QuantityAct | undefined {
  const asNoun = nounLemma ? quantityActs().get(nounLemma) : undefined;
  if (asNoun?.noun) return asNoun;
  let b = first - 1;
  while (b >= 0 && tokens[b].pos === 'ADV') b--;
  const before = actOf(tokens[b]);
  if (before) return before;
  let a = last + 1;
  if (RELATIVE.has(tokens[a]?.lower ?? '')) a++;
  for (let hops = 0; a < tokens.length && hops < 3 && BRIDGE_POS.has(tokens[a].pos); hops++) a++;
  return actOf(tokens[a]);
}
