import type { Stance } from '../model/claim.js';
import { loadLexicon } from './load.js';

/** A reporting cue of `data/reporting-verbs.yaml`. */
export interface ReportingCue {
  /** Verb lemma (`say`, `claim`) or lower-cased phrase (`according to`). */
  lemma: string;
  kind: 'verb' | 'phrase';
  /** The stance the cue gives its content. */
  stance: Exclude<Stance, 'fact'>;
  /** `any`: opens a content clause directly; `that`: only with that/colon/quote, or postposed. */
  frame: 'any' | 'that';
}

let verbs: Map<string, ReportingCue> | undefined;

function verbIndex(): Map<string, ReportingCue> {
  verbs ??= new Map(loadLexicon<ReportingCue>('reporting-verbs').entries.map((e) => [e.lemma, e]));
  return verbs;
}

/** The reporting verb with this lemma (`said` → `say`), or undefined when it is not one. */
export function reportingVerb(lemma: string): ReportingCue | undefined {
  const cue = verbIndex().get(lemma);
  return cue?.kind === 'verb' ? cue : undefined;
}

/** Multi-word reporting cues (`according to`), as lower-case word sequences. */
export function reportingPhrases(): { words: string[]; cue: ReportingCue }[] {
  return [...verbIndex().values()]
    .filter((c) => c.kind === 'phrase')
    .map((cue) => ({ words: cue.lemma.split(' '), cue }));
}
