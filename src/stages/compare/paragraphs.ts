import type { Sentence } from '../../model/source.js';

/** The sentences of a source grouped by paragraph, in text order (sentences come in text order). */
export function paragraphs(sentences: readonly Sentence[]): Sentence[][] {
  const groups: Sentence[][] = [];
  for (const s of sentences) {
    const last = groups[groups.length - 1];
    if (last && last[0].paragraph === s.paragraph) last.push(s);
    else groups.push([s]);
  }
  return groups;
}
