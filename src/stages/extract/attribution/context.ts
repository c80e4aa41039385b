import { posClass } from '../../../lexicons/word-sets.js';
import type { ActorRef } from '../../../model/claim.js';
import type { Sentence, Token } from '../../../model/source.js';
import { actorGroup } from '../../../text/actors.js';
import type { TokenRange } from '../../../text/noun-phrase.js';
import type { AttributionDraft } from '../draft.js';
import { clauseBreaks } from './clause-breaks.js';
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
  nextVerb: number[];
  /** For each token, the index of the first content word at or after it (the length when none). */
  nextWord: number[];
  /**
   * Token indices where another cue's clause opens, ascending (clauseBreaks): the comma or dash
   * before a participle or phrase cue ("…, saying", "… -- according to"), the linking preposition
   * before a participle ("began by saying"), the "and"/"but" before a coordinated reporting verb,
   * the comma that closes a relative clause holding a cue ("The captain, who said …, denied").
   */
  breaks: number[];
}

/** Content words and pronouns: an object or a clause can start with any of them (`content`: posClass('content')). */
const contentWord = (pos: string, content: ReadonlySet<string>): boolean =>
  content.has(pos) || pos === 'PRON' || pos === 'AUX';

/**
 * Builds the look-ups of one sentence in a single right-to-left pass. Plain arrays, each slot
 * written once: a typed array's construction and fill cost more than the pass for a sentence's
 * few dozen tokens, once per sentence of every source.
 */
export function scanSentence(tokens: Token[], cues: readonly Cue[]): SentenceScan {
  const nextVerb: number[] = new Array(tokens.length + 1);
  const nextWord: number[] = new Array(tokens.length + 1);
  nextVerb[tokens.length] = tokens.length;
  nextWord[tokens.length] = tokens.length;
  const content = posClass('content');
  for (let i = tokens.length - 1; i >= 0; i--) {
    const pos = tokens[i].pos;
    nextVerb[i] = pos === 'VERB' || pos === 'AUX' ? i : nextVerb[i + 1];
    nextWord[i] = contentWord(pos, content) ? i : nextWord[i + 1];
  }
  return { nextVerb, nextWord, breaks: clauseBreaks(tokens, cues) };
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
 * End offset of the content that runs on from the cue: the start of the first clause break after
 * the cue (`scan.breaks`: a comma, dash, linking preposition or "and"/"but" that opens another
 * cue's clause, whose content is its own); failing one, before the sentence's final ".", "!" or
 * "?", or the sentence's end when it has none.
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

/** Marks a draft's content as no proposition. */
export const notProposition: (d: ReturnType<AttributionRule>) => ReturnType<AttributionRule> = (d) =>
  d && { ...d, contentKind: 'non-proposition' };
