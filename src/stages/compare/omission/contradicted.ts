import { isConfident } from '../../../model/finding.js';
import type { Side, Span } from '../../../model/span.js';
import type { CompareContext, FindingDraft } from '../context.js';
import { gistOf } from './draft.js';

// Inputs: every finding of one pair, after confidence. An omission says the other article never
// reports a sentence; a sentence agreement or an attribution finding of the same report that
// cites that sentence with a counterpart there says it does (issue 10: "the other
// article reports the fact in other words"; last session's WRONG omissions were facts reported
// as a refinement and as a paraphrase of a quote). One report must not say both: the two-sided
// finding, which points at the counterpart, wins.

type Confident = FindingDraft & { confidence: number };

/**
 * A two-sided finding whose evidence on one side covers this share of an omitted sentence reports
 * it: a clause of it or a quote in it ("I'm addicted to spending and big government," he said,
 * drawing cheers), not a figure or a name alone (a quantity agreement on "three-day conference"
 * leaves the rest of its sentence new).
 */
const REPORTED = 0.25;
/** Confidence of an omission whose lead sentence the same report pairs with a counterpart: kept in the JSON, not shown. */
const HIDDEN = 0.45;

const overlap = (x: Span, y: Span) => Math.max(0, Math.min(x.end, y.end) - Math.max(x.start, y.start));

/**
 * Rules that pair what two sentences (or clauses) say. Not those that pair one name, figure or date
 * ("Russia ambassador Sergey Kislyak" refined by "the Russian envoy" says nothing of the guilty
 * plea around it), nor framing, which compares labels.
 */
const PAIRS_CONTENT = /^compare\/(?:sentence-agreement|attribution-)/;

/** The evidence on each side of the confident findings that pair a sentence's content with a counterpart. */
function counterpartEvidence(drafts: Confident[]): Record<Side, Span[][]> {
  const paired = drafts.filter(
    (d) => PAIRS_CONTENT.test(d.ruleId) && d.a.length > 0 && d.b.length > 0 && isConfident(d),
  );
  return { a: paired.map((d) => d.a), b: paired.map((d) => d.b) };
}

/** Whether one finding's evidence covers `REPORTED` of a whole sentence the omission cites. */
function reported(ctx: CompareContext, side: Side, span: Span, evidence: Span[][]): boolean {
  const sentence = ctx.sentence[side].get(span.sentence);
  if (!sentence || sentence.start !== span.start || sentence.end !== span.end) return false;
  const length = span.end - span.start;
  return evidence.some((spans) => spans.reduce((n, s) => n + overlap(s, span), 0) >= REPORTED * length);
}

/** An omission without the sentences the report pairs elsewhere; hidden when that is its lead sentence or all of it. */
function settled(ctx: CompareContext, d: Confident, evidence: Record<Side, Span[][]>): Confident {
  const side: Side = d.a.length > 0 ? 'a' : 'b';
  const gone = d[side].filter((s) => reported(ctx, side, s, evidence[side]));
  if (gone.length === 0) return d;
  // The explanation ends with the lead sentence's quote (draft.ts), whole, so a later sentence
  // that the lead merely contains is not taken for it.
  const lead = gone.some((s) => d.explanation.endsWith(gistOf(s.text)));
  if (lead || gone.length === d[side].length) return { ...d, confidence: Math.min(d.confidence, HIDDEN) };
  const ids = new Set(gone.map((s) => s.sentence));
  const inGone = (ref: string) =>
    ref.startsWith(`${side}:`) &&
    ids.has(ctx[side].claims.find((c) => `${side}:${c.id}` === ref)?.sentence ?? '');
  return {
    ...d,
    [side]: d[side].filter((s) => !gone.includes(s)),
    claims: d.claims.filter((r) => !inGone(r)),
  };
}

/**
 * The pair's findings with each omission checked against the rest: a sentence that a sentence
 * agreement or an attribution finding pairs with a counterpart is not omitted.
 */
export function settleOmissions(ctx: CompareContext, drafts: Confident[]): Confident[] {
  if (!drafts.some((d) => d.kind === 'omission')) return drafts;
  const evidence = counterpartEvidence(drafts);
  return drafts.map((d) => (d.kind === 'omission' ? settled(ctx, d, evidence) : d));
}
