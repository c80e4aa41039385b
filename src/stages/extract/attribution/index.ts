// The attribution rule lists, in order: the rules tried for each reporting cue of a sentence, and
// (declared in continuations.ts, re-exported here) the continuation passes that give later sentences
// of a quotation their speaker. The rules are run by sentence-attributions.ts, the passes by
// continuations.ts, both from source-attributions.ts.
import type { Rule } from '../../../model/rule.js';
import { accordingTo } from './according-to.js';
import { asNoted } from './as-noted.js';
import { asPutIt } from './as-put-it.js';
import { askedOpener } from './asked.js';
import { colon, colonTag } from './colon.js';
import type { AttributionRule } from './context.js';
import { headline } from './headline.js';
import { hedge } from './hedge.js';
import { documentOpener, statementNoun } from './nominal.js';
import { nominalClause } from './nominal-clause.js';
import { surveyClause } from './nominal-survey.js';
import { participle } from './participle.js';
import { passiveRule } from './passive.js';
import { inverted, postposed } from './postposed.js';
import { preposed } from './preposed.js';
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
    'extract/attribution-as-noted',
    '"As the mayor noted, CONTENT" / "CONTENT, as the mayor pointed out": a comment clause with a reporting verb',
    asNoted,
  ),
  rule(
    'extract/attribution-colon',
    '"Ostrander: Bridge Tolls Will Stay": a name, a colon, what they say',
    colon,
  ),
  rule(
    'extract/attribution-hedge',
    '"The general reportedly resigned": a hedged clause, no named speaker',
    hedge,
  ),
  rule('extract/attribution-colon-tag', '"Ostrander continued:" and the next sentence as content', colonTag),
  rule(
    'extract/attribution-what-claimed',
    '"in what the Tel Aviv regime claimed was its most extensive strike"',
    words(whatClaimed),
  ),
  rule('extract/attribution-inverted', '"“CONTENT,” said Ostrander."', words(inverted)),
  rule(
    'extract/attribution-postposed',
    '"CONTENT, the spokesman wrote on Telegram."; after a fronted adjunct with no finite verb (a prepositional phrase, an opening participle clause) what follows the cue, where preposed misses it',
    words(postposed),
  ),
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
    'extract/attribution-asked',
    '"Asked about the delay, the mayor said …": the question put to the main subject, no speaker, not compared',
    askedOpener,
  ),
  rule(
    'extract/attribution-passive',
    '"Her plan was praised by the mayor": a passive reporting verb, its subject as content, not compared',
    passiveRule,
  ),
];

/** Passes after the rules (continuations.ts): every sentence of a quotation gets its speaker. */
export { CONTINUATION_RULES } from './continuations.js';
