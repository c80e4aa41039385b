import { legalDocument, type VerbClass, verbClass } from '../../../lexicons/stance-verbs.js';
import type { AnalyzedSource } from '../../../model/analyzed-source.js';
import type { ActorRef, AttributionClaim } from '../../../model/claim.js';
import type { Side, TextRange } from '../../../model/span.js';
import { type FindingDraft, outlet } from '../context.js';
import { claimsOf } from '../facts/match.js';
import { claimRef } from '../spans.js';
import { contentOverlap, differentSpeakers } from './attribution-content.js';
import { type AttributionContext, cueKey, evidence, initials, ownVoice } from './attribution-shared.js';
import { governed } from './governed.js';
import { type QuoteRange, quotedRanges } from './quotes.js';

// Inputs: the attribution claims of both sides (propositions only) and their tokens, across the
// whole articles. Output: the same words given to the same source with reporting verbs of
// different classes (issue 10): "X says" against "X claims" (doubt, MOS:CLAIM), "X wrote" against
// "X noted" (endorsement, MOS:SAY). Classes come from data/stance-verbs.yaml.

/** Words in a row both contents share: the same statement quoted or closely paraphrased. */
const RUN = 6;
/** Without a shared run of words, counterpart sentences and this much overlap of content words (Dice). */
const SAME_CONTENT = 0.5;
/** Sentences are counterparts for this rule when the alignment is this sure. */
const SURE_LINK = 0.5;
/** Pairs of classes a reader is told about: one side neutral, the other doubting or endorsing. */
const SHOWN: ReadonlySet<string> = new Set(['doubt|neutral', 'endorse|neutral']);

