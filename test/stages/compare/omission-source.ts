import type { AnalyzedSource } from '../../../src/model/analyzed-source.js';
import { analyzeText } from '../../../src/pipeline.js';
import { anchorsOf } from '../../../src/stages/compare/omission/anchors.js';
import { mentionsOf } from '../../../src/stages/compare/omission/mentions.js';

/** A passage written for a test, analysed under a front matter naming its outlet (one fixed day). */
export function omissionSource(outlet: string, body: string): AnalyzedSource {
  return analyzeText(`---\noutlet: ${outlet}\npublished: 2024-03-06\n---\n${body}`);
}

/**
 * The name anchors of the sentence of `own` opening with `opening`, looked for in `other` (each
 * analysed by `omissionSource`), `lowered` standing for the words either article writes in lower
 * case and `mid` for those either capitalises inside a sentence.
 */
export function nameAnchors(
  own: string,
  other: string,
  opening: string,
  lowered: string[] = [],
  mid: string[] = [],
) {
  const a = omissionSource('Courier', own);
  const b = omissionSource('Herald', other);
  const sentence = a.sentences.find((s) => s.text.startsWith(opening));
  if (!sentence) throw new Error(`no sentence opening ${opening}`);
  const ctx = {
    isOutlet: () => false,
    midCapitals: new Set(mid),
    runStarts: new Set<string>(),
    lowered: new Set(lowered),
    rarity: () => 10,
  };
  return anchorsOf(sentence, a.text, [], mentionsOf(b), new Set(), ctx).filter((x) => x.type === 'name');
}
