import { loadLexicon } from './load.js';

let lemmas: ReadonlySet<string> | undefined;

/**
 * Whether a verb lemma is a negative implicative ("refuse", "decline", "fail"): followed by an
 * infinitive, it entails that the act did not happen (data/negative-implicatives.yaml).
 */
export function negativeImplicative(lemma: string): boolean {
  lemmas ??= new Set(loadLexicon<{ lemma: string }>('negative-implicatives').entries.map((e) => e.lemma));
  return lemmas.has(lemma);
}
