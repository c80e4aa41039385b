// Inputs: both sources and the links between their sentences. Output: framing findings where two
// linked sentences say the same thing around one slot and one outlet fills the slot with a word
// that carries a valence in AFINN-165 (Nielsen 2011) where the other writes a word the list does
// not rate: "a damning report" / "a new report", "slammed the plan" / "discussed the plan". The
// equal words on both sides of the slot are the evidence that both words describe one referent in
// one role (issue 10). Words inside quotation marks are the speaker's and are skipped; a marked
// word the other outlet also writes is no contrast between the outlets.

import { reportingVerb } from '../../../lexicons/reporting-verbs.js';
import { verbClass } from '../../../lexicons/stance-verbs.js';
import { valenceOf } from '../../../lexicons/valence.js';
import type { AnalyzedSource } from '../../../model/analyzed-source.js';
import type { Token } from '../../../model/source.js';
import type { Span } from '../../../model/span.js';
import type { FindingDraft } from '../context.js';
import { spanOf } from '../spans.js';
import { type LinkedSources, linkedPlaces } from './aligned-labels.js';
import { outletName, outletSubject } from './label-pair.js';
import { type Hunk, hunks, type Place } from './lemma-diff.js';
import { ownVoice } from './own-voice.js';
import { insideRange, quotedRanges } from './quotes.js';

/** The word classes a swap may fill: modifiers, heads and the verb of an act (adverbs change the claim: CLAIM_CHANGE). */
const SLOT: Readonly<Record<string, string>> = { ADJ: 'ADJ', NOUN: 'NOUN', VERB: 'VERB' };
/** The longest replaced run read, in tokens a side: a longer one says something else, not the same in other words. */
const MAX_RUN = 3;
/** The least valence (in absolute value) read as a connotation: any word AFINN rates. */
const MIN_VALENCE = 1;

/** A swap found in one linked group: the marked side's run, the other side's, and the marked word. */
interface Swap {
  marked: Place;
  other: Place;
  runs: [Place[], Place[]];
  /** The equal words after each run that pin its role: the head noun, or the verb's object. */
  heads: [Place[], Place[]];
  /** Which side carries the marked word. */
  side: 0 | 1;
}

const valence = (t: Token): number => valenceOf(t.lower) ?? valenceOf(t.lemma) ?? 0;
/**
 * The class of slot a word fills. A reporting verb fills none: "decried" against "criticized" is a
 * difference of the verb's stance, which the attribution rules compare (compare/attribution).
 */
const slotOf = (t: Token): string | undefined =>
  t.pos === 'VERB' && (reportingVerb(t.lemma) || verbClass(t.lemma)) ? undefined : SLOT[t.pos];

/**
 * The marked word of `run` against `other`: one word of the run rated at MIN_VALENCE or more,
 * answered by one word of the same class in `other` that the list does not rate.
 */
function markedIn(run: Place[], other: Place[]): [Place, Place] | null {
  const content = other.filter((p) => slotOf(p.token));
  if (content.some((p) => valence(p.token) !== 0)) return null;
  for (const p of run) {
    if (Math.abs(valence(p.token)) < MIN_VALENCE || !slotOf(p.token)) continue;
    const answer = content.find((q) => slotOf(q.token) === slotOf(p.token));
    if (answer) return [p, answer];
  }
  return null;
}

const HEAD = new Set(['NOUN', 'PROPN']);
/**
 * Words whose change changes the claim, not its wording: an auxiliary or modal (tense, mood:
 * "had stopped" / "can resume"), an adverb ("already"), a particle ("not").
 */
const CLAIM_CHANGE = new Set(['AUX', 'ADV', 'PART']);
const OPENER = new Set(['DET', 'PRON', 'NUM']);

/** How many places after a run hold its head: the noun, or a determiner and the noun. */
const headLength = (places: Place[], end: number): number =>
  HEAD.has(places[end]?.token.pos ?? '') ? 1 : OPENER.has(places[end]?.token.pos ?? '') ? 2 : 0;

/**
 * Whether the equal words after a replaced run pin it to one role: a modifier stands before the
 * same head noun, a verb before the same object (a noun, perhaps after a determiner), a noun
 * between two equal words on either side. `end` is the first place after the run. The subject is
 * not asked for: one outlet names it ("AARP") where the other describes it ("the seniors lobby").
 */
function pinned(places: Place[], end: number, slot: string, hunk: Hunk): boolean {
  const pos = (k: number) => places[k]?.token.pos ?? '';
  if (slot === 'ADJ') return HEAD.has(pos(end));
  if (slot === 'VERB')
    return HEAD.has(pos(end)) || (OPENER.has(pos(end)) && hunk.right >= 2 && HEAD.has(pos(end + 1)));
  return hunk.left >= 2 && hunk.right >= 2;
}

