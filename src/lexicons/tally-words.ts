import { loadLexicon } from './load.js';

/** A word of a running total from `data/tally-words.yaml`: a tally noun or a verb of its level. */
export interface TallyWord {
  lemma: string;
  role: 'noun' | 'verb';
}

let byLemma: ReadonlyMap<string, TallyWord> | undefined;

/** The tally word a lemma is, in the given role; undefined for any other lemma. */
export function tallyWord(lemma: string, role: TallyWord['role']): TallyWord | undefined {
  byLemma ??= new Map(
    loadLexicon<TallyWord>('tally-words').entries.map((e) => [`${e.role}:${e.lemma}`, e] as const),
  );
  return byLemma.get(`${role}:${lemma}`);
}
