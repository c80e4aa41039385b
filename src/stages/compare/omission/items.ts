import type { Claim } from '../../../model/claim.js';
import type { Sentence } from '../../../model/source.js';
import type { Side, TextRange } from '../../../model/span.js';
import { type CompareContext, otherSide } from '../context.js';
import { type Anchor, anchorsOf } from './anchors.js';
import { bestWindow, novelty } from './best-window.js';
import { answerFigures, linkedTo, neighbourFigureKinds, restated } from './counterparts.js';
import { detailItem } from './detail-item.js';
import { type OtherArticle, reportingWindow } from './development.js';
import { givenNamesOf, sameBearer } from './given-name.js';
import { type Mentions, reporting, sentenceMentionsOf } from './mentions.js';
import type { NameContext } from './name-runs.js';
import { outletTest } from './outlets.js';
import { pairWords } from './pair-words.js';
import { unreportedClause } from './reported-clause.js';
import { claimsBySentence } from './source-index.js';
import { fresh, skipped, wholeItem } from './whole-item.js';

/** Something one article reports that the other may lack: a whole sentence, or names and figures in one. */
export interface OmittedItem {
  sentence: Sentence;
  /** True when the whole sentence is new to the other article; false when only its `absent` anchors are. */
  whole: boolean;
  /** Anchors of the sentence the other article never mentions. */
  absent: Anchor[];
  /** Share of the sentence's anchor weight that is absent from the whole other article. */
  novelty: number;
  /** The same share when what is said in other words beside the rest counts as said (best-window.ts `saidNear`). */
  unsaid: number;
  /** Share of it that no one or two consecutive sentences of the other article mention together. */
  local: number;
  /** The same share when what is said there in other words, beside the rest, counts as said (best-window.ts `saidNear`). */
  unsaidNear: number;
  /** Keys of the absent anchors said there in other words, beside the rest: no explanation says they are never mentioned. */
  reworded: string[];
  /** The other article runs on past this sentence: its neighbours' counterparts are adjacent there. */
  gap: boolean;
  /** The claims the finding cites: all of a whole sentence's, else those of its absent figures and dates. */
  claims: Claim[];
  /** Every claim of the sentence, to find who speaks in it. */
  sentenceClaims: Claim[];
  /**
   * Of a sentence new to the other article but for its details: the sentence there that reports
   * its development (development.ts). Its item holds only the details the other article lacks.
   */
  reportedIn?: Sentence;
  /** Of such an item: it would have been shown as a whole, so it keeps that place in the cap (index.ts). */
  heldSlot?: boolean;
  /**
   * Of a whole item: the clauses of the sentence it is about, when the other article gives the
   * figure of its other clause (reported-clause.ts); its evidence and quote. Absent: the sentence.
   */
  cited?: TextRange;
}

/** What a sentence lacks in the other article, as `itemOf` measured it: both kinds of item are built from it. */
export interface Absence {
  /** Its anchors the other article never mentions. */
  absent: Anchor[];
  /** Their share of the sentence's anchor weight (best-window.ts `novelty`). */
  share: number;
  /** The share no one or two consecutive sentences there mention together. */
  local: number;
  /** The other article runs on past the sentence (`skipped`). */
  gap: boolean;
}

/** A window of the other article that says this much of a sentence (by anchor weight) answers its figures. */
const ANSWERED = 0.3;

/** What `itemOf` reads besides the sentence: the pair, the side and its body, the other article's mentions. */
export interface Scan {
  ctx: CompareContext;
  side: Side;
  body: Sentence[];
  answered: Set<string>;
  m: Mentions;
  windows: Mentions[];
  names: Pick<NameContext, 'isOutlet' | 'midCapitals' | 'lowered' | 'rarity' | 'given' | 'runStarts'>;
  /** The other article as the development match reads it: built once a side, not once a sentence. */
  other: OtherArticle;
}

