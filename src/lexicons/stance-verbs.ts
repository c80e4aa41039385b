import { loadLexicon } from './load.js';

/**
 * What a reporting verb says about its content beyond that it was said (data/stance-verbs.yaml,
 * after Wikipedia's Manual of Style, MOS:SAY and MOS:CLAIM, and the AP Stylebook on "said").
 */
export type VerbClass = 'neutral' | 'doubt' | 'endorse' | 'culpable';

interface StanceVerb {
  lemma: string;
  kind: 'verb' | 'document';
  class: VerbClass;
}

let byKind: Record<StanceVerb['kind'], Map<string, VerbClass>> | undefined;

function load(): Record<StanceVerb['kind'], Map<string, VerbClass>> {
  if (byKind) return byKind;
  const maps = { verb: new Map<string, VerbClass>(), document: new Map<string, VerbClass>() };
  for (const e of loadLexicon<StanceVerb>('stance-verbs').entries) maps[e.kind].set(e.lemma, e.class);
  byKind = maps;
  return maps;
}

/** The class of a reporting cue by its lemma (`claim` → doubt, `point out` → endorse); undefined when unlisted. */
export const verbClass = (lemma: string): VerbClass | undefined => load().verb.get(lemma);

/** Whether a noun names a legal document, in whose voice "claims" and "alleges" are terms of law (MOS:WTW). */
export const legalDocument = (lemma: string): boolean => load().document.has(lemma);
