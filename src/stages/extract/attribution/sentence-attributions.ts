// One sentence's attributions: each reporting cue of the sentence tries ATTRIBUTION_RULES in order
// and keeps the first draft that fits, less an attitude inside another report ("said she expects").
// Pronoun speakers are left as they are (resolve-speakers.ts).
import { verbClass } from '../../../lexicons/word-sets.js';
import type { Rule } from '../../../model/rule.js';
import type { Sentence, Token } from '../../../model/source.js';
import type { AttributionDraft } from '../draft.js';
import { coordinatedClause } from './clause-breaks.js';
import { type AttributionRule, type CueContext, scanSentence } from './context.js';
import { findCues } from './cue.js';
import { ATTRIBUTION_RULES } from './index.js';
import { retagNames } from './retag.js';

/** "I think", "you know" are the quoted speaker's words; "who want" is a clause inside a phrase. */
const NOT_A_SPEAKER = /^(?:i|you|we|who|which|that)$/iu;

/** A personal pronoun: the subject of an attitude inside a report is the reported speaker or someone named there. */
const PERSONAL = /^(?:he|she|they|it)$/iu;

/** A verb of a private state ("expect", "think") with a personal pronoun subject. */
const attitude = (d: AttributionDraft): boolean =>
  !!d.speaker && PERSONAL.test(d.speaker.text) && verbClass('private').has(d.cue.lemma);

/**
 * "Ruiz said she expects the levy to pass": an attitude inside another attribution's content is
 * the reported speaker's attitude, part of that report and no report of its own (private verbs:
 * Biber 1988, after Quirk et al. 1985), unless ", but"/", and" with a subject and a finite verb
 * opens a clause of its own between them ("said the plan failed, but she thinks", 13.5).
 */
function inReport(d: AttributionDraft, outer: AttributionDraft, tokens: Token[]): boolean {
  if (outer === d || outer.content.start > d.cue.start || d.cue.end > outer.content.end) return false;
  const from = tokens.findIndex((t) => t.start >= outer.cue.end);
  return from < 0 || coordinatedClause(tokens, from) >= d.cue.start;
}

/** The drafts less attitudes inside a report that is itself kept (widest content first, so outer reports decide). */
function withoutAttitudes(drafts: AttributionDraft[], tokens: Token[]): AttributionDraft[] {
  const kept: AttributionDraft[] = [];
  const widest = [...drafts].sort(
    (a, b) => b.content.end - b.content.start - (a.content.end - a.content.start),
  );
  for (const d of widest) {
    if (!attitude(d) || !kept.some((e) => inReport(d, e, tokens))) kept.push(d);
  }
  return drafts.filter((d) => kept.includes(d));
}

/** What each cue of a sentence sees, in cue order; `next` is the next claim-carrying sentence. */
export function cueContexts(sentence: Sentence, text: string, next: Sentence | undefined): CueContext[] {
  const tokens = retagNames(sentence.tokens);
  const cues = findCues(tokens);
  const scan = scanSentence(tokens, cues);
  return cues.map((cue) => ({ sentence, tokens, text, cue, cues, scan, next }));
}

/** The first rule of ATTRIBUTION_RULES that fits the cue, with the draft it made, or null. */
export function firstFit(ctx: CueContext): { rule: Rule<AttributionRule>; draft: AttributionDraft } | null {
  for (const rule of ATTRIBUTION_RULES) {
    const draft = rule.run(ctx);
    if (draft) return { rule, draft };
  }
  return null;
}

/**
 * Attributions of one sentence without pronoun resolution: for each cue, the draft of the first
 * rule that fits, unless its speaker is a word that cannot be one ("I", "who").
 */
export function attributionsIn(
  sentence: Sentence,
  text: string,
  next: Sentence | undefined,
): AttributionDraft[] {
  const drafts: AttributionDraft[] = [];
  const contexts = cueContexts(sentence, text, next);
  for (const ctx of contexts) {
    const draft = firstFit(ctx)?.draft;
    if (draft && (!draft.speaker || !NOT_A_SPEAKER.test(draft.speaker.text))) drafts.push(draft);
  }
  return withoutAttitudes(drafts, contexts[0]?.tokens ?? sentence.tokens);
}