/** The items one side reports that the other lacks, sentence by sentence, in text order. */
export function omittedItems(
  ctx: CompareContext,
  side: Side,
  answered: Set<string>,
  m: Mentions,
  windows: Mentions[],
): OmittedItem[] {
  const scan = scanOf(ctx, side, answered, m, windows);
  const bySentence = claimsBySentence(ctx[side]);
  return scan.body.flatMap((sentence, at) => {
    const item = itemOf(scan, at, [...(bySentence.get(sentence.id) ?? [])]);
    return item ? [item] : [];
  });
}

/** What every sentence of `side` is read against: built once a side (also by measurement scripts). */
export function scanOf(
  ctx: CompareContext,
  side: Side,
  answered: Set<string>,
  m: Mentions,
  windows: Mentions[],
): Scan {
  // Headlines are compared for framing and attribution; what an article reports is in its body.
  const body = ctx[side].sentences.filter((s) => s.role === 'body');
  const isOutlet = outletTest([ctx.a.meta.outlet, ctx.b.meta.outlet]);
  const { midCapitals, lowered, runStarts } = pairWords(ctx);
  return {
    ctx,
    side,
    body,
    answered,
    m,
    windows,
    names: {
      isOutlet,
      midCapitals,
      lowered,
      runStarts,
      rarity: ctx.rarity,
      given: bearerOf(ctx, side),
    },
    other: otherArticle(ctx, side, windows),
  };
}

/** A body sentence's item: the whole sentence when it is new to the other article, else the names and figures there it lacks; null when none. */
export function itemOf(scan: Scan, at: number, claims: Claim[]): OmittedItem | null {
  const { ctx, side, body, windows } = scan;
  const [sentence, text] = [body[at], ctx[side].text];
  const anchors = anchorsOf(sentence, text, claims, scan.m, scan.answered, scan.names);
  const { window, local } = bestWindow(anchors, windows);
  // A figure is answered by a figure of the same kind where the other article says the rest of
  // the sentence, or the sentences around it ("$400,000 placed so far" against "reserved
  // $500,000"): a contrast, not a silence.
  if (window && local <= 1 - ANSWERED) answerFigures(anchors, window.subtypes);
  const aligned = linkedTo(ctx, side, sentence.id).length > 0;
  const contrasted = !aligned && answerFigures(anchors, neighbourFigureKinds(ctx, side, body, at));
  const absent = anchors.filter((a) => !a.present);
  const share = novelty(anchors);
  const gap = !aligned && skipped(ctx, side, body, at);
  // Not when its figures have counterparts there and no name is missing, nor when one place there
  // says its rare words together.
  const whole =
    !aligned &&
    fresh(sentence, absent, share, local, gap) &&
    !(contrasted && !absent.some((a) => a.type === 'name')) &&
    !restated(anchors, window, windows);
  const reported = whole ? reportingWindow(sentence, text, anchors, scan.m, scan.other, ctx.rarity) : -1;
  const found = { absent, share, local, gap };
  if (whole && reported < 0) {
    // Of a sentence joining two facts, the one the other article lacks (reported-clause.ts).
    const cited = unreportedClause(sentence, anchors, windows);
    return wholeItem(sentence, anchors, windows, claims, found, cited);
  }
  const told = reported >= 0 ? { reportedIn: scan.other.sentences[reported] } : undefined;
  return detailItem(text, sentence, claims, found, told);
}

/** The surname a lone given name of `side` names, by the other article's forms of it (given-name.ts). */
function bearerOf(ctx: CompareContext, side: Side): (word: string) => string | null {
  const [own, other] = [givenNamesOf(ctx[side]), givenNamesOf(ctx[otherSide(side)])];
  return (word) => sameBearer(word, own, other);
}

/** The other article: the sentences its windows start at (mentions.ts `windowsOf`), and what each says. */
function otherArticle(ctx: CompareContext, side: Side, windows: Mentions[]): OtherArticle {
  const other = ctx[otherSide(side)];
  return {
    sentences: other.sentences.filter(reporting),
    text: other.text,
    windows,
    single: sentenceMentionsOf(other),
  };
}
