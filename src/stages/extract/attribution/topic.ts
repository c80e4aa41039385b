// Cues whose content is a noun phrase, not a proposition: a reporting noun with its preposition
// ("his criticism of the plan", "concerns about the budget", "the call for talks") and a reporting
// verb with one ("talked about jobs", "warned against cuts"). PolNeAR and PARC count them as
// attributions (Pareti 2016, §3: the content may be a noun phrase); the claim is marked
// `contentKind: non-proposition` so that nothing is compared as though the speaker had stated it.
// A refusal ("declined to comment") names an act, not a proposition, and is marked the same way.

import { topicNoun } from '../../../lexicons/reporting-nouns.js';
import { functionWords, posClass } from '../../../lexicons/word-sets.js';
import type { Token } from '../../../model/source.js';
import { phraseEndingAt, phraseStartingAt, subjectOf } from '../../../text/noun-phrase.js';
import { quotationAt } from '../../../text/quotes.js';
import { canSpeak } from './can-speak.js';
import {
  type AttributionRule,
  attribution,
  type CueContext,
  clauseEnd,
  notProposition,
  speakerOf,
} from './context.js';
import type { Cue } from './cue.js';
import { cueSubject } from './distant-subject.js';
import { objectTopic, spokenMessage } from './message-object.js';
import { headsTime, withoutTime } from './speaker-time.js';