/** Swaps inside one linked group of sentences, a against b. */
function swapsIn(pa: Place[], pb: Place[]): Swap[] {
  const out: Swap[] = [];
  for (const hunk of hunks(pa, pb)) {
    if (hunk.left === 0 || hunk.right === 0) continue;
    const runs: [Place[], Place[]] = [pa.slice(...hunk.a), pb.slice(...hunk.b)];
    if (runs.some((r) => r.length > MAX_RUN || r.some((p) => CLAIM_CHANGE.has(p.token.pos)))) continue;
    const fits = (slot: string) => pinned(pa, hunk.a[1], slot, hunk) && pinned(pb, hunk.b[1], slot, hunk);
    const heads: [Place[], Place[]] = [
      pa.slice(hunk.a[1], hunk.a[1] + headLength(pa, hunk.a[1])),
      pb.slice(hunk.b[1], hunk.b[1] + headLength(pb, hunk.b[1])),
    ];
    const ab = markedIn(runs[0], runs[1]);
    if (ab && fits(SLOT[ab[0].token.pos])) out.push({ marked: ab[0], other: ab[1], runs, heads, side: 0 });
    const ba = markedIn(runs[1], runs[0]);
    if (ba && fits(SLOT[ba[0].token.pos])) out.push({ marked: ba[0], other: ba[1], runs, heads, side: 1 });
  }
  return out;
}

/**
 * The evidence of one side: from its swapped word through the head that pins it ("explosive
 * memos", "dropping its opposition"), or to the end of the run where the head is in another sentence.
 */
function sideSpan(word: Place, run: Place[], head: Place[]): Span {
  const last = head.length > 0 && head.every((p) => p.sentence === word.sentence) ? head.at(-1) : run.at(-1);
  return spanOf(word.sentence, word.token.start, (last ?? word).token.end);
}

/** Whether a swap holds: one sentence a side, outside quotes, a marked word the other outlet never writes. */
function holds(swap: Swap, sources: [AnalyzedSource, AnalyzedSource]): boolean {
  for (const [k, run] of swap.runs.entries()) {
    if (new Set(run.map((p) => p.sentence.id)).size > 1) return false;
    const ranges = quotedRanges(sources[k]);
    if (run.some((p) => insideRange(ranges, p.token.start))) return false;
  }
  const other = sources[1 - swap.side];
  const { lemma, lower } = swap.marked.token;
  return !ownVoice(other).has(lemma) && !ownVoice(other).has(lower);
}

function explain(swap: Swap, spans: [Span, Span], sources: [AnalyzedSource, AnalyzedSource]): string {
  const subject = outletSubject(sources[0]);
  const tone = valence(swap.marked.token) > 0 ? 'a favourable' : 'an unfavourable';
  return `${subject} writes '${spans[0].text}' where ${outletName(sources[1])} writes '${spans[1].text}': '${swap.marked.token.text}' carries ${tone} connotation, '${swap.other.token.text}' none.`;
}

/**
 * One framing finding per pair of swapped words, at its first place. Symmetric in a and b up to
 * the order of sides: both directions of the diff are read.
 */
export function findConnotationSwaps({ a, b, links }: LinkedSources, ruleId: string): FindingDraft[] {
  const sources: [AnalyzedSource, AnalyzedSource] = [a, b];
  const seen = new Set<string>();
  const out: FindingDraft[] = [];
  for (const link of links) {
    const [pa, pb] = [linkedPlaces(a, link.a), linkedPlaces(b, link.b)];
    const back = swapsIn(pb, pa).map(
      (s): Swap => ({
        ...s,
        runs: [s.runs[1], s.runs[0]],
        heads: [s.heads[1], s.heads[0]],
        side: s.side === 0 ? 1 : 0,
      }),
    );
    for (const swap of [...swapsIn(pa, pb), ...back]) {
      const key =
        swap.side === 0
          ? `${swap.marked.token.lemma}|${swap.other.token.lemma}`
          : `${swap.other.token.lemma}|${swap.marked.token.lemma}`;
      if (seen.has(key) || !holds(swap, sources)) continue;
      seen.add(key);
      const words = swap.side === 0 ? [swap.marked, swap.other] : [swap.other, swap.marked];
      const spans: [Span, Span] = [
        sideSpan(words[0], swap.runs[0], swap.heads[0]),
        sideSpan(words[1], swap.runs[1], swap.heads[1]),
      ];
      out.push({
        kind: 'framing',
        a: [spans[0]],
        b: [spans[1]],
        claims: [],
        explanation: explain(swap, spans, sources),
        ruleId,
        salience: 0.6,
        confidence: 0.5,
        subject: 'label',
        labels: { a: spans[0].text, b: spans[1].text },
      });
    }
  }
  return out;
}
