import type { Claim } from '../../../model/claim.js';
import type { Sentence } from '../../../model/source.js';
import type { Side, TextRange } from '../../../model/span.js';
import { type CompareContext, otherSide } from '../context.js';
import type { Anchor } from './anchors.js';
import { novelty, saidNear } from './best-window.js';
import { linkedTo } from './counterparts.js';
import type { Absence, OmittedItem } from './items.js';
import type { Mentions } from './mentions.js';

// Whether a body sentence is new to the other article as a whole (`fresh`, `skipped`) and its item
// when it is: split from items.ts, which measures each sentence and decides between this and a detail.

/** A sentence is new to the other article when most of what it says (by anchor weight) is absent there. */
const NOVEL = 0.5;
/** …and what is absent weighs at least as much as one name or one figure. */
const MIN_ABSENT = 3;
const CONTENT_POS = new Set(['NOUN', 'PROPN', 'VERB', 'ADJ', 'NUM']);

/** Where the other article visibly runs on past a sentence, this much never said together there suffices. */
const NOVEL_AT_GAP = 0.3;

/**
 * Whether most of a sentence of four content words or more is new: most of it absent from the
 * whole other article, or, where the other article visibly runs on past it (`gap`), most of it
 * never said together there.
 */
export function fresh(
  sentence: Sentence,
  absent: Anchor[],
  share: number,
  local: number,
  gap: boolean,
): boolean {
  const weight = absent.reduce((n, a) => n + a.weight, 0);
  const content = sentence.tokens.filter((t) => CONTENT_POS.has(t.pos)).length;
  return content >= 4 && ((share >= NOVEL && weight >= MIN_ABSENT) || (gap && local >= NOVEL_AT_GAP));
}

/**
 * Whether the other article skips this sentence where it stands: the sentences before and after it
 * have counterparts that sit next to each other there (an edited copy, a shared wire text).
 */
export function skipped(ctx: CompareContext, side: Side, body: Sentence[], at: number): boolean {
  const [before, after] = [body[at - 1], body[at + 1]];
  if (!before || !after) return false;
  const index = ctx.sentence[otherSide(side)];
  const prev = linkedTo(ctx, side, before.id).map((id) => index.get(id)?.index ?? -9);
  const next = linkedTo(ctx, side, after.id).map((id) => index.get(id)?.index ?? -9);
  return prev.some((p) => next.includes(p + 1));
}

/** A word the other article says in other words (a synonym, a derived form of its class). */
const wordSaid = (a: Anchor): boolean => a.reworded === true && a.otherForms !== undefined;

/**
 * The item of a sentence new to the other article, which reports no development like it: the
 * whole sentence, with the shares of it said in other words (`unsaid`, `unsaidNear`) beside
 * those never said at all.
 */
export function wholeItem(
  sentence: Sentence,
  anchors: Anchor[],
  windows: Mentions[],
  claims: Claim[],
  found: Absence,
  cited?: TextRange,
): OmittedItem {
  const { share, local, gap } = found;
  // Of a clause: what it lacks and the claims it holds; the sentence's shares still weigh it.
  const within = (r: { start: number; end: number }) =>
    !cited || (cited.start <= r.start && r.end <= cited.end);
  const absent = found.absent.filter((a) => within(a.range));
  const own = claims.filter(within);
  // What the other article says in other words lowers only the confidence (draft.ts), not
  // which sentences are new: see `otherForms` in anchors.ts.
  const near = saidNear(anchors, windows);
  return {
    sentence,
    whole: true,
    absent,
    novelty: share,
    // A word said in other words anywhere counts as said in the whole (judged WRONG omissions on
    // tune pairs come back without it); a rounded figure only beside the rest (`saidNear`).
    unsaid: novelty(
      anchors.map((a) => (wordSaid(a) || near.said.includes(a.key) ? { ...a, present: true } : a)),
    ),
    local,
    unsaidNear: Math.min(local, near.local),
    reworded: near.said,
    gap,
    claims: own,
    sentenceClaims: claims,
    ...(cited ? { cited } : {}),
  };
}
