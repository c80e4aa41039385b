import type { ActorRef } from '../../../model/claim.js';
import type { Rule } from '../../../model/rule.js';
import type { SegmentedSource, Sentence } from '../../../model/source.js';
import type { AttributionDraft } from '../draft.js';
import { accordingTo } from './according-to.js';
import { asPutIt } from './as-put-it.js';
import { colon, colonTag } from './colon.js';
import { type AttributionRule, type CueContext, scanSentence } from './context.js';
import { followTaggedSentence } from './continuation-after-tag.js';
import { findCues } from './cue.js';
import { followColons } from './follow-colons.js';
import { type Continuation, type ContinuationPass, followQuotes } from './follow-quotes.js';
import { headline } from './headline.js';
import { hedge } from './hedge.js';
import { documentOpener, statementNoun } from './nominal.js';
import { nominalClause } from './nominal-clause.js';
import { surveyClause } from './nominal-survey.js';
import { participle } from './participle.js';
import { passiveRule } from './passive.js';
import { inverted, postposed } from './postposed.js';
import { preposed } from './preposed.js';
import { resolvePronoun } from './pronoun.js';
import { findQuotes, insideQuotes } from './quotes.js';
import { retagNames } from './retag.js';
import { topicNounRule, topicObjectRule, topicVerbRule } from './topic.js';
import { whatClaimed } from './what-claimed.js';

/** Rules for verb and phrase cues only (`act` and `topic` verbs have their own); the colon and hedges have their own rules. */
const words =
  (rule: AttributionRule): AttributionRule =>
  (ctx) =>
    (ctx.cue.entry.kind === 'verb' || ctx.cue.entry.kind === 'phrase') &&
    ctx.cue.entry.frame !== 'act' &&
    ctx.cue.entry.frame !== 'topic'
      ? rule(ctx)
      : null;

const rule = (id: string, summary: string, run: AttributionRule): Rule<AttributionRule> => ({
  id,
  stage: 'extract',
  summary,
  run,
});

/** The attribution rules, tried in this order for each reporting cue; the first that fits wins. */
export const ATTRIBUTION_RULES: readonly Rule<AttributionRule>[] = [
  rule(
    'extract/attribution-according-to',
    '"CONTENT, according to X" / "According to X, CONTENT"',
    accordingTo,
  ),
  rule(
    'extract/attribution-as-put-it',
    '"As the mayor put it, CONTENT" / "CONTENT, as the mayor put it": a comment clause',
    asPutIt,
  ),
  rule(
    'extract/attribution-colon',
    '"Pence: Flowers Won\'t Be at Debate": a name, a colon, what they say',
    colon,
  ),
  rule(
    'extract/attribution-hedge',
    '"The general reportedly resigned": a hedged clause, no named speaker',
    hedge,
  ),
  rule('extract/attribution-colon-tag', '"Caddell continued:" and the next sentence as content', colonTag),
  rule(
    'extract/attribution-what-claimed',
    '"in what the Tel Aviv regime claimed was its most extensive strike"',
    words(whatClaimed),
  ),
  rule('extract/attribution-inverted', '"“CONTENT,” said Caddell."', words(inverted)),
  rule('extract/attribution-postposed', '"CONTENT, the spokesman wrote on Telegram."', words(postposed)),
  rule(
    'extract/attribution-participle',
    '"…, saying CONTENT", "with each saying CONTENT"',
    words(participle),
  ),
  rule(
    'extract/attribution-preposed',
    '"Israel claims it struck …", "X confirmed on Monday that CONTENT", "X called for talks"',
    words(preposed),
  ),
  rule(
    'extract/attribution-headline',
    '"Former Aide Says Plant Was Unsafe": a title-case headline verb between its speaker and content',
    headline,
  ),
  rule(
    'extract/attribution-statement-noun',
    '"his claim that CONTENT", "the allegation that CONTENT": a statement noun and its clause',
    statementNoun,
  ),
  rule(
    'extract/attribution-nominal-clause',
    '"media pronouncements that CONTENT", "charges that CONTENT": a statement noun with no possessive owner',
    nominalClause,
  ),
  rule(
    'extract/attribution-survey-clause',
    '"Trump did well in online polls": a clause set in a survey, which is its source',
    surveyClause,
  ),
  rule(
    'extract/attribution-document-opener',
    '"In the new poll, CONTENT": a sentence opening with a document or survey as its source',
    documentOpener,
  ),
  rule(
    'extract/attribution-topic-noun',
    '"his criticism of the plan", "concerns about the budget": a noun phrase as content, not compared',
    topicNounRule,
  ),
  rule(
    'extract/attribution-topic-verb',
    '"Trump talked about jobs", "warned against cuts": a noun phrase as content, not compared',
    topicVerbRule,
  ),
  rule(
    'extract/attribution-topic-object',
    '"The senator downplayed the risks": a WordNet verb of communication and its object, not compared',
    topicObjectRule,
  ),
  rule(
    'extract/attribution-passive',
    '"His views were echoed by the mayor": a passive reporting verb, its subject as content, not compared',
    passiveRule,
  ),
];

