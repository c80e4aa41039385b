// A reporting verb in the "to"-infinitive of an aspectual verb: "Dock workers began to call for
// a recount", "The treasurer went on to argue that …", "The pilot was beginning to concede that …". The
// infinitive of an aspectual verb is an act under way, so the report is made (Huddleston & Pullum
// 2002, ch. 14: aspectual catenatives), unlike "wants to say" or "refused to explain". The
// aspectual verb's subject is the speaker.
import { verbClass } from '../../../lexicons/word-sets.js';
import type { Token } from '../../../model/source.js';
import { isVerb } from './content-end.js';

/**
 * Index of the aspectual verb whose "to"-infinitive is the verb at `i` ("continued to call",
 * "went on to argue"), or -1.
 */
export function aspectualBefore(tokens: Token[], i: number): number {
  if (tokens[i - 1]?.lower !== 'to') return -1;
  // "went on to": "go" is aspectual only with its particle.
  const on = tokens[i - 2]?.lower === 'on';
  const k = on ? i - 3 : i - 2;
  const verb = tokens[k];
  if (!verb || !isVerb(verb) || !verbClass('aspectual').has(verb.lemma)) return -1;
  return (verb.lemma === 'go') === on ? k : -1;
}
