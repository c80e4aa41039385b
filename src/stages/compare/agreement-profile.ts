import type { Sentence } from '../../model/source.js';
import { type ClauseShape, clauseShapes, keysOf } from './agreement-clauses.js';
import { runsOf } from './agreement-words.js';
import { isContent } from './weights.js';

/**
 * Inputs: one body or headline sentence. What matching its clauses needs that does not depend
 * on the other article is built once a sentence and shared by every pair its source is in
 * (issue 13: a source is compared with every other outlet of its event).
 */

/** A sentence's part of the clause matching, the same in every pair. */
export interface SentenceProfile {
  /** The content keys of the whole sentence (`keysOf`: lemmas, or a state's actor key). */
  keys: Set<string>;
  /** Its clauses with their key sets (`clauseShapes`); their weights depend on the pair. */
  clauses: ClauseShape[];
  /** Its runs of six words (`runsOf`), for ruling out a shared quotation cheaply. */
  runs: Set<string>;
}

// Keyed on the sentence object, which the pipeline never changes after segmenting: a profile
// depends on its sentence alone, so no output depends on which pairs ran before.
const profiles = new WeakMap<Sentence, SentenceProfile>();

/** The profile of a sentence, built on first use. */
export function profileOf(s: Sentence): SentenceProfile {
  const known = profiles.get(s);
  if (known) return known;
  const key = keysOf(s);
  const profile = {
    keys: new Set(s.tokens.filter(isContent).map(key)),
    clauses: clauseShapes(s, key),
    runs: runsOf(s.tokens),
  };
  profiles.set(s, profile);
  return profile;
}
