import type { ActorRef } from '../../../model/claim.js';
import type { Rule } from '../../../model/rule.js';
import type { SegmentedSource, Sentence } from '../../../model/source.js';
import type { AttributionDraft } from '../draft.js';
import { accordingTo } from './according-to.js';
import type { AttributionRule, CueContext } from './context.js';
import { findCues } from './cue.js';
import { inverted, postposed } from './postposed.js';
import { preposed } from './preposed.js';
import { resolvePronoun } from './pronoun.js';
import { whatClaimed } from './what-claimed.js';

/** The attribution rules, tried in this order for each reporting cue; the first that fits wins. */
export const ATTRIBUTION_RULES: readonly Rule<AttributionRule>[] = [
  {
    id: 'extract/attribution-according-to',
    stage: 'extract',
    summary: '"CONTENT, according to X" / "According to X, CONTENT"',
    run: accordingTo,
  },
  {
    id: 'extract/attribution-what-claimed',
    stage: 'extract',
    summary: '"in what the Tel Aviv regime claimed was its most extensive strike"',
    run: whatClaimed,
  },
  {
    id: 'extract/attribution-inverted',
    stage: 'extract',
    summary: '"“CONTENT,” said Caddell."',
    run: inverted,
  },
  {
    id: 'extract/attribution-postposed',
    stage: 'extract',
    summary: '"CONTENT, the spokesman wrote on Telegram."',
    run: postposed,
  },
  {
    id: 'extract/attribution-preposed',
    stage: 'extract',
    summary: '"Israel claims it struck …", "X confirmed on Monday that CONTENT"',
    run: preposed,
  },
];

const QUOTED_PERSON = /^(?:i|you|we)$/iu;

/** Attributions of one sentence without pronoun resolution. */
function attributionsIn(sentence: Sentence, text: string): AttributionDraft[] {
  const drafts: AttributionDraft[] = [];
  for (const cue of findCues(sentence.tokens)) {
    const ctx: CueContext = { sentence, tokens: sentence.tokens, text, cue };
    for (const rule of ATTRIBUTION_RULES) {
      const draft = rule.run(ctx);
      // "I think", "you know", "we say" are the quoted speaker's own words, not the outlet's sourcing.
      if (draft?.speaker && QUOTED_PERSON.test(draft.speaker.text)) break;
      if (draft) {
        drafts.push(draft);
        break;
      }
    }
  }
  return drafts;
}

/**
 * Reported speech in a sentence: speaker, cue (with lemma) and the exact content span, with
 * the stance the cue carries (said, claimed, confirmed, denied). A pronoun speaker is resolved
 * to the latest fitting speaker in this or the two previous sentences.
 */
export function extractAttributions(sentence: Sentence, source: SegmentedSource): AttributionDraft[] {
  const drafts = attributionsIn(sentence, source.text);
  if (!drafts.some((d) => d.speaker)) return drafts;
  const at = source.sentences.indexOf(sentence);
  const candidates: (ActorRef | null)[] = [];
  for (const earlier of source.sentences.slice(Math.max(0, at - LOOKBACK), at)) {
    for (const d of attributionsIn(earlier, source.text)) candidates.push(resolveSpeaker(d, candidates));
  }
  return drafts.map((draft) => {
    const speaker = resolveSpeaker(draft, [...candidates, ...drafts.map((d) => d.speaker)]);
    candidates.push(speaker);
    return { ...draft, speaker };
  });
}

/** How many earlier sentences may hold a pronoun's antecedent ("the ministry added" two after the name). */
const LOOKBACK = 2;

function resolveSpeaker(draft: AttributionDraft, candidates: (ActorRef | null)[]): ActorRef | null {
  return draft.speaker && resolvePronoun(draft.speaker, candidates);
}
