// A statement noun and its content clause where no possessive right before it names the owner: "union
// pronouncements that the strike worked", "charges that he misled patients" (PolNeAR's guidelines
// count the noun as the cue, a noun before it as the source, and annotate a cue without a source
// too: Newell, Margolin & Ruths 2018). statementNoun (nominal.ts) takes the nouns with an owner;
// this rule runs after it. "that" must open a content clause, not a relative one: a subject right
// after it, a verb later and the verb's complement ("the charges that followed", "the charge that he
// denied" and "the report that the panel released Tuesday" are relative clauses).
import { dateWords, relativesStartingWith } from '../../../lexicons/date-words.js';
import { isRoleNoun } from '../../../lexicons/role-nouns.js';
import type { Token } from '../../../model/source.js';
import { phraseEndingAt, type TokenRange } from '../../../text/noun-phrase.js';
import { contentEnd, inSubject, isVerb, VERB_GROUP } from './content-end.js';
import { type AttributionRule, attribution, speakerOf } from './context.js';
import { isYear } from './speaker-time.js';
import { GENITIVE, POSSESSIVE } from './topic.js';

/** Words that can open the subject of a content clause ("that the", "that he", "that Vance"). */
const SUBJECT_START = new Set(['DET', 'PRON', 'PROPN', 'NOUN', 'NUM']);

/** Modifiers between an owner and its noun: "the mayor's long-standing claim", "the union's repeated claims". */
const MODIFIER = new Set(['ADJ', 'ADV', 'VERB']);

/**
 * The source before the cue noun: a genitive over its modifiers ("the mayor's repeated claim"), or
 * the nouns right before it when they name someone (a name or a WordNet noun for people or
 * organisations: "union demands"); 'pronoun' for a possessive pronoun over modifiers. English noun
 * phrases put compound nouns next to the head and modifiers before them (Huddleston & Pullum 2002,
 * ch. 5), so the walk back crosses nouns, then modifiers, and stops at a noun left of a modifier:
 * in "the firm's lawyers fought allegations" the genitive is the lawyers', across a verb.
 */
function ownerOf(tokens: Token[], noun: number): TokenRange | 'pronoun' | null {
  let k = noun - 1;
  while (k > 0 && (tokens[k].pos === 'NOUN' || tokens[k].text === '-')) k--;
  while (k > 0 && (MODIFIER.has(tokens[k].pos) || tokens[k].text === '-')) k--;
  if (k >= 0 && k < noun - 1 && POSSESSIVE.test(tokens[k].lower)) return 'pronoun';
  if (k >= 0 && k < noun - 1 && GENITIVE.test(tokens[k].text)) return phraseEndingAt(tokens, k - 1);
  let first = noun;
  while (first > 0 && (tokens[first - 1].pos === 'NOUN' || tokens[first - 1].pos === 'PROPN')) first--;
  // "Democratic charges", "union demands": a name or a noun for people; not "surprise announcement".
  const source = tokens.slice(first, noun);
  const speaks = source.some((t) => t.pos === 'PROPN' || isRoleNoun(t.lemma));
  return first < noun && speaks ? { first, last: noun - 1 } : null;
}

/** Whether a time expression starts at token `i` ("Tuesday", "May", "last year", "2019"): an adjunct, no object. */
function timeAt(tokens: Token[], i: number): boolean {
  const words = dateWords();
  const t = tokens[i];
  if (words.weekdays.has(t.lower) || (t.pos === 'PROPN' && words.months.has(t.lower))) return true;
  if (isYear(t.text)) return true;
  return relativesStartingWith(t.lower).some((r) => r.words.every((w, j) => tokens[i + j]?.lower === w));
}

/**
 * Whether the clause from token `k` (after "that") has a subject and a verb group followed by its
 * complement. A verb group followed by a preposition, a punctuation mark, a time expression or
 * nothing lacks its object: "the agreement that the towns reached in May", "the report that the
 * panel released Tuesday" are relative clauses. In the subject, a lone noun before the main verb may
 * be a second object ("the statement that she gave reporters was brief"): a bare plural noun for
 * people there does not count.
 * (An intransitive verb with a preposition or a time is lost too: precision first.)
 */
function contentClause(tokens: Token[], k: number, end: number, subject: boolean): boolean {
  if (!SUBJECT_START.has(tokens[k]?.pos ?? '')) return false;
  let i = k + 1;
  while (i < tokens.length && tokens[i].start < end && !isVerb(tokens[i])) i++;
  if (i >= tokens.length || tokens[i].start >= end) return false;
  while (i < tokens.length && VERB_GROUP.has(tokens[i].pos)) i++;
  const after = tokens[i];
  if (!after || after.start >= end || after.pos === 'ADP' || after.pos === 'PUNCT' || timeAt(tokens, i))
    return false;
  // The second object of "gave", "told", "showed" names who receives it: a bare plural noun for
  // people ("gave reporters"); a bare singular is an idiom's object ("leave office", "pay damages").
  const plural = after.lemma !== after.lower;
  const recipient =
    after.pos === 'NOUN' && plural && isRoleNoun(after.lemma) && (tokens[i + 1]?.start ?? end) >= end;
  return !(subject && recipient);
}

/** "union pronouncements that CONTENT", "charges that CONTENT": the modifier (if any) is the source. */
export const nominalClause: AttributionRule = (ctx) => {
  const { tokens, cue } = ctx;
  if (cue.entry.kind !== 'noun' || tokens[cue.last + 1]?.lower !== 'that') return null;
  // An owner right before the noun is statementNoun's; when it declined, the clause was no content clause.
  const before = tokens[cue.first - 1];
  if (before && (POSSESSIVE.test(before.lower) || GENITIVE.test(before.text))) return null;
  const k = cue.last + 2;
  const subject = inSubject(tokens, cue.first);
  const end = contentEnd(ctx, k, subject);
  if (!contentClause(tokens, k, end, subject)) return null;
  const owner = ownerOf(tokens, cue.first);
  // "its repeated demand", "his earlier claim": the owner is a possessive pronoun, which only a
  // resolved pronoun could name (statementNoun's when it stands right before the noun).
  if (owner === 'pronoun') return null;
  const speaker = owner ? speakerOf(ctx, owner) : null;
  return attribution(ctx, 'extract/attribution-nominal-clause', speaker, tokens[k].start, end);
};
