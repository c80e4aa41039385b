import { posClass } from '../../../lexicons/word-sets.js';
import type { ActorRef } from '../../../model/claim.js';
import type { Sentence, Token } from '../../../model/source.js';
import { actorGroup } from '../../../text/actors.js';
import type { TokenRange } from '../../../text/noun-phrase.js';
import type { AttributionDraft } from '../draft.js';
import type { Cue } from './cue.js';

/** What an attribution rule sees: the sentence, its tokens, the source text, one cue and all cues of the sentence. */
export interface CueContext {
  sentence: Sentence;
  tokens: Token[];
  text: string;
  cue: Cue;
  cues: readonly Cue[];
  /** Look-ups over the sentence made once, so that each cue costs no more than its own words. */
  scan: SentenceScan;
  /** The next claim-carrying sentence, for a tag that ends in a colon. */
  next?: Sentence;
}

/** Per-sentence look-ups shared by all cues of the sentence. */
export interface SentenceScan {
  /** For each token, the index of the first verb or auxiliary at or after it (the length when none). */
  nextVerb: Int32Array;
  /** For each token, the index of the first content word at or after it (the length when none). */
  nextWord: Int32Array;
  /**
   * Commas that open a participial or phrase cue ("…, saying", "…, according to") and the "and"
   * before a coordinated reporting verb, ascending.
   */
  breaks: number[];
}

/** Content words and pronouns: an object or a clause can start with any of them. */
const contentWord = (pos: string): boolean => posClass('content').has(pos) || pos === 'PRON' || pos === 'AUX';

/** Builds the look-ups of one sentence in a single right-to-left pass. */
export function scanSentence(tokens: Token[], cues: readonly Cue[]): SentenceScan {
  const nextVerb = new Int32Array(tokens.length + 1).fill(tokens.length);
  const nextWord = new Int32Array(tokens.length + 1).fill(tokens.length);
  for (let i = tokens.length - 1; i >= 0; i--) {
    const pos = tokens[i].pos;
    nextVerb[i] = pos === 'VERB' || pos === 'AUX' ? i : nextVerb[i + 1];
    nextWord[i] = contentWord(pos) ? i : nextWord[i + 1];
  }
  const breaks = cues
    .filter(
      (c) => c.entry.kind !== 'topic' && (/ing$/u.test(tokens[c.first].lower) || c.entry.kind === 'phrase'),
    )
    .map((c) => {
      const comma = breakBefore(tokens, c.first);
      // Not "in": "trained in welding repair" is a noun phrase after it more often than a clause.
      const before = tokens[c.first - 1]?.lower ?? '';
      const linking = /ing$/u.test(tokens[c.first].lower) && LINKING.test(before) && before !== 'in';
      return comma < 0 && linking && c.first > 1 ? c.first - 1 : comma;
    })
    .filter((k) => k >= 0);
  // "… accused the board of lying and asserted that …": a coordinated reporting verb opens its own content.
  const coordinated = cues.map((c) => coordinator(tokens, c)).filter((k) => k > 0);
  return { nextVerb, nextWord, breaks: [...new Set([...breaks, ...coordinated])].sort((a, b) => a - b) };
}

/**
 * A comma or a dash ("--", an em or en dash) before a participle or phrase cue: the dash sets off a
 * participial clause as the comma does ("The board rejected the bid -- saying it was too low"; the
 * dash as a stronger comma, Chicago Manual of Style 6.85).
 */
export function isClauseBreak(token: Token | undefined): boolean {
  return token !== undefined && /^(?:,|--|—|–)$/u.test(token.text);
}

/**
 * "began by saying", "ended the call without saying", "praised the team before adding": a
 * preposition that takes a subjectless -ing clause (Quirk et al. 1985, 15.58); the participle
 * hangs on the clause before, and that clause's content ends at the preposition.
 */
export const LINKING = /^(?:by|after|while|without|when|before|despite|in|upon)$/u;

/** How many adverbs may stand between the comma and a participle: "…, even suggesting", "…, now also saying". */
const ADVERBS_BEFORE_PARTICIPLE = 2;

/**
 * Index of the comma or dash that opens the participial or phrase cue at `first`, over a few
 * adverbs ("…, even suggesting he was sabotaged", "…, now saying …": a focusing or time adverb
 * modifies the participle's clause, Quirk et al. 1985, 8.116 and 15.58), or -1.
 */
