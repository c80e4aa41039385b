// One sentence's attributions: each reporting cue of the sentence tries ATTRIBUTION_RULES in order
// and keeps the first draft that fits. Pronoun speakers are left as they are (resolve-speakers.ts).
import type { Sentence } from '../../../model/source.js';
import type { AttributionDraft } from '../draft.js';
import { type CueContext, scanSentence } from './context.js';
import { findCues } from './cue.js';
import { ATTRIBUTION_RULES } from './index.js';
import { retagNames } from './retag.js';

/** "I think", "you know" are the quoted speaker's words; "who want" is a clause inside a phrase. */
const NOT_A_SPEAKER = /^(?:i|you|we|who|which|that)$/iu;

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
  const tokens = retagNames(sentence.tokens);
  const cues = findCues(tokens);
  const scan = scanSentence(tokens, cues);
  for (const cue of cues) {
    const ctx: CueContext = { sentence, tokens, text, cue, cues, scan, next };
    for (const rule of ATTRIBUTION_RULES) {
      const draft = rule.run(ctx);
      if (!draft) continue;
      if (!draft.speaker || !NOT_A_SPEAKER.test(draft.speaker.text)) drafts.push(draft);
      break;
    }
  }
  return drafts;
}