/** The lower-cased words of a range of text, in order. */
const wordsOf = (text: string, r: { start: number; end: number }): string[] =>
  text
    .slice(r.start, r.end)
    .toLowerCase()
    .match(/\p{L}[\p{L}'’-]*/gu) ?? [];

/** Every run of `RUN` words of a content, joined. */
function runsOf(words: string[]): Set<string> {
  const runs = new Set<string>();
  for (let i = 0; i + RUN <= words.length; i++) runs.add(words.slice(i, i + RUN).join(' '));
  return runs;
}

/**
 * The class of an attribution's verb; a doubting verb in a sentence that names a legal document
 * ("the lawsuit claims", "is alleging, in a complaint filed …") is a term of law (MOS:WTW), so neutral.
 */
function classOf(ac: AttributionContext, side: Side, c: AttributionClaim): VerbClass | undefined {
  const cls = verbClass(c.cue.lemma);
  if (cls !== 'doubt') return cls;
  const tokens = ac.ctx.sentence[side].get(c.sentence)?.tokens ?? [];
  return tokens.some((t) => t.pos === 'NOUN' && legalDocument(t.lemma)) ? 'neutral' : cls;
}

/** "accused him of leaking …": the charge is the "of" phrase after the accused (FrameNet, Judgment_communication). */
const CHARGE = /^\s+(?:[\p{L}'’.-]+\s+){1,4}of\s/u;

/**
 * Whether a cue is used as a verb of speech: a neutral verb ("said") always; another only before "that" or a
 * quotation mark, after its content ('…," he noted'), or with a charge ("accused him of leaking"). "Documents showed how", "has shown a
 * certificate", "can be found here" report no statement.
 */
function speechUse(text: string, c: AttributionClaim, cls: VerbClass): boolean {
  if (cls === 'neutral' || c.content.end <= c.cue.start) return true;
  if (CHARGE.test(text.slice(c.cue.end, c.content.end))) return true;
  return /^[,:]?\s*(?:that\b|["“])/i.test(text.slice(c.cue.end, c.cue.end + 8));
}

interface Candidate {
  claim: AttributionClaim;
  /** The content this claim's verb governs (see `governed`). */
  content: TextRange;
  cls: VerbClass;
  runs: Set<string>;
  /** Whether most of the content is between quotation marks: the speaker's own words. */
  quoted: boolean;
}

/** How much of a range lies inside quotation marks. */
function quotedShare(quotes: readonly QuoteRange[], r: { start: number; end: number }): number {
  let inside = 0;
  for (const q of quotes) inside += Math.max(0, Math.min(q.end, r.end) - Math.max(q.start, r.start));
  return r.end > r.start ? inside / (r.end - r.start) : 0;
}

/** A side's attributions with a class, in the outlet's own voice (`ownVoice`). */
function candidates(ac: AttributionContext, side: Side, quotes: readonly QuoteRange[]): Candidate[] {
  const text = ac.ctx[side].text;
  const all = claimsOf(ac.ctx[side].claims, 'attribution');
  return all.flatMap((claim) => {
    const cls = classOf(ac, side, claim);
    if (!cls || !speechUse(text, claim, cls) || !ownVoice(claim, all, quotes)) return [];
    const content = governed(ac.ctx.sentence[side].get(claim.sentence)?.tokens ?? [], text, claim);
    const quoted = quotedShare(quotes, content) >= 0.5;
    return [{ claim, content, cls, runs: runsOf(wordsOf(text, content)), quoted }];
  });
}

// A side's candidates depend on its source alone (its claims, sentences, text and quotes), and
// each pair of the source asks: built once per source (issue 13). Read only, never changed.
const candidateCache = new WeakMap<AnalyzedSource, Candidate[]>();

function candidatesOf(ac: AttributionContext, side: Side): Candidate[] {
  const source = ac.ctx[side];
  let found = candidateCache.get(source);
  if (!found) {
    found = candidates(ac, side, quotedRanges(source.text));
    candidateCache.set(source, found);
  }
  return found;
}

/** A source that is a description ("the Republican congressmen"), not a name: it may be anyone named. */
const described = (s: ActorRef | undefined) => !s || !/\p{Lu}[\p{L}'’.-]*$/u.test(s.text.trim());

/**
 * Whether two sources may be one: they share a name, one is a description, or one is the other's
 * initials.
 */
function sameSource(x: ActorRef | undefined, y: ActorRef | undefined): boolean {
  if (!x || !y || described(x) || described(y) || !differentSpeakers(x, y)) return true;
  // "DNC" for "the Democratic National Committee".
  const acronym = (a: ActorRef, b: ActorRef) =>
    initials(a.text).length > 1 && b.text.includes(initials(a.text));
  return acronym(x, y) || acronym(y, x);
}

/**
 * Whether two attributions report one statement of one source: a run of words in common, or a
 * quotation on either side with much the same content words (then the sources need only not be told apart:
 * "the Republican congressmen" may be "Goodlatte, Gowdy and Nunes"), or counterpart sentences with
 * much the same content words and sources that share a name.
 */
function sameStatement(ac: AttributionContext, x: Candidate, y: Candidate): boolean {
  const [sx, sy] = [x.claim.speaker ?? undefined, y.claim.speaker ?? undefined];
  if (sx?.group && sy?.group && sx.group !== sy.group) return false;
  if ([...x.runs].some((run) => y.runs.has(run))) return sameSource(sx, sy);
  const link = ac.ctx.linked.get(`${x.claim.sentence}|${y.claim.sentence}`);
  const range = (c: Candidate) => ({ sentence: c.claim.sentence, range: c.content });
  const same = contentOverlap(ac.ctx, range(x), range(y));
  // A quotation needs no link: the outlets may place it far apart, and one may paraphrase what the
  // other quotes ('critics have accused him of leaking …' against '"he leaked …," Trump tweeted').
  if ((x.quoted || y.quoted) && same >= SAME_CONTENT && sameSource(sx, sy)) return true;
  if (!link || link.score < SURE_LINK || differentSpeakers(sx, sy)) return false;
  return same >= SAME_CONTENT;
}

const WORDING: Record<VerbClass, string> = {
  neutral: 'which is neutral',
  doubt: 'which can cast doubt on it',
  endorse: 'which can present it as true',
  culpable: 'which can imply guilt',
};

function finding(ac: AttributionContext, x: Candidate, y: Candidate): FindingDraft {
  const { ctx } = ac;
  const say = (side: Side, c: Candidate) =>
    `${outlet(ctx, side)} has ${c.claim.speaker?.text ?? 'an unnamed source'} '${c.claim.cue.text}' it, ${WORDING[c.cls]}`;
  return {
    kind: 'attribution',
    subject: 'attribution',
    a: evidence(ctx, 'a', x.claim),
    b: evidence(ctx, 'b', y.claim),
    claims: [claimRef('a', x.claim), claimRef('b', y.claim)],
    ruleId: 'compare/attribution-verb',
    salience: 0.75,
    confidence: 0.6,
    explanation: `On the same statement, ${say('a', x)}; ${say('b', y)} (Wikipedia MOS:SAY, MOS:CLAIM).`,
  };
}

/**
 * Whether the side with the marked verb also gives the same statement with a neutral one
 * ('asserting that … he leaked' beside '"Also, he leaked …," Trump wrote'): then both outlets
 * report it neutrally, and the marked verb is a wording variant, not the outlet's stance
 * (RUBRIC: routine wording variants are TRIVIAL).
 */
function alsoNeutral(
  ac: AttributionContext,
  xs: Candidate[],
  ys: Candidate[],
  x: Candidate,
  y: Candidate,
): boolean {
  if (x.cls !== 'neutral') return xs.some((z) => z !== x && z.cls === 'neutral' && sameStatement(ac, z, y));
  return ys.some((z) => z !== y && z.cls === 'neutral' && sameStatement(ac, x, z));
}

/**
 * The same statement of the same source reported with verbs of different classes, one of them
 * neutral, anywhere in the two articles: at most one finding a cue on either side.
 */
export function verbContrasts(ac: AttributionContext): FindingDraft[] {
  const xs = candidatesOf(ac, 'a');
  const ys = candidatesOf(ac, 'b');
  const used = new Set<string>();
  const found: FindingDraft[] = [];
  for (const x of xs) {
    for (const y of ys) {
      if (!SHOWN.has([x.cls, y.cls].sort().join('|')) || used.has(`a${x.claim.cue.start}`)) continue;
      // One verb on both sides is no change of verb, whatever the sentence makes of it ("the
      // lawsuit accuses" is a term of law, "the Democrats accused" a charge).
      if (x.claim.cue.lemma === y.claim.cue.lemma) continue;
      if (used.has(`b${y.claim.cue.start}`) || !sameStatement(ac, x, y)) continue;
      if (alsoNeutral(ac, xs, ys, x, y)) continue;
      used.add(`a${x.claim.cue.start}`).add(`b${y.claim.cue.start}`);
      ac.cues.add(`s:${cueKey(x.claim, y.claim)}`);
      found.push(finding(ac, x, y));
    }
  }
  return found;
}
