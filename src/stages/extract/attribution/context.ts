import type { ActorRef } from '../../../model/claim.js';
import type { Sentence, Token } from '../../../model/source.js';
import { actorGroup } from '../../../text/actors.js';
import type { TokenRange } from '../../../text/noun-phrase.js';
import type { AttributionDraft } from '../draft.js';
import type { Cue } from './cue.js';

/** What an attribution rule sees: the sentence, its tokens, the source text and one cue. */
export interface CueContext {
  sentence: Sentence;
  tokens: Token[];
  text: string;
  cue: Cue;
}

/** An attribution rule: returns a draft when the cue fits its pattern, else null. */
export type AttributionRule = (ctx: CueContext) => AttributionDraft | null;

const TRIM = /^[\s,;:—–-]+|[\s,;:—–-]+$/gu;

/** The exact range `[start, end)` of the source text, trimmed of edge punctuation and spaces. */
export function rangeOf(
  text: string,
  start: number,
  end: number,
): { start: number; end: number; text: string } | null {
  const raw = text.slice(start, end);
  const lead = raw.length - raw.replace(/^[\s,;:—–-]+/u, '').length;
  const body = raw.replace(TRIM, '');
  if (body.length === 0) return null;
  return { start: start + lead, end: start + lead + body.length, text: body };
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

/** End offset of the sentence's content, before its final punctuation. */
export function clauseEnd(ctx: CueContext): number {
  const last = ctx.tokens.at(-1);
  if (!last) return ctx.sentence.end;
  return last.pos === 'PUNCT' && /^[.!?]$/u.test(last.text) ? last.start : ctx.sentence.end;
}