/** A possessive determiner or the genitive 's before a reporting noun names its owner: "his claim", "Trump's call". */
export const POSSESSIVE = /^(?:his|her|its|their|our)$/u;
export const GENITIVE = /^['’]s$/u;
/** Prepositions after a reporting verb that introduce what the speech is about (Quirk et al. 1985, ch. 16: prepositional verbs). */
const VERB_TOPICS = new Set(['about', 'against', 'over', 'of']);

/** "criticism of": a noun of the lexicon right before one of its prepositions; the cue spans both. */
export function topicCue(tokens: Token[], i: number): Cue | undefined {
  const t = tokens[i];
  const prep = tokens[i + 1];
  // wink tags a capitalised first word as a name: "Questions about the budget remain."
  const noun0 = t.pos === 'NOUN' || (i === 0 && t.pos === 'PROPN');
  if (!noun0 || prep?.pos !== 'ADP') return undefined;
  const forms = [t.lemma, t.lower, t.lower.replace(/s$/u, '')];
  const noun = forms.map((f) => topicNoun(f, prep.lower)).find(Boolean);
  if (!noun) return undefined;
  return {
    first: i,
    last: i + 1,
    entry: { lemma: noun.noun, kind: 'topic', stance: noun.stance, frame: 'object' },
  };
}

/** The noun phrase (or "-ing" clause) from token `k`: the content of a topic cue. */
function topicContent(ctx: CueContext, k: number): { start: number; end: number } | null {
  const { tokens } = ctx;
  // "talked about bringing jobs back": a gerund clause runs to the clause's end.
  if (tokens[k]?.pos === 'VERB' && tokens[k].lower.endsWith('ing'))
    return { start: tokens[k].start, end: clauseEnd(ctx) };
  const np = phraseStartingAt(tokens, k);
  if (!np) return null;
  return { start: tokens[np.first].start, end: tokens[np.last].end };
}

/** "his criticism of", "Trump's call for", "the mayor's concerns about": the possessor, if any. */
function possessor(ctx: CueContext, noun: number): ReturnType<typeof speakerOf> | null {
  const { tokens } = ctx;
  let k = noun - 1;
  // "his infamous comment about", "their growing concerns over": modifiers between.
  while (k >= 0 && (tokens[k].pos === 'ADJ' || tokens[k].pos === 'ADV')) k--;
  const before = tokens[k];
  if (!before) return null;
  if (POSSESSIVE.test(before.lower)) return speakerOf(ctx, { first: k, last: k });
  if (!GENITIVE.test(before.text)) return null;
  const np = phraseEndingAt(tokens, k - 1);
  return np ? speakerOf(ctx, np) : null;
}

/** "his criticism of THE PLAN": the possessor (if any) is the source, the noun phrase the content. */
export const topicNounRule: AttributionRule = (ctx) => {
  if (ctx.cue.entry.kind !== 'topic') return null;
  const content = topicContent(ctx, ctx.cue.last + 1);
  if (!content) return null;
  const speaker = possessor(ctx, ctx.cue.first);
  return notProposition(
    attribution(ctx, 'extract/attribution-topic-noun', speaker, content.start, content.end),
  );
};

/** "Trump talked about JOBS", "the senator warned against CUTS": a reporting verb, a preposition, a noun phrase. */
export const topicVerbRule: AttributionRule = (ctx) => {
  const { tokens, cue } = ctx;
  if (cue.entry.kind !== 'verb' || tokens[cue.first].pos !== 'VERB') return null;
  if (cue.entry.frame === 'act') return refusal(ctx);
  // "spoke out against": the particle stays with the verb.
  const prep = tokens[cue.last + 1]?.lower === 'out' ? cue.last + 2 : cue.last + 1;
  if (!VERB_TOPICS.has(tokens[prep]?.lower ?? '') || timeAfter(tokens, prep)) return null;
  const np = withoutTime(tokens, subjectOf(tokens, cue.first));
  const content = topicContent(ctx, prep + 1);
  if (!np || !content) return null;
  const speaker = speakerOf(ctx, np);
  return notProposition(
    attribution(ctx, 'extract/attribution-topic-verb', speaker, content.start, content.end),
  );
};

/**
 * "complained over the weekend": a preposition of time (Quirk et al. 1985, §9.34-9.40) before a
 * phrase of time words is an adjunct of time, not what was said ("warned over the cuts" is).
 */
function timeAfter(tokens: Token[], prep: number): boolean {
  if (!functionWords('time-preposition').has(tokens[prep].lower)) return false;
  const np = phraseStartingAt(tokens, prep + 1);
  return !!np && headsTime(tokens, np);
}

/**
 * "The senator downplayed THE RISKS": a verb of communication whose WordNet frame takes an object
 * ("Somebody ----s something", reporting-verbs-wordnet.yaml); the object is what was said about,
 * not a proposition; so is a quotation right after the verb ("the clerk had typed “closed”"). A
 * participle right after a noun modifies it ("an ad touting his plan"): no cue.
 */
export const topicObjectRule: AttributionRule = (ctx) => {
  const { tokens, cue } = ctx;
  if (!objectTopic(cue) || tokens[cue.first].pos !== 'VERB') return null;
  const next = tokens[cue.last + 1]?.pos ?? '';
  const quoted = quotationAt(tokens, cue.last + 1);
  if (!quoted && !posClass('object-start').has(next) && next !== 'PRON') return null;
  if (tokens[cue.first].lower.endsWith('ing') && tokens[cue.first - 1]?.pos === 'NOUN') return null;
  const np = withoutTime(tokens, cueSubject(tokens, cue, ctx.cues));
  const message = cue.entry.frame !== 'topic';
  if (message && !spokenMessage(tokens, cue.last + 1, np, quoted)) return null;
  const content = quoted ?? topicContent(ctx, cue.last + 1);
  if (!np || !content || !canSpeak(tokens.slice(np.first, np.last + 1))) return null;
  const draft = attribution(
    ctx,
    'extract/attribution-topic-object',
    speakerOf(ctx, np),
    content.start,
    content.end,
  );
  return notProposition(draft);
};

/** "The mayor declined TO COMMENT", "refuses TO RELEASE HIS RETURNS": the infinitive is the act refused. */
const refusal: AttributionRule = (ctx) => {
  const { tokens, cue } = ctx;
  if (tokens[cue.last + 1]?.lower !== 'to' || tokens[cue.last + 2]?.pos !== 'VERB') return null;
  const np = withoutTime(tokens, cueSubject(tokens, cue, ctx.cues));
  if (!np) return null;
  const draft = attribution(
    ctx,
    'extract/attribution-topic-verb',
    speakerOf(ctx, np),
    tokens[cue.last + 1].start,
    clauseEnd(ctx),
  );
  return notProposition(draft);
};
