import { loadLexicon } from './load.js';

/** A noun of probability ("chance"), a noun of a population ("people"), or a direction of odds ("against", "in favour"). */
export type ShareWordKind = 'chance' | 'population' | 'against' | 'for';

let byLemma: ReadonlyMap<string, ShareWordKind> | undefined;

/**
 * What a lemma says of a ratio beside it (data/share-words.yaml): `chance` and `population` make
 * "N in M" a share, `against` and `for` after "N to M" state the odds' direction; undefined otherwise.
 */
export function shareWord(lemma: string): ShareWordKind | undefined {
  byLemma ??= new Map(
    loadLexicon<{ lemma: string; kind: ShareWordKind }>('share-words').entries.map(
      (e) => [e.lemma, e.kind] as const, // lower case already: the schema asks ^[a-z]+$
    ),
  );
  // Matched lower-cased, as the lexicon says: a Title Case headline's lemma may keep its capital.
  return byLemma.get(lemma.toLowerCase());
}