export function breakBefore(tokens: Token[], first: number): number {
  let k = first - 1;
  while (k >= 0 && first - 1 - k < ADVERBS_BEFORE_PARTICIPLE && tokens[k].pos === 'ADV') k--;
  return isClauseBreak(tokens[k]) ? k : -1;
}

/**
 * Index of the "and"/"but" right before a verb cue (over adverbs), or -1: the cue is a coordinated verb.
 * A `topic` verb ("and disseminating them") reports no proposition, so it does not cut another's content.
 */
export function coordinator(tokens: Token[], cue: Cue): number {
  if (cue.entry.kind !== 'verb' || cue.entry.frame === 'topic' || tokens[cue.first].pos !== 'VERB') return -1;
  let k = cue.first - 1;
  // "… but has said she will …": adverbs and the perfect's auxiliary stand between.
  while (k > 0 && (tokens[k].pos === 'ADV' || tokens[k].lemma === 'have')) k--;
  return /^(?:and|but)$/u.test(tokens[k]?.lower ?? '') ? k : -1;
}

/** An attribution rule: returns a draft when the cue fits its pattern, else null. */
export type AttributionRule = (ctx: CueContext) => AttributionDraft | null;

const EDGE = /[\s,;:—–-]/u;

/**
 * The exact range `[start, end)` of the source text, trimmed of edge punctuation and spaces.
 * Scans only the trimmed edges, so a cue costs no more than its own words.
 */
export function rangeOf(
  text: string,
  start: number,
  end: number,
): { start: number; end: number; text: string } | null {
  let from = start;
  let to = end;
  while (from < to && EDGE.test(text[from])) from++;
  while (to > from && EDGE.test(text[to - 1])) to--;
  return from < to ? { start: from, end: to, text: text.slice(from, to) } : null;
}

/** A speaker mention for a token range, with its actor group. */
export function speakerOf(ctx: CueContext, range: TokenRange): ActorRef {
  const start = ctx.tokens[range.first].start;
  const end = ctx.tokens[range.last].end;
  const text = ctx.text.slice(start, end);
  return { start, end, text, group: actorGroup(text) };
}

/**
 * Builds the draft for a cue: speaker (or null), content `[contentStart, contentEnd)`.
 * Returns null when the content is empty after trimming.
 */
export function attribution(
  ctx: CueContext,
  ruleId: string,
  speaker: ActorRef | null,
  contentStart: number,
  contentEnd: number,
): AttributionDraft | null {
  const content = rangeOf(ctx.text, contentStart, contentEnd);
  if (!content) return null;
  const cueStart = ctx.tokens[ctx.cue.first].start;
  const cueEnd = ctx.tokens[ctx.cue.last].end;
  const spans = [content, { start: cueStart, end: cueEnd }, ...(speaker ? [speaker] : [])];
  // The claim stays inside its sentence (reports are checked for it); content that a colon tag
  // hands to the next sentence is kept in `content`, outside the claim's own span.
  const start = Math.max(ctx.sentence.start, Math.min(...spans.map((s) => s.start)));
  const end = Math.min(ctx.sentence.end, Math.max(...spans.map((s) => s.end)));
  return {
    kind: 'attribution',
    sentence: ctx.sentence.id,
    ruleId,
    start,
    end,
    text: ctx.text.slice(start, end),
    speaker,
    cue: { start: cueStart, end: cueEnd, text: ctx.text.slice(cueStart, cueEnd), lemma: ctx.cue.entry.lemma },
    stance: ctx.cue.entry.stance,
    content,
  };
}

/**
 * End offset of the content that runs on from the cue: before the sentence's final punctuation,
 * or before a comma that opens the next cue's participle ("…, saying …", "…, according to …"),
 * whose content is its own.
 */
export function clauseEnd(ctx: CueContext): number {
  const { breaks } = ctx.scan;
  let lo = 0;
  let hi = breaks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (breaks[mid] <= ctx.cue.last) lo = mid + 1;
    else hi = mid;
  }
  if (lo < breaks.length) return ctx.tokens[breaks[lo]].start;
  const last = ctx.tokens.at(-1);
  if (!last) return ctx.sentence.end;
  return last.pos === 'PUNCT' && /^[.!?]$/u.test(last.text) ? last.start : ctx.sentence.end;
}
