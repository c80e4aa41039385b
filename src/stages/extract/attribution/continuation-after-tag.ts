// A quotation that opens a sentence right after a paragraph's tagged sentence is the tagged speaker's,
// even when the tag's own content is no quotation: "The mayor called the budget a compromise. “Nobody
// got everything.”" or "The bridge may stay shut, Ms. Osei said. “The steel is late.”" (invented
// examples). The news convention (AP Stylebook, "quotations in the news": a new speaker is always
// named) makes the last named speaker of the paragraph the owner; one untagged sentence of the
// writer's may stand between ("She did not name one."). follow-quotes.ts handles quotations whose
// owner is a quotation.

import { cueFrame } from '../../../lexicons/reporting-verbs.js';
import type { Sentence } from '../../../model/source.js';
import type { AttributionDraft } from '../draft.js';
import { rangeOf } from './context.js';
import { type Continuation, type ContinuationPass, continuation, overlaps } from './follow-quotes.js';
import { isPronoun } from './pronoun.js';
import type { Quote } from './quotes.js';

/** Sentences that may stand between the tag and the quotation (the writer's, untagged). */
const MAX_BETWEEN = 1;

/**
 * A draft that names who speaks and states a proposition: a tag a quotation can continue. A tag by
 * pronoun ("…,” he said.") is left out: the continuation would carry only the pronoun, and the
 * omission follow-up (compare/omission/follow-up.ts) reads a pronoun-tagged sentence as the words of
 * whatever absent name comes before it. Judged on tune pairs (/work/judge4, 2026-11-30): both such
 * continuations fed omissions of quotes the other article does report. A cue whose object is a
 * person ("accused the treasurer of …", "blamed", "praised": frame `object` in reporting-verbs.yaml)
 * is left out too: the quotation after it may be the reply of the person named (review of
 * 2026-11-30, M3). Noun-phrase contents (`contentKind`) never reach this pass (source-attributions.ts).
 */
const isTag = (d: AttributionDraft): boolean =>
  !!d.speaker &&
  !isPronoun(d.speaker) &&
  d.ruleId !== 'extract/attribution-hedge' &&
  cueFrame(d.cue.lemma) !== 'object';

/** The sentences a quotation fills from the first character of its first to the end of its last, or undefined. */
function filledSentences(quote: Quote, sentences: readonly Sentence[]): [number, number] | undefined {
  const piece = quote.pieces[0];
  if (quote.pieces.length !== 1) return undefined;
  const first = sentences.findIndex((s) => s.start === piece.start);
  if (first < 0) return undefined;
  let last = first;
  while (last + 1 < sentences.length && sentences[last + 1].start < piece.end) last++;
  // The quotation must end its last sentence (only its closing punctuation after it).
  if (!/^\W*$/u.test(sentences[last].text.slice(piece.end - sentences[last].start))) return undefined;
  if (sentences.slice(first, last + 1).some((s) => s.paragraph !== sentences[first].paragraph))
    return undefined;
  return [first, last];
}

/** The paragraph's tag right before sentence `first`, with at most MAX_BETWEEN quiet sentences between. */
function tagBefore(
  first: number,
  sentences: readonly Sentence[],
  drafts: readonly AttributionDraft[][],
  quoted: (s: Sentence) => boolean,
): AttributionDraft | undefined {
  for (let j = first - 1; j >= 0 && first - j <= MAX_BETWEEN + 1; j--) {
    if (sentences[j].paragraph !== sentences[first].paragraph) return undefined;
    const tags = drafts[j].filter(isTag);
    // One speaker only: "A said …, and B added …" leaves the quotation's owner open.
    const speakers = new Set(tags.map((d) => d.speaker?.text));
    if (speakers.size > 1) return undefined;
    if (tags.length > 0) return tags.at(-1);
    if (drafts[j].length > 0 || quoted(sentences[j])) return undefined;
  }
  return undefined;
}

/** Continuations for sentence-opening quotations that no attribution reaches yet. */
export const followTaggedSentence: ContinuationPass = ({ quotes, sentences, drafts, text, earlier = [] }) => {
  const continued = new Set(earlier.map((c) => c.draft.sentence));
  const quoted = (s: Sentence) => quotes.some((q) => q.pieces.some((p) => overlaps(p, s)));
  const found: Continuation[] = [];
  for (const quote of quotes) {
    const range = filledSentences(quote, sentences);
    if (!range) continue;
    const [first, last] = range;
    const inside = sentences.slice(first, last + 1);
    if (inside.some((s, k) => continued.has(s.id) || drafts[first + k].length > 0)) continue;
    const owner = tagBefore(first, sentences, drafts, quoted);
    if (!owner) continue;
    for (const sentence of inside) {
      const start = Math.max(quote.pieces[0].start, sentence.start);
      const content = rangeOf(text, start, Math.min(quote.pieces[0].end, sentence.end));
      if (content && /\p{L}/u.test(content.text))
        found.push({
          owner,
          draft: continuation(owner, sentence, content, 'extract/attribution-tag-continuation'),
        });
    }
  }
  return found;
};
