import type { AttributionClaim, Basis, Claim } from '../../../model/claim.js';
import type { Side, Span } from '../../../model/span.js';
import type { CompareContext, FindingDraft } from '../context.js';
import { claimsOf } from '../facts/match.js';
import { claimRef, claimSpan } from '../spans.js';
import type { QuoteRange } from './quotes.js';
import { speakerName } from './speaker-name.js';

// What the attribution rules (attribution.ts, -dropped, -verb, -nested) share: their context, the
// evidence and wording of a finding, the confidence cap for contrasts without doubt, which
// attributions are in the outlet's own voice, and a name's initials.

/**
 * The most confidence a contrast gets when neither side doubts (fact or a neutral "said"/"added"
 * on both sides): below the display threshold, so it stays in the JSON but is shown only on
 * request. Measured 2026-11-29 on dev pairs read by RUBRIC.md: of 14 attribution findings, 9
 * were WRONG because the "unattributed" side was in fact sourced by its context (a block quote
 * introduced a sentence before, "He went on, …", a quotation reopened in the next paragraph),
 * which extraction cannot always see; a fact-versus-"said" contrast is otherwise a routine
 * wording variant (TRIVIAL). A doubting cue ("claims", "alleged", "denied") is what a reader
 * wants to see, as in the sample event's "Israel claims".
 */
const NEUTRAL_CAP = 0.45;
/** Stances that do not cast doubt on what is reported. */
const NEUTRAL = new Set<Basis['stance']>(['fact', 'said', 'hedged']);

// A claim's range is its source's, and so are its words; the attribution rules ask for them in
// every pair of the source, some once per attribution of the other sentence (issue 13, speed22):
// kept per range, with the text they were read from. Shared: do not change them.
const wordsByRange = new WeakMap<object, { text: string; words: string[] }>();

/** Lower-cased words (letters only) of a text range on a side (a claim or a claim's range): what an attribution's content says. */
export function contentWords(
  ctx: CompareContext,
  side: Side,
  range: { start: number; end: number },
): string[] {
  const text = ctx[side].text;
  const known = wordsByRange.get(range);
  if (known && known.text === text) return known.words;
  const words =
    text
      .slice(range.start, range.end)
      .toLowerCase()
      .match(/\p{L}+/gu) ?? [];
  wordsByRange.set(range, { text, words });
  return words;
}

/**
 * A contrast's confidence, capped (`NEUTRAL_CAP`) when neither side's stance casts doubt, or when
 * both sides attribute the content and only their verbs differ (said against claimed): judged on
 * dev pairs, "claiming" a slogan or a lawsuit that "claims" against "said" was a routine wording
 * variant every time (RUBRIC: TRIVIAL), and the doubting verb is often the outlet's plain word for
 * a complaint. Kept in the JSON at low confidence, since a changed verb is still a change.
 */
export const capped = (confidence: number, ...stances: Basis['stance'][]) =>
  stances.every((s) => NEUTRAL.has(s)) || stances.every((s) => s !== 'fact')
    ? Math.min(confidence, NEUTRAL_CAP)
    : confidence;

/** What the attribution rules share: the context and, per side, sentences not in the outlet's own voice. */
export interface AttributionContext {
  ctx: CompareContext;
  voiced: Record<Side, ReadonlySet<string>>;
  /**
   * Speech cues already reported: a quotation of several sentences gives each of them an
   * attribution with the one cue ("…," he said), and one changed or dropped cue is one finding.
   */
  cues: Set<string>;
}

/** The initials of a name's capitalised words: "DNC" for "the Democratic National Committee". */
export const initials = (text: string): string => (text.match(/\p{Lu}(?=\p{Ll})/gu) ?? []).join('');

/**
 * Whether an attribution is in the outlet's own voice: its cue is not inside quotation marks (a
 * verb inside a quote is the speaker's) nor inside another attribution's content (a report within
 * a report is another statement).
 */
export function ownVoice(
  claim: AttributionClaim,
  all: readonly AttributionClaim[],
  quotes: readonly QuoteRange[],
): boolean {
  const at = claim.cue.start;
  const inside = (r: { start: number; end: number }) => r.start <= at && at < r.end;
  return !quotes.some(inside) && !all.some((o) => o !== claim && inside(o.content));
}

/** The key of the cue (or cues) a finding rests on. */
export const cueKey = (...cues: (AttributionClaim | undefined)[]) =>
  cues.map((c) => c?.cue.start ?? -1).join('|');

const attributionById = (ctx: CompareContext, side: Side, id: string | undefined) =>
  id ? claimsOf(ctx[side].claims, 'attribution').find((c) => c.id === id) : undefined;

/**
 * Who an explanation says an attribution comes from: its speaker when that can be the subject of
 * the reporting verb (speaker-name.ts), "a source" when extraction took something else for it,
 * "an unnamed source" when it names none.
 */
export function whoSays(ctx: CompareContext, side: Side, claim: AttributionClaim): string {
  if (!claim.speaker) return 'an unnamed source';
  return speakerName(ctx[side], claim) ?? 'a source';
}

/** "states it as fact" / "attributes it to Israel ('claims')". */
export function describe(ctx: CompareContext, side: Side, basis: Basis): string {
  if (basis.stance === 'fact') return 'states it as fact';
  const attribution = attributionById(ctx, side, basis.attribution);
  const who = attribution ? whoSays(ctx, side, attribution) : (basis.speaker?.text ?? 'an unnamed source');
  return `attributes it to ${who}${attribution ? ` ('${attribution.cue.text}')` : ''}`;
}

/** Evidence: the claim itself, plus the reporting cue that carries the attribution. */
export function evidence(ctx: CompareContext, side: Side, claim: Claim): Span[] {
  const spans = [claimSpan(claim)];
  // Every layer of sourcing around the claim ("…, Mercer's campaign disputed …, according to
  // his campaign"): the innermost cue decides the basis, the others are evidence too.
  const layers = claimsOf(ctx[side].claims, 'attribution').filter(
    (a) => a.id !== claim.id && a.content.start <= claim.start && claim.end <= a.content.end,
  );
  for (const a of layers)
    spans.push({ sentence: a.sentence, start: a.cue.start, end: a.cue.end, text: a.cue.text });
  return spans.sort((x, y) => x.start - y.start);
}

/** What a contrast of two claims decides for itself; the rest of its finding is fixed. */
export type ClaimPairVerdict = Pick<FindingDraft, 'ruleId' | 'salience' | 'confidence' | 'explanation'>;

/** An attribution finding on a claim of each side: their evidence and ids, with the rule's verdict. */
export function claimPairFinding(
  ctx: CompareContext,
  a: Claim,
  b: Claim,
  verdict: ClaimPairVerdict,
): FindingDraft {
  return {
    kind: 'attribution',
    subject: 'attribution',
    a: evidence(ctx, 'a', a),
    b: evidence(ctx, 'b', b),
    claims: [claimRef('a', a), claimRef('b', b)],
    ...verdict,
  };
}
