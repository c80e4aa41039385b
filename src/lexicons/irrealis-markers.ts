import { loadLexicon } from './load.js';

/** A modal auxiliary ("may raise") or a word whose to-infinitive is a potential act ("plans to raise"). */
export type IrrealisKind = 'modal' | 'intent';

let byLemma: ReadonlyMap<string, IrrealisKind> | undefined;

/**
 * How a lemma presents the act it governs as not (yet) done (data/irrealis-markers.yaml): `modal`
 * before a verb, `intent` before "to" and a verb; undefined for any other lemma.
 */
export function irrealisMarker(lemma: string): IrrealisKind | undefined {
  byLemma ??= new Map(
    loadLexicon<{ lemma: string; kind: IrrealisKind }>('irrealis-markers').entries.map(
      (e) => [e.lemma, e.kind] as const,
    ),
  );
  return byLemma.get(lemma);
}
