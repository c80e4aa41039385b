import { hedgeAdverb } from '../../lexicons/reporting-verbs.js';
import { verbClass } from '../../lexicons/stance-verbs.js';
import type { AttributionClaim } from '../../model/claim.js';
import type { Token } from '../../model/source.js';
import type { Side } from '../../model/span.js';
import { type AttributionContext, cueKey, evidence } from './attribution-shared.js';
import { type FindingDraft, outlet } from './context.js';
import { claimsOf } from './match.js';
import { quotedRanges } from './quotes.js';
import { claimRef } from './spans.js';

// Inputs: the attribution claims and tokens of both sides, across the whole articles. Output: a
// statement one outlet reports in its own voice ("Kim Jong-un announced that …") that the other
// passes on only inside a report of someone else ("state media indicated that Kim Jong-un
// announced …"; "Corker said that a growing group of Republicans had begun considering …"): an
// extra layer of sourcing, which leaves the statement itself less certain (issue 10). Extraction
// gives the outer report only; the inner one is read here from the tokens of its content.

/** Tokens between the inner speaker's name and its verb: "Kim Jong-un announced", "Republicans had begun considering". */
const NAME_TO_VERB = 4;
/** How much of the statement's content words the inner report must share (Dice). */
const SAME_CONTENT = 0.4;
const CONTENT_POS = new Set(['NOUN', 'PROPN', 'VERB', 'ADJ', 'NUM']);

/** The proper names of an attribution's speaker ("Kim", "Jong-un"; "Republicans"). */
function namesOf(tokens: Token[], c: AttributionClaim): Set<string> {
  const s = c.speaker;
  if (!s) return new Set();
  return new Set(
    tokens.filter((t) => t.start >= s.start && t.end <= s.end && t.pos === 'PROPN').map((t) => t.text),
  );
}

/** Content lemmas of tokens. */
const lemmas = (tokens: Token[]) => new Set(tokens.filter((t) => CONTENT_POS.has(t.pos)).map((t) => t.lemma));

function dice(x: Set<string>, y: Set<string>): number {
  if (x.size === 0 || y.size === 0) return 0;
  let shared = 0;
  for (const w of x) if (y.has(w)) shared += 1;
  return (2 * shared) / (x.size + y.size);
}

/** Tokens that may stand between a name and its verb: the rest of the name, an auxiliary ("has announced"). */
const BETWEEN = new Set(['PROPN', 'AUX', 'PUNCT']);
/** How near the start of the outer report's content the name stands: it is the subject of that content. */
const SUBJECT_REACH = 6;

/** Whether a token continues a name or stands between it and its verb ("Jong - un", "has"). */
const between = (t: Token, prev: Token | undefined) =>
  BETWEEN.has(t.pos) || (prev?.text === '-' && prev.end === t.start);

/**
 * What an outer report says a named speaker said with the same verb: the tokens after a name of
 * `names` near the start of the outer report's content, followed, within `NAME_TO_VERB` tokens of
 * name or auxiliary, by the verb `lemma` ("… indicated that Kim Jong-un announced the halt of …").
 */
function innerReport(
  tokens: Token[],
  outer: AttributionClaim,
  names: Set<string>,
  lemma: string,
): Token[] | null {
  const inReport = tokens.filter((t) => t.start >= outer.content.start && t.end <= outer.content.end);
  for (let i = 0; i < Math.min(inReport.length, SUBJECT_REACH); i++) {
    if (!names.has(inReport[i].text)) continue;
    const next = inReport.slice(i + 1, i + 1 + NAME_TO_VERB);
    const verbAt = next.findIndex((t) => t.pos === 'VERB' && t.lemma === lemma);
    // A hedging adverb may stand there as the outer cue: "Kim reportedly announced" (not "is
    // expected to announce": an announcement to come is another event).
    const hedge = (t: Token) => t.start === outer.cue.start && hedgeAdverb(t.lower) !== undefined;
    const ok = (t: Token, j: number) => between(t, inReport[i + j]) || hedge(t);
    if (verbAt >= 0 && next.slice(0, verbAt).every(ok)) return inReport.slice(i + 2 + verbAt);
  }
  return null;
}

/** Whether an outer report's source is the outlet that prints it or the other one ("the New York Times reports"). */
function anOutlet(ac: AttributionContext, outer: AttributionClaim): boolean {
  const compact = (x: string) =>
    x
      .toLowerCase()
      .replace(/^the\s+/, '')
      .replace(/[^\p{L}]/gu, '');
  const text = outer.speaker?.text ?? '';
  const initials = (text.match(/\p{Lu}(?=\p{Ll})/gu) ?? []).join('').toLowerCase();
  return [ac.ctx.a.meta.outlet, ac.ctx.b.meta.outlet].some(
    (o) => compact(o) === compact(text) || (initials.length > 1 && compact(o) === initials),
  );
}

interface Nesting {
  plain: AttributionClaim;
  outer: AttributionClaim;
  same: number;
}

/** One side's statement as the rules read it: the claim, its speaker's names and its content lemmas. */
interface Plain {
  claim: AttributionClaim;
  names: Set<string>;
  content: Set<string>;
}

