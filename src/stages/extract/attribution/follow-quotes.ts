// Every sentence inside a quotation carries the quotation's speaker, wherever the tag sits:
// before ("Ms. Osei continued:" and a quoted paragraph), inside ("“…,” the mayor said. “I don't …”"),
// or after ("“A. B. C,” said Ms. Hale"; invented examples). A quotation's owner is the attribution whose content
// overlaps it; a quotation without one takes the owner of the quotation right before it in the
// same paragraph when only the owner's own sentence lies between them, and a paragraph quoted whole
// takes the speaker tagged at the end of the paragraph before it. Each other sentence of the quotation gets a
// continuation attribution: the owner's speaker, cue and stance, with the sentence's quoted words.
import type { Sentence } from '../../../model/source.js';
import type { AttributionDraft } from '../draft.js';
import { rangeOf } from './context.js';
import type { Quote } from './quotes.js';

/** A continuation and the attribution it continues. */
export interface Continuation {
  draft: AttributionDraft;
  owner: AttributionDraft;
}

/** What a continuation pass sees: the source's quotations, its claim sentences and their attributions. */
export interface ContinuationInput {
  quotes: readonly Quote[];
  sentences: readonly Sentence[];
  /** Attributions of each sentence, aligned with `sentences`. */
  drafts: readonly AttributionDraft[][];
  text: string;
  /** Continuations the passes before this one made (passes run in CONTINUATION_RULES order). */
  earlier?: readonly Continuation[];
}

/** A pass that continues attributions into sentences that have none of their own. */
export type ContinuationPass = (input: ContinuationInput) => Continuation[];

/** Whether two half-open ranges share an offset. */
export const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }): boolean =>
  a.start < b.end && b.start < a.end;

/** Index of the sentence holding offset `at` (sentences in text order), or -1. */
function sentenceAt(sentences: readonly Sentence[], at: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (sentences[mid].end <= at) lo = mid + 1;
    else if (sentences[mid].start > at) hi = mid - 1;
    else return mid;
  }
  return lo < sentences.length ? lo : -1;
}

/** The attribution whose content overlaps the quotation and whose cue lies outside it. */
function ownerIn(quote: Quote, drafts: readonly AttributionDraft[]): AttributionDraft | undefined {
  return drafts.find(
    (d) => quote.pieces.some((p) => overlaps(p, d.content)) && !quote.pieces.some((p) => overlaps(p, d.cue)),
  );
}

/** Whether the quotation runs to the end of its last paragraph: a paragraph quoted whole. */
function wholeParagraph(quote: Quote, sentences: readonly Sentence[], end: number): boolean {
  const lastPiece = quote.pieces[quote.pieces.length - 1];
  const next = sentences[end + 1];
  return lastPiece.end >= sentences[end].end - 1 && (!next || next.paragraph !== sentences[end].paragraph);
}

/**
 * A paragraph quoted whole with no tag of its own is the speaker's named at the end of the
 * paragraph right before it ("Ostrander wrote to the chairman on Friday:" or "…, calling for his
 * resignation." and then the letter): the newspaper convention that a new speaker is always
 * named (AP Stylebook, "quotations in the news"). The owner is that sentence's last tagged attribution.
 */
function previousParagraphOwner(
  sentences: readonly Sentence[],
  drafts: readonly AttributionDraft[][],
  first: number,
): AttributionDraft | undefined {
  const before = sentences[first - 1];
  if (!before || before.paragraph !== sentences[first].paragraph - 1) return undefined;
  return drafts[first - 1]
    .filter((d) => d.speaker && d.ruleId !== 'extract/attribution-quote-continuation')
    .at(-1);
}

/** Continuation attributions for the sentences of each quotation that its owner's content does not reach. */
export const followQuotes: ContinuationPass = ({ quotes, sentences, drafts, text }) => {
  const found: Continuation[] = [];
  let last: { owner: AttributionDraft; sentence: number } | undefined;
  for (const quote of quotes) {
    const first = sentenceAt(sentences, quote.pieces[0].start);
    const lastPiece = quote.pieces[quote.pieces.length - 1];
    const end = sentenceAt(sentences, lastPiece.end - 1);
    if (first < 0 || end < 0) continue;
    const near = drafts.slice(Math.max(0, first - 1), end + 1).flat();
    let owner = ownerIn(quote, near);
    // "“…,” Halloran said. “I don't think …”": the tag's sentence is the one right before, and the
    // new quotation opens its sentence (a quoted word mid-sentence is the writer's, not a continuation).
    const opensSentence = quote.pieces[0].start === sentences[first].start;
    const sameParagraph = last && sentences[last.sentence].paragraph === sentences[first].paragraph;
    if (!owner && opensSentence && sameParagraph && last && last.sentence >= first - 1) owner = last.owner;
    if (!owner && opensSentence && wholeParagraph(quote, sentences, end)) {
      const chained = last && last.sentence === first - 1 ? last.owner : undefined;
      owner = previousParagraphOwner(sentences, drafts, first) ?? chained;
    }
    if (!owner) continue;
    last = { owner, sentence: end };
    for (let i = first; i <= end; i++) {
      const sentence = sentences[i];
      if (overlaps(owner.content, sentence)) continue;
      if (drafts[i].some((d) => quote.pieces.some((p) => overlaps(p, d.content)))) continue;
      for (const piece of quote.pieces) {
        const start = Math.max(piece.start, sentence.start);
        const stop = Math.min(piece.end, sentence.end);
        const content = stop > start ? rangeOf(text, start, stop) : null;
        if (content && /\p{L}/u.test(content.text))
          found.push({ owner, draft: continuation(owner, sentence, content) });
      }
    }
  }
  return found;
};

/** A continuation of `owner` whose content is `content`, in `sentence`. */
export function continuation(
  owner: AttributionDraft,
  sentence: Sentence,
  content: { start: number; end: number; text: string },
  ruleId = 'extract/attribution-quote-continuation',
): AttributionDraft {
  return {
    ...owner,
    sentence: sentence.id,
    ruleId,
    start: content.start,
    end: content.end,
    text: content.text,
    content,
  };
}
