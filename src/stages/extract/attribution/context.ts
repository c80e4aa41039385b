import { actorGroup } from '../../../lexicons/actors.js';
import type { ActorRef } from '../../../model/claim.js';
import type { Sentence, Token } from '../../../model/source.js';
import type { AttributionDraft } from '../draft.js';
import type { Cue } from './cue.js';
import type { TokenRange } from './noun-phrase.js';

/** What an attribution rule sees: the sentence, its tokens, the source text, one cue and all cues of the sentence. */
export interface CueContext {
  sentence: Sentence;
  tokens: Token[];
  text: string;
  cue: Cue;
  cues: readonly Cue[];
  /** The next claim-carrying sentence, for a tag that ends in a colon. */
  next?: Sentence;
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
  const start = Math.min(...spans.map((s) => s.start));
  const end = Math.max(...spans.map((s) => s.end));
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
  for (const next of ctx.cues) {
    if (next.first <= ctx.cue.last) continue;
    const comma = ctx.tokens[next.first - 1];
    if (comma?.text === ',' && (/ing$/u.test(ctx.tokens[next.first].lower) || next.entry.kind === 'phrase'))
      return comma.start;
  }
  const last = ctx.tokens.at(-1);
  if (!last) return ctx.sentence.end;
  return last.pos === 'PUNCT' && /^[.!?]$/u.test(last.text) ? last.start : ctx.sentence.end;
}
