import type { Stance } from '../model/claim.js';
import { loadLexicon } from './load.js';

/** A reporting noun of `data/reporting-nouns.yaml`. */
export interface ReportingNoun {
  noun: string;
  /** `statement`: "his claim that …"; `document`: "In the poll, …". */
  use: 'statement' | 'document';
  stance: Exclude<Stance, 'fact'>;
}

let byUse: Map<string, Map<string, ReportingNoun>> | undefined;

/** The reporting noun with this lemma and use, or undefined. */
export function reportingNoun(lemma: string, use: ReportingNoun['use']): ReportingNoun | undefined {
  if (!byUse) {
    byUse = new Map();
    for (const e of loadLexicon<ReportingNoun>('reporting-nouns').entries) {
      const map = byUse.get(e.use) ?? new Map<string, ReportingNoun>();
      map.set(e.noun, e);
      byUse.set(e.use, map);
    }
  }
  return byUse.get(use)?.get(lemma);
}
