import { loadLexicon } from './load.js';

let nouns: ReadonlySet<string> | undefined;

/**
 * Whether a noun lemma names the setting or channel of a report ("conference", "interview",
 * "statement"), not what was reported (data/reporting-settings.yaml).
 */
export function reportingSetting(lemma: string): boolean {
  nouns ??= new Set(loadLexicon<{ noun: string }>('reporting-settings').entries.map((e) => e.noun));
  return nouns.has(lemma);
}
