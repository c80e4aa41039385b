import type { AnalyzedSource } from '../../../model/analyzed-source.js';
import type { Claim } from '../../../model/claim.js';
import type { Sentence } from '../../../model/source.js';
import type { Side } from '../../../model/span.js';
import type { CompareContext } from '../context.js';
import { otherSide } from '../fact-match.js';
import { type Anchor, anchorsOf, bestWindow, novelty } from './anchors.js';
import { answerFigures, linkedTo, neighbourFigureKinds, restated } from './counterparts.js';
import type { Mentions } from './mentions.js';
import { outletTest } from './outlets.js';
import { pairWords } from './pair-words.js';
import { insideQuotes } from './speakers.js';

/** Something one article reports that the other may lack: a whole sentence, or names and figures in one. */
export interface OmittedItem {
  sentence: Sentence;
  /** True when the whole sentence is new to the other article; false when only its `absent` anchors are. */
  whole: boolean;
  /** Anchors of the sentence the other article never mentions. */
  absent: Anchor[];
  /** Share of the sentence's anchor weight that is absent from the whole other article. */
  novelty: number;
  /** Share of it that no one or two consecutive sentences of the other article mention together. */
  local: number;
  /** The other article runs on past this sentence: its neighbours' counterparts are adjacent there. */
  gap: boolean;
  /** The claims the finding cites: all of a whole sentence's, else those of its absent figures and dates. */
  claims: Claim[];
  /** Every claim of the sentence, to find who speaks in it. */
  sentenceClaims: Claim[];
}

/** A sentence is new to the other article when most of what it says (by anchor weight) is absent there. */
const NOVEL = 0.5;
/** …and what is absent weighs at least as much as one name or one figure. */
const MIN_ABSENT = 3;
const CONTENT_POS = new Set(['NOUN', 'PROPN', 'VERB', 'ADJ', 'NUM']);

/** Where the other article visibly runs on past a sentence, this much never said together there suffices. */
const NOVEL_AT_GAP = 0.3;
/** A window of the other article that says this much of a sentence (by anchor weight) answers its figures. */
const ANSWERED = 0.3;

/**
 * Whether the other article skips this sentence where it stands: the sentences before and after it
 * have counterparts that sit next to each other there (an edited copy, a shared wire text).
 */
function skipped(ctx: CompareContext, side: Side, body: Sentence[], at: number): boolean {
  const [before, after] = [body[at - 1], body[at + 1]];
  if (!before || !after) return false;
  const index = sentenceIndex(ctx[otherSide(side)]);
  const prev = linkedTo(ctx, side, before.id).map((id) => index.get(id) ?? -9);
  const next = linkedTo(ctx, side, after.id).map((id) => index.get(id) ?? -9);
  return prev.some((p) => next.includes(p + 1));
}

// The other article's sentence positions, asked for each sentence of every pair: built once per source.
const indexCache = new WeakMap<AnalyzedSource, Map<string, number>>();

function sentenceIndex(source: AnalyzedSource): Map<string, number> {
  let index = indexCache.get(source);
  if (!index) {
    index = new Map(source.sentences.map((s) => [s.id, s.index]));
    indexCache.set(source, index);
  }
  return index;
}

const claimsCache = new WeakMap<AnalyzedSource, Map<string, Claim[]>>();

/** A source's claims by sentence id, in claim order (once per source; callers copy before keeping). */
function claimsBySentence(source: AnalyzedSource): Map<string, Claim[]> {
  let index = claimsCache.get(source);
  if (!index) {
    index = new Map();
    for (const c of source.claims) {
      const list = index.get(c.sentence);
      if (list) list.push(c);
      else index.set(c.sentence, [c]);
    }
    claimsCache.set(source, index);
  }
  return index;
}

/** The items one side reports that the other lacks, sentence by sentence, in text order. */
export function omittedItems(
  ctx: CompareContext,
  side: Side,
  answered: Set<string>,
  m: Mentions,
  windows: Mentions[],
): OmittedItem[] {
  const source = ctx[side];
  // Headlines are compared for framing and attribution; what an article reports is in its body.
  const body = source.sentences.filter((s) => s.role === 'body');
  const isOutlet = outletTest([ctx.a.meta.outlet, ctx.b.meta.outlet]);
  const { midCapitals, lowered } = pairWords(ctx);
  const bySentence = claimsBySentence(source);
  const items: OmittedItem[] = [];
  body.forEach((sentence, at) => {
    const claims = [...(bySentence.get(sentence.id) ?? [])];
    const anchors = anchorsOf(sentence, source.text, claims, m, answered, {
      isOutlet,
      midCapitals,
      lowered,
      rarity: ctx.rarity,
    });
    const { window, local } = bestWindow(anchors, windows);
    // A figure is answered by a figure of the same kind where the other article says the rest of
    // the sentence, or the sentences around it ("$400,000 placed so far" against "reserved
    // $500,000"): a contrast, not a silence.
    if (window && local <= 1 - ANSWERED) answerFigures(anchors, window.subtypes);
    const aligned = linkedTo(ctx, side, sentence.id).length > 0;
    const contrasted = !aligned && answerFigures(anchors, neighbourFigureKinds(ctx, side, body, at));
    const absent = anchors.filter((a) => !a.present);
    const share = novelty(anchors);
    const weight = absent.reduce((n, a) => n + a.weight, 0);
    const content = sentence.tokens.filter((t) => CONTENT_POS.has(t.pos)).length;
    const gap = !aligned && skipped(ctx, side, body, at);
    // New: most of it absent from the whole other article, or, where the other article visibly runs
    // on past it, most of it never said together there; not when its figures have counterparts
    // there and no name is missing, nor when one place there says its rare words together.
    const fresh = (share >= NOVEL && weight >= MIN_ABSENT) || (gap && local >= NOVEL_AT_GAP);
    const whole =
      !aligned &&
      content >= 4 &&
      fresh &&
      !(contrasted && !absent.some((a) => a.type === 'name')) &&
      !restated(anchors, window, windows);
    // In a sentence the other article reports, only names and figures it never mentions are omitted;
    // a capitalised phrase inside quotation marks ("Witch Hunt") is the speaker's wording, not a name.
    const details = absent.filter(
      (a) =>
        a.type === 'figure' || (a.type === 'name' && !insideQuotes(source.text, sentence, a.range.start)),
    );
    if (whole)
      items.push({ sentence, whole, absent, novelty: share, local, gap, claims, sentenceClaims: claims });
    else if (details.length > 0)
      items.push({
        sentence,
        whole: false,
        absent: details,
        novelty: share,
        local,
        gap: false,
        claims: details.flatMap((a) => (a.claim ? [a.claim] : [])),
        sentenceClaims: claims,
      });
  });
  return items;
}
