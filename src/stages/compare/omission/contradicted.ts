import { HIDDEN_CONFIDENCE, isConfident, omittingSide } from '../../../model/finding.js';
import type { Side, Span } from '../../../model/span.js';
import { type CompareContext, type FindingDraft, otherSide } from '../context.js';
import { absentAnchors } from './draft.js';
import { leadOf } from './lead.js';

// Inputs: every finding of one pair, after confidence. An omission says the other article never
// reports a sentence; any two-sided finding of the same report (agreement, refinement,
// divergence, attribution, framing) that cites that sentence, or a clause of it, with a
// counterpart there says it does (issue 10: "the other article reports the fact in other words";
// user trial 6 item 1 counted 20 of 396 shown omissions whose sentence a shown agreement,
// refinement or divergence links). One report must not say both: the two-sided finding, which
// points at the counterpart, wins. A two-sided finding on just the name or figure an omission
// says the other "never mentions" makes that explanation false too, so it hides the omission.

type Confident = FindingDraft & { confidence: number };
/** Counterpart evidence by side: of findings that pair content, and of any (names too). */
type Evidence = Record<'content' | 'any', Record<Side, Span[][]>>;

/**
 * A two-sided finding whose evidence on one side covers this share of an omitted sentence reports
 * it: a clause of it or a quote in it ("I'm addicted to spending and big government," he said,
 * drawing cheers), not a figure or a name alone (a quantity agreement on "three-day conference"
 * leaves the rest of its sentence new).
 */
const REPORTED = 0.25;

const overlap = (x: Span, y: Span) => Math.max(0, Math.min(x.end, y.end) - Math.max(x.start, y.start));

/**
 * The evidence on each side of the confident findings that pair something with a counterpart.
 * Which kind does not matter: its span's share of the sentence does (`REPORTED`). A name pair
 * counts only for the name (`names`): "Harbour Union chair Ada Lind" refined by "the union's
 * leader" covers a third of its sentence yet says nothing of the strike vote around it.
 */
function counterpartEvidence(drafts: Confident[], names: boolean): Record<Side, Span[][]> {
  const paired = drafts.filter(
    (d) =>
      d.kind !== 'omission' &&
      (names || d.subject !== 'name') &&
      d.a.length > 0 &&
      d.b.length > 0 &&
      isConfident(d),
  );
  return { a: paired.map((d) => d.a), b: paired.map((d) => d.b) };
}

