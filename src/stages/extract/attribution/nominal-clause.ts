// A statement noun and its content clause where no possessive right before it names the owner: "media
// pronouncements that Clinton won", "charges that he misled viewers" (PolNeAR's guidelines count
// the noun as the cue, a noun before it as the source, and annotate a cue without a source too:
// Newell, Margolin & Ruths 2018). statementNoun (nominal.ts) takes the nouns with an owner; this rule
// runs after it. "that" must open a content clause, not a relative one: a subject right after it
// and a verb later ("the charges that followed" and "the charge that he denied" are relative clauses).
import { isRoleNoun } from '../../../lexicons/role-nouns.js';
import type { Token } from '../../../model/source.js';
import { phraseEndingAt, type TokenRange } from '../../../text/noun-phrase.js';
import { type AttributionRule, attribution, clauseEnd, speakerOf } from './context.js';
import { GENITIVE, POSSESSIVE } from './topic.js';

/** Words that can open the subject of a content clause ("that the", "that he", "that Clinton"). */
const SUBJECT_START = new Set(['DET', 'PRON', 'PROPN', 'NOUN', 'NUM']);

/** The words of a verb group: "has not been", "is trying to". */
const VERB_GROUP = new Set(['VERB', 'AUX', 'PART', 'ADV']);

/** Modifiers between an owner and its noun: "Trump's long-held demand", "the union's repeated claims". */
const MODIFIER = new Set(['ADJ', 'ADV', 'VERB']);

/**
 * The source before the cue noun: a genitive over its modifiers ("Trump's repeated claim"), or
 * the nouns right before it when they name someone (a name or a WordNet noun for people or
 * organisations: "union demands"); 'pronoun' for a possessive pronoun over modifiers.
 */
function ownerOf(tokens: Token[], noun: number): TokenRange | 'pronoun' | null {
  let k = noun - 1;
  while (k > 0 && (MODIFIER.has(tokens[k].pos) || tokens[k].pos === 'NOUN' || tokens[k].text === '-')) k--;
  if (k >= 0 && k < noun - 1 && POSSESSIVE.test(tokens[k].lower)) return 'pronoun';
  if (k >= 0 && k < noun - 1 && GENITIVE.test(tokens[k].text)) return phraseEndingAt(tokens, k - 1);
  let first = noun;
  while (first > 0 && (tokens[first - 1].pos === 'NOUN' || tokens[first - 1].pos === 'PROPN')) first--;
  // "Democratic charges", "union demands": a name or a noun for people; not "surprise announcement".
  const source = tokens.slice(first, noun);
  const speaks = source.some((t) => t.pos === 'PROPN' || isRoleNoun(t.lemma));
  return first < noun && speaks ? { first, last: noun - 1 } : null;
}

/**
 * Whether the clause from token `k` (after "that") has a subject and a verb group followed by its
 * complement. A verb group followed by a preposition, a punctuation mark or nothing lacks its object:
 * "the agreement that the nations reached in Paris", "the speculation that he has generated from …"
 * are relative clauses. (An intransitive verb with a preposition is lost too: precision first.)
 */
function contentClause(tokens: Token[], k: number, end: number): boolean {
  if (!SUBJECT_START.has(tokens[k]?.pos ?? '')) return false;
  let i = k + 1;
  while (i < tokens.length && tokens[i].start < end && tokens[i].pos !== 'VERB' && tokens[i].pos !== 'AUX')
    i++;
  if (i >= tokens.length || tokens[i].start >= end) return false;
  while (i < tokens.length && VERB_GROUP.has(tokens[i].pos)) i++;
  const after = tokens[i];
  return !!after && after.start < end && after.pos !== 'ADP' && after.pos !== 'PUNCT';
}

const isVerb = (t: Token): boolean => t.pos === 'VERB' || t.pos === 'AUX';

/**
 * A that-clause in the subject ("Pronouncements that Clinton won the debate did not move the
 * polls") ends where the main clause's verb group starts: the second verb group after "that".
 */
function subjectClauseEnd(tokens: Token[], k: number): number {
  let groups = 0;
  for (let i = k; i < tokens.length; i++) {
    if (!isVerb(tokens[i]) || (i > k && VERB_GROUP.has(tokens[i - 1].pos))) continue;
    groups++;
    if (groups === 2) return tokens[i].start;
  }
  return Number.POSITIVE_INFINITY;
}

/** "media pronouncements that CONTENT", "charges that CONTENT": the modifier (if any) is the source. */
export const nominalClause: AttributionRule = (ctx) => {
  const { tokens, cue } = ctx;
  if (cue.entry.kind !== 'noun' || tokens[cue.last + 1]?.lower !== 'that') return null;
  // An owner right before the noun is statementNoun's; when it declined, the clause was no content clause.
  const before = tokens[cue.first - 1];
  if (before && (POSSESSIVE.test(before.lower) || GENITIVE.test(before.text))) return null;
  const k = cue.last + 2;
  // "charges that X, the report said …": the clause ends at the first comma.
  let comma = k;
  while (comma < tokens.length && tokens[comma].text !== ',') comma++;
  let end = comma < tokens.length ? Math.min(tokens[comma].start, clauseEnd(ctx)) : clauseEnd(ctx);
  if (!contentClause(tokens, k, end)) return null;
  if (!tokens.slice(0, cue.first).some(isVerb)) end = Math.min(end, subjectClauseEnd(tokens, k));
  const owner = ownerOf(tokens, cue.first);
  // "its long-held demand", "his on-camera claim": the owner is a possessive pronoun, which only a
  // resolved pronoun could name (statementNoun's when it stands right before the noun).
  if (owner === 'pronoun') return null;
  const speaker = owner ? speakerOf(ctx, owner) : null;
  return attribution(ctx, 'extract/attribution-nominal-clause', speaker, tokens[k].start, end);
};
