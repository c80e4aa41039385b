import type { Stance } from '../model/claim.js';
import { loadLexicon } from './load.js';

/** A reporting noun of `data/reporting-nouns.yaml`. */
export interface ReportingNoun {
  noun: string;
  /** `statement`: "his claim that …"; `document`: "In the poll, …"; `topic`: "criticism of …" only. */
  use: 'statement' | 'document' | 'topic';
  stance: Exclude<Stance, 'fact'>;
  /** Prepositions after which the noun takes a noun phrase as its content: "criticism of the plan". */
  topics?: string[];
  /** A survey that a clause placed "in" it takes as its source: "Vance did well in two online polls". */
  surveyIn?: boolean;
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

/** The noun that takes a noun phrase after `prep` as its content ("concerns about X"), or undefined. */
export function topicNoun(lemma: string, prep: string): ReportingNoun | undefined {
  const noun = reportingNoun(lemma, 'topic') ?? reportingNoun(lemma, 'statement');
  return noun?.topics?.includes(prep) ? noun : undefined;
}
