// Postposed cues close the sentence: "CONTENT, the spokesman wrote on Telegram.",
// "CONTENT, the ministry added.", and the inverted "“…,” said Ostrander." After a fronted adjunct
// with no finite verb ("In her letter, the dean proclaimed a motto of …", "Leaving the hall, …";
// fronted-adjunct.ts) the content follows the cue, and the rule keeps it only where preposed does
// not read it the same way.
import type { Token } from '../../../model/source.js';
import { phraseStartingAt, subjectOf } from '../../../text/noun-phrase.js';
import { isClosingQuote } from '../../../text/quotes.js';
import { opensWithAsked } from './asked.js';
import { relativeAntecedent } from './can-speak.js';
import { isVerb } from './content-end.js';
import { type AttributionRule, attribution, clauseEnd, speakerOf } from './context.js';
import type { Cue } from './cue.js';
import { distantSubject } from './distant-subject.js';
import { adverbialOnly, contentAfter } from './fronted-adjunct.js';
import { preposed } from './preposed.js';
import { withoutTime } from './speaker-time.js';

/** Punctuation that ends the content before a postposed cue. */
const BOUNDARY = /^(?:,|:|;|—|–|”|"|’|')$/u;

/**
 * After the cue only a short adjunct may follow ("on Telegram", "in a video titled …", "told
 * reporters"). A finite verb, "that" or an opening quotation mark after the cue means the cue opens
 * its own content ("Perry stated, “…”").
 */
function shortTail(tokens: Token[], from: number): boolean {
  let k = from;
  for (; k < tokens.length && k - from <= 10; k++) {
    const t = tokens[k];
    // "said Dr. Lindqvist (an opinion her colleagues share)": a parenthesis after the tag is an aside.
    if (/^[,;.!?—–(]$/u.test(t.text) || BOUNDARY.test(t.text)) break;
    // "a video titled …": a participle right after a noun modifies it.
    const modifier = t.pos === 'VERB' && /(?:ed|en)$/u.test(t.lower) && tokens[k - 1]?.pos === 'NOUN';
    // "she said after hearing the verdict": a gerund after a preposition is an adjunct's.
    if (t.pos === 'VERB' && t.lower.endsWith('ing') && tokens[k - 1]?.pos === 'ADP') break;
    if ((isVerb(t) && !modifier) || t.lower === 'that') return false;
  }
  // "Perry stated, “just when …": a cue that opens a quotation is preposed, not a tag.
  const opensQuote = /^[,:]$/u.test(tokens[k]?.text ?? '') && /^[“"]$/u.test(tokens[k + 1]?.text ?? '');
  return k - from <= 10 && !(opensQuote && k + 2 < tokens.length && /\p{L}/u.test(tokens[k + 2].text));
}

/** Index of the last boundary token before `i` with content before it, or -1. */
function boundaryBefore(tokens: Token[], i: number): number {
  let k = i - 1;
  while (k > 0 && BOUNDARY.test(tokens[k].text)) k--;
  return k > 0 && k < i - 1 ? k : -1;
}

/**
 * "…; no weapon was found in the car", "…, he was told": a cue after a form of "be" is a passive,
 * whose subject is what was found, said or told, never its speaker (Quirk et al. 1985, 3.63 ff.).
 * Regular participles are read as passive cues already (cue.ts `passiveBe`); irregular ones
 * ("found", "told", "said") reach this rule. "'s" may be "has" ("she's found") and is left alone,
 * and so is a progressive ("he was speaking").
 */
function afterBe(tokens: Token[], cue: Cue): boolean {
  // "he was speaking": a progressive, whose subject is the speaker.
  if (tokens[cue.first].lower.endsWith('ing')) return false;
  let k = cue.first - 1;
  while (k >= 0 && tokens[k].pos === 'ADV') k--;
  const t = tokens[k];
  return t !== undefined && t.lemma === 'be' && !/^['’]/u.test(t.text);
}

/** "CONTENT, X said [adjunct]": speaker before the cue, content before the comma. */
export const postposed: AttributionRule = (ctx) => {
  const { tokens, cue, sentence } = ctx;
  if (!shortTail(tokens, cue.last + 1) || afterBe(tokens, cue)) return null;
  const near = subjectOf(tokens, cue.first);
  const np = withoutTime(
    tokens,
    near && BOUNDARY.test(tokens[near.first - 1]?.text ?? '') ? near : distantSubject(tokens, cue, ctx.cues),
  );
  if (!np || np.first === 0) return null;
  const end = boundaryBefore(tokens, np.first);
  if (end < 0) return null;
  // "Asked why the ferry was late, the captain said …": the question put to the speaker is not
  // what the speaker said; preposed takes the cue's content after it.
  if (opensWithAsked(tokens)) return null;
  // A WordNet frame-26 verb tags a quotation only ("“…,” the treasurer retorted"): after a plain
  // clause it is often no speech at all ("At 7:16 p.m., the spokeswoman weighed in").
  if (cue.entry.frame === 'clause' && !tokens.slice(end, np.first).some((t) => isClosingQuote(t.text)))
    return null;
  // "On the radio, the treasurer said the levy …", "At the fair, the clerk called the fee a failure":
  // before the comma stands a fronted adverbial (no finite verb, no quotation), which states nothing;
  // the cue's content is what follows it (Quirk et al. 1985, 8.8: adjuncts in initial position).
  // That is preposed's reading: when preposed finds the same content, it keeps its own rule id.
  const after = adverbialOnly(tokens, end) ? contentAfter(tokens, cue.last + 1, cue.entry.lemma) : -1;
  if (after >= 0 && tokens[after].start < clauseEnd(ctx)) {
    const claim = attribution(
      ctx,
      'extract/attribution-postposed',
      speakerOf(ctx, np),
      tokens[after].start,
      clauseEnd(ctx),
    );
    const pre = preposed(ctx);
    return pre && claim && pre.content.start === claim.content.start && pre.content.end === claim.content.end
      ? null
      : claim;
  }
  return attribution(
    ctx,
    'extract/attribution-postposed',
    speakerOf(ctx, np),
    sentence.start,
    tokens[end].end,
  );
};

/**
 * A subject set off from the cue by its relative clause ("The captain, who …, told") or by
 * phrases with no verb ("Ada Ruiz, an aide, noted …"; not "Ruiz, a lawyer, will not run, said X").
 */
function setOffSubject(tokens: Token[], cue: Cue, cues: readonly Cue[]): boolean {
  const np = distantSubject(tokens, cue, cues);
  if (!np) return false;
  const between = tokens.slice(np.last + 1, cue.first);
  return relativeAntecedent(tokens, np) || !between.some(isVerb);
}
/** Object pronouns are addressees ("…,” Mr. King told me), never an inverted speaker. */
const OBJECT_PRONOUN = /^(?:me|him|her|us|them|it|you)$/iu;

/**
 * "CONTENT,” said X": the inverted order of quotations. After a plain comma only a named or
 * definite speaker of a speech verb counts: "…, declared bankruptcy" and "…, citing a threat"
 * are a clause's verb and object, not a tag.
 */
export const inverted: AttributionRule = (ctx) => {
  const { tokens, cue, sentence } = ctx;
  if (!BOUNDARY.test(tokens[cue.first - 1]?.text ?? '') || tokens[cue.first].lower.endsWith('ing'))
    return null;
  const np = withoutTime(tokens, phraseStartingAt(tokens, cue.last + 1));
  if (!np || !shortTail(tokens, np.last + 1) || OBJECT_PRONOUN.test(tokens[np.first].text)) return null;
  const quoted = tokens.slice(Math.max(0, cue.first - 2), cue.first).some((t) => isClosingQuote(t.text));
  const named =
    tokens.slice(np.first, np.last + 1).some((t) => t.pos === 'PROPN') || tokens[np.first].lower === 'the';
  if (!quoted && (cue.entry.frame === 'object' || cue.entry.frame === 'clause' || !named)) return null;
  // "The captain, who …, told the crew, which …", "Ada Ruiz, the mayor's aide, noted the rule": a
  // subject set off by its relative clause or appositive before the verb leaves no clause to be
  // content, so the verb is not inverted (Quirk et al. 1985, 17.65ff on appositives).
  if (!quoted && setOffSubject(tokens, cue, ctx.cues)) return null;
  const end = boundaryBefore(tokens, cue.first);
  if (end < 0) return null;
  return attribution(
    ctx,
    'extract/attribution-inverted',
    speakerOf(ctx, np),
    sentence.start,
    tokens[end].end,
  );
};
