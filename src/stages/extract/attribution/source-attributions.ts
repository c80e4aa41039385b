// A source's attributions: each sentence's drafts (sentence-attributions.ts) outside quotations,
// pronoun speakers resolved (resolve-speakers.ts), then the sentences of a quotation or transcript
// paragraph that carry an earlier tag's speaker (continuations.ts).
import type { SegmentedSource, Sentence } from '../../../model/source.js';
import type { AttributionDraft } from '../draft.js';
import { continueAttributions } from './continuations.js';
import { findQuotes, insideQuotes } from './quotes.js';
import { resolveSpeakers } from './resolve-speakers.js';
import { attributionsIn } from './sentence-attributions.js';

/** A source's attributions by sentence id, and for each continuation the attribution it continues. */
export interface SourceAttributions {
  bySentence: Map<string, AttributionDraft[]>;
  ownerOf: Map<AttributionDraft, AttributionDraft>;
}

/**
 * Reported speech in the given sentences of a source: speaker, cue (with lemma), stance and the
 * exact content span. Pronoun speakers are resolved to earlier speakers, and every sentence inside
 * a quotation carries the quotation's speaker (a continuation of the attribution that tags it).
 */
export function extractAttributions(
  source: SegmentedSource,
  sentences: readonly Sentence[],
): SourceAttributions {
  const quotes = findQuotes(source.text, source.sentences);
  const quoted = insideQuotes(quotes);
  // A cue inside a quotation is the quoted speaker's own reporting, not the outlet's sourcing; but a
  // transcript line quoted whole ("\"WALLACE: Let's start …") still opens with its speaker's name.
  const inQuote = (d: AttributionDraft) =>
    d.ruleId !== 'extract/attribution-colon' && quoted(d.cue.start, d.cue.end);
  const all = sentences.map((s, i) =>
    attributionsIn(s, source.text, sentences[i + 1]).filter((d) => !inQuote(d)),
  );
  // Noun-phrase contents ("his criticism of the plan") stay out of pronoun resolution and quotation
  // following, so that adding them changes no other attribution.
  const found = resolveSpeakers(
    all.map((ds) => ds.filter((d) => !d.contentKind)),
    sentences.map((s) => s.paragraph),
  );
  const topics = all.map((ds) => ds.filter((d) => d.contentKind));
  const bySentence = new Map(sentences.map((s, i) => [s.id, [...found[i], ...topics[i]]]));
  const ownerOf = new Map<AttributionDraft, AttributionDraft>();
  const continued = continueAttributions({ quotes, sentences, drafts: found, text: source.text });
  for (const { draft, owner } of continued) {
    bySentence.get(draft.sentence)?.push(draft);
    ownerOf.set(draft, owner);
  }
  return { bySentence, ownerOf };
}