/** Lower-cased word tokens of a phrase ("hours later" → hours, later). */
const tokens = (text: string) => text.toLowerCase().match(/[\p{L}\p{N}$%]+(?:['.,][\p{L}\p{N}]+)*/gu) ?? [];

/** Whether every token of `part` is a token of `whole`: 'hours' in "hours later", Lind in "chair Ada Lind". */
function within(part: string, whole: string): boolean {
  const have = new Set(tokens(whole));
  const need = tokens(part);
  return need.length > 0 && need.every((t) => have.has(t));
}

/**
 * Whether a counterpart's span inside an omitted sentence pairs the fact the omission is about:
 * anywhere, the very name or figure the explanation says is never mentioned; in the lead sentence,
 * a listed name, figure or word whole within the span (a pair on "hours later" makes "never
 * mentions 'hours'" false), or a figure claim of that sentence (a refinement of "three rockets" by "several rockets" says the other
 * article reports the firing). Structure, not share: such a span may be a sixth of its sentence.
 */
function deniedCounterpart(ctx: CompareContext, d: Confident, side: Side, evidence: Evidence): boolean {
  const never = d.omitted?.never ?? [];
  const lead = d.omitted?.lead;
  // Figures only: a figure counts one thing (what it counts is matched in facts/), while a date
  // such as "Friday" or "three weeks ago" dates many facts of one story.
  const facts = ctx[side].claims.filter((c) => c.sentence === lead && c.kind === 'quantity');
  const inOmitted = (e: Span) => d[side].some((s) => s.start <= e.start && e.end <= s.end);
  // The whole figure inside the paired span: a framing pair on "seasonal workers" within
  // "3.2 million seasonal workers" pairs the label, not the count.
  const onFact = (e: Span) => facts.some((c) => e.start <= c.start && c.end <= e.end);
  const exact = (e: Span) => never.includes(e.text);
  // In the lead sentence only (the group's source or speaker sentence, else its first new one;
  // the explanation may quote another, lead.ts `quotedItem`); a later sentence a clause pair
  // covers is dropped by share (`reported`), and a word listed from it may be paraphrased there.
  const contains = (e: Span) => e.sentence === lead && (never.some((n) => within(n, e.text)) || onFact(e));
  // A name pair denies only the very name listed: "Harbour Union chair Ada Lind" refined by
  // "the union's leader" leaves the strike vote around it unreported (see `counterpartEvidence`).
  const denies = (test: (e: Span) => boolean) => (spans: Span[]) =>
    spans.some((e) => e.text.length >= 2 && inOmitted(e) && test(e));
  return evidence.any[side].some(denies(exact)) || evidence.content[side].some(denies(contains));
}

/**
 * Whether one finding's evidence covers `REPORTED` of a whole sentence the omission cites, or of
 * the clauses it cites of one (`clauses`, reported-clause.ts): not of a name or figure alone.
 */
function reported(
  ctx: CompareContext,
  side: Side,
  span: Span,
  evidence: Span[][],
  clauses: Set<string>,
): boolean {
  const sentence = ctx.sentence[side].get(span.sentence);
  const whole = sentence !== undefined && sentence.start === span.start && sentence.end === span.end;
  if (!whole && !clauses.has(`${span.start}|${span.end}`)) return false;
  const length = span.end - span.start;
  return evidence.some((spans) => spans.reduce((n, s) => n + overlap(s, span), 0) >= REPORTED * length);
}

/** An omission without the sentences the report pairs elsewhere; hidden when that is its lead sentence or all of it. */
function settled(ctx: CompareContext, d: Confident, evidence: Evidence): Confident {
  // The side with the evidence: the other article's, which the omission says lacks it.
  const omitting = omittingSide(d);
  if (omitting === undefined) return d;
  const side = otherSide(omitting);
  if (deniedCounterpart(ctx, d, side, evidence))
    return { ...d, confidence: Math.min(d.confidence, HIDDEN_CONFIDENCE) };
  const clauses = new Set(
    (d.omitted?.group ?? []).flatMap((i) => (i.cited ? [`${i.cited.start}|${i.cited.end}`] : [])),
  );
  const gone = d[side].filter((s) => reported(ctx, side, s, evidence.content[side], clauses));
  if (gone.length === 0) return d;
  // The lead is the group's lead sentence (draft.ts `omitted.lead`, lead.ts `leadItem`), by id:
  // a later sentence that the lead merely contains is not taken for it.
  const lead = gone.some((s) => s.sentence === d.omitted?.lead);
  if (lead || gone.length === d[side].length)
    return { ...d, confidence: Math.min(d.confidence, HIDDEN_CONFIDENCE) };
  const ids = new Set(gone.map((s) => s.sentence));
  const inGone = (ref: string) =>
    ref.startsWith(`${side}:`) &&
    ids.has(ctx[side].claims.find((c) => `${side}:${c.id}` === ref)?.sentence ?? '');
  // Worded again from what is left: the names and words of a sentence another finding pairs are
  // no longer in the evidence, and the explanation must not list them as never mentioned (a
  // reader found "never mentions 'absolute' or 'hijacked'" beside a sentence holding neither).
  // Only when a sentence of its own group went: follow-up sentences (draft.ts) list nothing.
  const group = d.omitted?.group ?? [];
  const left = group.filter((i) => !ids.has(i.sentence.id));
  const reworded = left.length > 0 && left.length < group.length;
  const explanation = reworded ? leadOf(ctx, side, left, absentAnchors(left)).explanation : d.explanation;
  return {
    ...d,
    [side]: d[side].filter((s) => !gone.includes(s)),
    claims: d.claims.filter((r) => !inGone(r)),
    explanation,
  };
}

/**
 * The pair's findings with each omission checked against the rest: a sentence that another
 * finding pairs with a counterpart is not omitted, and a name or figure it pairs is not "never mentioned".
 */
export function settleOmissions(ctx: CompareContext, drafts: Confident[]): Confident[] {
  if (!drafts.some((d) => d.kind === 'omission')) return drafts;
  const evidence = { content: counterpartEvidence(drafts, false), any: counterpartEvidence(drafts, true) };
  // The statement has served: the report carries the explanation, not its data.
  return drafts.map((d) => (d.kind === 'omission' ? withoutStatement(settled(ctx, d, evidence)) : d));
}

/** An omission without the statement its draft carried for this pass. */
function withoutStatement({ omitted: _, ...d }: Confident): Confident {
  return d;
}
