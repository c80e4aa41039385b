import { loadLexicon } from './load.js';

let labels: Set<string> | undefined;

/** Whether `text` (any case) labels a line before a colon, from `data/colon-labels.yaml`. */
export function isColonLabel(text: string): boolean {
  labels ??= new Set(loadLexicon<{ label: string }>('colon-labels').entries.map((e) => e.label));
  return labels.has(text.toLowerCase().replace(/\s+/gu, ' '));
}