const tokensOf = (ac: AttributionContext, side: Side, c: AttributionClaim) =>
  ac.ctx.sentence[side].get(c.sentence)?.tokens ?? [];

/**
 * A side's statements in its own voice: a neutral report ("said" stance) of a named speaker in a
 * body sentence, outside quotation marks and inside no other report of the same side.
 */
function plainStatements(ac: AttributionContext, side: Side): Plain[] {
  const own = claimsOf(ac.ctx[side].claims, 'attribution');
  const quotes = quotedRanges(ac.ctx[side].text);
  const inside = (at: number, r: { start: number; end: number }) => r.start <= at && at < r.end;
  return own.flatMap((claim) => {
    const at = claim.cue.start;
    if (claim.stance !== 'said' || ac.ctx.sentence[side].get(claim.sentence)?.role !== 'body') return [];
    if (own.some((o) => o !== claim && inside(at, o.content)) || quotes.some((q) => inside(at, q))) return [];
    const tokens = tokensOf(ac, side, claim);
    const names = namesOf(tokens, claim);
    const content = lemmas(
      tokens.filter((t) => t.start >= claim.content.start && t.end <= claim.content.end),
    );
    return names.size > 0 ? [{ claim, names, content }] : [];
  });
}

/** How much of a plain statement an outer report passes on as its speaker's; 0 when it does not. */
function nestedShare(ac: AttributionContext, side: Side, p: Plain, outer: AttributionClaim): number {
  const inner = innerReport(tokensOf(ac, side, outer), outer, p.names, p.claim.cue.lemma);
  return inner ? dice(p.content, lemmas(inner)) : 0;
}

/** Statements of `side` in its own voice that the other side nests inside someone else's report. */
function nestings(ac: AttributionContext, side: Side): Nesting[] {
  const other: Side = side === 'a' ? 'b' : 'a';
  const own = claimsOf(ac.ctx[side].claims, 'attribution');
  const theirs = claimsOf(ac.ctx[other].claims, 'attribution');
  const found: Nesting[] = [];
  for (const p of plainStatements(ac, side)) {
    // The side that states it plainly must not itself nest the same report elsewhere.
    if (own.some((o) => o !== p.claim && nestedShare(ac, side, p, o) >= SAME_CONTENT)) continue;
    const head = [...p.names].at(-1) ?? '';
    let best: Nesting | null = null;
    for (const outer of theirs) {
      // Not when the outer report names the plain speaker as its source ("Kim's office said"), nor
      // when it is one of the two outlets ("…, the New York Times reports": a credit, not a layer).
      if (new Set(outer.speaker?.text.split(/[\s,]+/)).has(head) || anOutlet(ac, outer)) continue;
      const same = nestedShare(ac, other, p, outer);
      if (same >= SAME_CONTENT && (!best || same > best.same)) best = { plain: p.claim, outer, same };
    }
    if (best) found.push(best);
  }
  return found;
}

function finding(ac: AttributionContext, side: Side, n: Nesting): FindingDraft {
  const { ctx } = ac;
  const other: Side = side === 'a' ? 'b' : 'a';
  const spans = { [side]: evidence(ctx, side, n.plain), [other]: evidence(ctx, other, n.outer) };
  const refs = { [side]: claimRef(side, n.plain), [other]: claimRef(other, n.outer) };
  const who = n.plain.speaker?.text ?? '';
  const source = n.outer.speaker?.text;
  const layer = source
    ? `inside a report by ${source} ('${n.outer.cue.text}')`
    : `hedged ('${n.outer.cue.text}')`;
  return {
    kind: 'attribution',
    subject: 'attribution',
    a: spans.a ?? [],
    b: spans.b ?? [],
    claims: [refs.a ?? '', refs.b ?? ''],
    ruleId: 'compare/attribution-nested',
    salience: 0.75,
    // A neutral outer verb ("according to The Associated Press") credits the channel the statement
    // came through; any other ("reports indicated that …") qualifies it, which a reader should see.
    confidence: verbClass(n.outer.cue.lemma) === 'neutral' ? 0.45 : 0.6,
    explanation: `${outlet(ctx, side)} reports in its own voice that ${who} '${n.plain.cue.text}' this; ${outlet(ctx, other)} passes it on only ${layer}.`,
  };
}

/**
 * Own-voice statements the other side gives only as someone else's report or hedged, one finding a
 * cue; their sentence pairs go into `seen`, so that no other attribution rule reports them again.
 */
export function nestedReports(ac: AttributionContext, seen: Set<string>): FindingDraft[] {
  const found: FindingDraft[] = [];
  for (const side of ['a', 'b'] as const) {
    for (const n of nestings(ac, side)) {
      const key = side === 'a' ? `s:${cueKey(n.plain, n.outer)}` : `s:${cueKey(n.outer, n.plain)}`;
      if (ac.cues.has(key)) continue;
      ac.cues.add(key);
      const [a, b] = side === 'a' ? [n.plain, n.outer] : [n.outer, n.plain];
      seen.add(`${a.sentence}|${b.sentence}`);
      found.push(finding(ac, side, n));
    }
  }
  return found;
}
