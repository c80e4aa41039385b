import type { ActorRef } from '../../../model/claim.js';
import type { SegmentedSource, Sentence } from '../../../model/source.js';
import type { AttributionDraft } from '../draft.js';
import { accordingTo } from './according-to.js';
import { colon, colonTag } from './colon.js';
import { type AttributionRule, type CueContext, scanSentence } from './context.js';
import { findCues } from './cue.js';
import { followColons } from './follow-colons.js';
import { followQuotes } from './follow-quotes.js';
import { hedge } from './hedge.js';
import { participle } from './participle.js';
import { inverted, postposed } from './postposed.js';
import { preposed } from './preposed.js';
import { resolvePronoun } from './pronoun.js';
import { findQuotes, insideQuotes } from './quotes.js';
import { retagNames } from './retag.js';
import { whatClaimed } from './what-claimed.js';

/** Rules for verb and phrase cues only; the colon and hedging adverbs have their own rules. */
const words =
  (rule: AttributionRule): AttributionRule =>
  (ctx) =>
    ctx.cue.entry.kind === 'verb' || ctx.cue.entry.kind === 'phrase' ? rule(ctx) : null;

/** The attribution rules, tried in this order for each reporting cue; the first that fits wins. */
export const ATTRIBUTION_RULES: readonly AttributionRule[] = [
  // "CONTENT, according to X" / "According to X, CONTENT"
  accordingTo,
  // "Pence: Flowers Won't Be at Debate"
  colon,
  // "The general reportedly resigned"
  hedge,
  // "Caddell continued:" and the next sentence
  colonTag,
  // "in what the Tel Aviv regime claimed was its most extensive strike"
  words(whatClaimed),
  // "“CONTENT,” said Caddell."
  words(inverted),
  // "CONTENT, the spokesman wrote on Telegram."
  words(postposed),
  // "…, saying CONTENT", "with each saying CONTENT"
  words(participle),
  // "Israel claims it struck …", "X confirmed on Monday that CONTENT", "X called for talks"
  words(preposed),
];

/** "I think", "you know" are the quoted speaker's words; "who want" is a clause inside a phrase. */
const NOT_A_SPEAKER = /^(?:i|you|we|who|which|that)$/iu;

/** Attributions of one sentence without pronoun resolution. */
function attributionsIn(sentence: Sentence, text: string, next: Sentence | undefined): AttributionDraft[] {
  const drafts: AttributionDraft[] = [];
  const tokens = retagNames(sentence.tokens);
  const cues = findCues(tokens);
  const scan = scanSentence(tokens, cues);
  for (const cue of cues) {
    const ctx: CueContext = { sentence, tokens, text, cue, cues, scan, next };
    for (const rule of ATTRIBUTION_RULES) {
      const draft = rule(ctx);
      if (!draft) continue;
      if (!draft.speaker || !NOT_A_SPEAKER.test(draft.speaker.text)) drafts.push(draft);
      break;
    }
  }
  return drafts;
}

/** How many earlier sentences may hold a pronoun's antecedent ("the ministry added" two after the name). */
const LOOKBACK = 2;

/**
 * Resolves pronoun speakers to the latest fitting speaker before them, in the same sentence or the
 * LOOKBACK previous ones. Candidates grow as drafts are resolved, in text order, so the pass is linear.
 */
function resolveSpeakers(found: AttributionDraft[][]): AttributionDraft[][] {
  const recent: { at: number; speaker: ActorRef | null }[] = [];
  let head = 0;
  return found.map((drafts, at) => {
    while (head < recent.length && recent[head].at < at - LOOKBACK) head++;
    const candidates = recent.slice(head).map((r) => r.speaker);
    const resolved = drafts.map((draft) => {
      const speaker = draft.speaker && resolvePronoun(draft.speaker, candidates);
      candidates.push(speaker);
      return { ...draft, speaker };
    });
    for (const d of resolved) recent.push({ at, speaker: d.speaker });
    return resolved;
  });
}

/** A source's attributions by sentence id, and for each continuation the attribution it continues. */
export interface SourceAttributions {
  bySentence: Map<string, AttributionDraft[]>;
  ownerOf: Map<AttributionDraft, AttributionDraft>;
}

/**
 * Reported speech in the given sentences of a source: speaker, cue (with lemma), stance and the
 * exact content span. Pronoun speakers are resolved to earlier speakers, and every sentence inside
 * a quotation carries the quotation's speaker (a continuation of the attribution that tags it).
 */
export function extractAttributions(
  source: SegmentedSource,
  sentences: readonly Sentence[],
): SourceAttributions {
  const quotes = findQuotes(source.text, source.sentences);
  const quoted = insideQuotes(quotes);
  // A cue inside a quotation is the quoted speaker's own reporting, not the outlet's sourcing.
  const inQuote = (d: AttributionDraft) => quoted(d.cue.start, d.cue.end);
  const found = resolveSpeakers(
    sentences.map((s, i) => attributionsIn(s, source.text, sentences[i + 1]).filter((d) => !inQuote(d))),
  );
  const bySentence = new Map(sentences.map((s, i) => [s.id, found[i]]));
  const ownerOf = new Map<AttributionDraft, AttributionDraft>();
  const continued = [
    ...followQuotes(quotes, sentences, found, source.text),
    ...followColons(sentences, found, source.text),
  ];
  for (const { draft, owner } of continued) {
    bySentence.get(draft.sentence)?.push(draft);
    ownerOf.set(draft, owner);
  }
  return { bySentence, ownerOf };
}