/** Passes after the rules: every sentence of a quotation (or a transcript paragraph) gets its speaker. */
export const CONTINUATION_RULES: readonly Rule<ContinuationPass>[] = [
  {
    id: 'extract/attribution-quote-continuation',
    stage: 'extract',
    summary: "a sentence inside a quotation carries the quotation's tag: speaker, cue and stance",
    run: followQuotes,
  },
  {
    id: 'extract/attribution-colon-continuation',
    stage: 'extract',
    summary: 'the sentences after "NAME: …" in its paragraph are that speaker\'s',
    run: followColons,
  },
  {
    id: 'extract/attribution-tag-continuation',
    stage: 'extract',
    summary: "a quotation opening a sentence after its paragraph's tagged sentence is that speaker's",
    run: followTaggedSentence,
  },
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
      const draft = rule.run(ctx);
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
function resolveSpeakers(found: AttributionDraft[][], paragraphs: readonly number[]): AttributionDraft[][] {
  const recent: { at: number; speaker: ActorRef | null }[] = [];
  let head = 0;
  return found.map((drafts, at) => {
    while (head < recent.length && recent[head].at < at - LOOKBACK) head++;
    const window = recent.slice(head);
    const candidates = window.map((r) => r.speaker);
    // "the statement continued" may name any speaker, so only one of its own paragraph: paragraph
    // order must not change whose statement it is.
    const local = window.filter((r) => paragraphs[r.at] === paragraphs[at]).map((r) => r.speaker);
    const resolved = drafts.map((draft) => {
      const speaker = draft.speaker && resolvePronoun(draft.speaker, candidates, local);
      candidates.push(speaker);
      local.push(speaker);
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
  // A cue inside a quotation is the quoted speaker's own reporting, not the outlet's sourcing; but a
  // transcript line quoted whole ("\"WALLACE: Let's start …") still opens with its speaker's name.
  const inQuote = (d: AttributionDraft) =>
    d.ruleId !== 'extract/attribution-colon' && quoted(d.cue.start, d.cue.end);
  const all = sentences.map((s, i) =>
    attributionsIn(s, source.text, sentences[i + 1]).filter((d) => !inQuote(d)),
  );
  // Noun-phrase contents ("his criticism of the plan") stay out of pronoun resolution and quotation
  // following, so that adding them changes no other attribution.
  const found = resolveSpeakers(
    all.map((ds) => ds.filter((d) => !d.contentKind)),
    sentences.map((s) => s.paragraph),
  );
  const topics = all.map((ds) => ds.filter((d) => d.contentKind));
  const bySentence = new Map(sentences.map((s, i) => [s.id, [...found[i], ...topics[i]]]));
  const ownerOf = new Map<AttributionDraft, AttributionDraft>();
  const input = { quotes, sentences, drafts: found, text: source.text };
  const continued: Continuation[] = [];
  for (const pass of CONTINUATION_RULES) continued.push(...pass.run({ ...input, earlier: continued }));
  for (const { draft, owner } of continued) {
    bySentence.get(draft.sentence)?.push(draft);
    ownerOf.set(draft, owner);
  }
  return { bySentence, ownerOf };
}
