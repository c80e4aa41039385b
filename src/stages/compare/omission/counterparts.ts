import type { AlignmentLink } from '../../../model/alignment.js';
import type { Sentence } from '../../../model/source.js';
import type { Side } from '../../../model/span.js';
import { type CompareContext, otherSide } from '../context.js';
import { SELF_NAMING } from '../facts/interval.js';
import type { Anchor } from './anchors.js';
import type { Mentions } from './mentions.js';
import { claimsBySentence } from './source-index.js';
import { windowsWith } from './window-hits.js';

// Inputs: a sentence of one article that the alignment links to nothing, its anchors, and the
// other article. Whether the other article reports its fact in other words (issue 10, cause 6:
// "the other article often reports the fact in other words"): a figure of the same kind given
// for the same development (a contrast or a refinement for the quantity rules, not a silence),
// or the sentence's rare words said together in one place there (a paraphrase).

/** Links this weak (paraphrase probability) share a word or two, not what the sentences report. */
export const WEAK_LINK = 0.3;

// Each body sentence asks for its links, and its neighbours' (items.ts, whole-item.ts): the links of
// each sentence, in alignment order, are listed once a pair instead of scanning every link for each
// (issue 13, speed22). Keyed by the pair's alignment, so nothing outlives the pair.
const linksBySentence = new WeakMap<AlignmentLink[], Record<Side, Map<string, AlignmentLink[]>>>();

function linksOf(alignment: AlignmentLink[], side: Side, id: string): AlignmentLink[] {
  let index = linksBySentence.get(alignment);
  if (!index) {
    index = { a: new Map(), b: new Map() };
    for (const link of alignment)
      for (const s of ['a', 'b'] as const)
        for (const own of new Set(link[s])) {
          const list = index[s].get(own);
          if (list) list.push(link);
          else index[s].set(own, [link]);
        }
    linksBySentence.set(alignment, index);
  }
  return index[side].get(id) ?? [];
}

/** The sentences of the other article the alignment links to a sentence, at `WEAK_LINK` or above. */
export function linkedTo(ctx: CompareContext, side: Side, id: string, min = WEAK_LINK): string[] {
  const out: string[] = [];
  for (const l of linksOf(ctx.alignment, side, id)) if (l.score >= min) out.push(...l[otherSide(side)]);
  return out;
}

/**
 * The kinds of figure (money, percent) the other article gives where it reports the
 * sentences around this one in its paragraph: "The flight is going to be $1 million" after "it's
 * airing in Miami, West Palm Beach and Ft. Myers" is answered by "reserved $500,000 of airtime in
 * Fort Myers, West Palm Beach and Miami", the same development with another figure.
 */
export function neighbourFigureKinds(
  ctx: CompareContext,
  side: Side,
  body: Sentence[],
  at: number,
): Set<string> {
  const sentence = body[at];
  const neighbours = [body[at - 1], body[at + 1]].filter((s) => s?.paragraph === sentence.paragraph);
  // Any link the alignment made: the neighbour fixes the development, the figure's kind the rest.
  const ids = new Set(neighbours.flatMap((s) => linkedTo(ctx, side, s.id, 0)));
  // The linked sentences' claims, through the other source's index (issue 13: every body sentence
  // scanned all of the other article's claims). Only asked whether it holds a kind: order is moot.
  const bySentence = claimsBySentence(ctx[otherSide(side)]);
  const kinds = new Set<string>();
  for (const id of ids)
    for (const c of bySentence.get(id) ?? [])
      if (c.kind === 'quantity' && SELF_NAMING.has(c.subtype)) kinds.add(c.subtype);
  return kinds;
}

/** Marks the sentence's figures of a kind the other article gives for the same development as answered; true when one was absent. */
export function answerFigures(anchors: Anchor[], kinds: Set<string>): boolean {
  let answered = false;
  for (const a of anchors)
    if (a.type === 'figure' && a.claim?.kind === 'quantity' && kinds.has(a.claim.subtype)) {
      answered ||= !a.present;
      a.present = true;
    }
  return answered;
}

/** Anchors of a sentence said together in one window of the other article, one a rare word at least: a paraphrase there… */
const RESTATED_ANCHORS = 3;
/** …that carry at least this share of the sentence's anchor weight (a third: more than a word or two in passing)… */
const RESTATED_SHARE = 0.35;
/** …counting only anchors said in at most this many windows there (about two sentences): not the story's own vocabulary. */
const PLACED = 4;

/**
 * Whether one window of the other article restates the sentence: it holds at least three of the
 * sentence's names, figures and rare words, one a word, carrying a third of its weight, and the
 * sentence has no name or figure the other article lacks (those are facts a paraphrase cannot
 * supply). Only anchors the other article says in one place count: "same-sex couples … file …
 * tax returns" runs through a whole story on joint returns and restates none of its sentences.
 * "Her eyes are open wide … too high above the camera" against "looking directly into the camera
 * with a wide-eyed expression"; "a one-in-three chance of losing control" against "a one-in-three
 * chance we could lose control".
 */
export function restated(anchors: Anchor[], window: Mentions | undefined, windows: Mentions[]): boolean {
  if (!window || anchors.some((a) => !a.present && (a.type === 'name' || a.type === 'figure'))) return false;
  const placed = (a: Anchor) => windowsWith(a, windows).length <= PLACED;
  const said = anchors.filter((a) => a.present && a.in(window) && placed(a));
  const weight = (list: Anchor[]) => list.reduce((n, a) => n + a.weight, 0);
  return (
    said.length >= RESTATED_ANCHORS &&
    said.some((a) => a.type === 'word') &&
    weight(said) >= RESTATED_SHARE * weight(anchors)
  );
}
