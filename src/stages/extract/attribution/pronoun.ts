// Pronoun speakers ("he wrote on Telegram", "It also blamed …") and definite descriptions
// ("the spokesman wrote") are resolved to the most
// recent full speaker in the same or the previous sentence. The mention keeps the pronoun's
// own offsets; the antecedent is recorded beside it.

import { isPersonTitle } from '../../../lexicons/person-titles.js';
import type { ActorRef } from '../../../model/claim.js';
import { bare } from '../../../text/name-runs.js';
import { speakerKind } from '../../../text/speaker-kind.js';
import { mentionNumber } from './pronoun-number.js';

const PRONOUN = /^(?:he|she|it|they|we)$/iu;
// "the spokesman wrote", "the ministry added": a definite description of a speaker named before.
const DEFINITE =
  /^the\s+(?:\w+\s+)?(spokesman|spokeswoman|spokesperson|ministry|minister|official|officials|statement|agency|president|envoy)$/iu;

/** Whether a speaker mention is a bare personal pronoun. */
export function isPronoun(ref: ActorRef): boolean {
  return PRONOUN.test(ref.text);
}

/** Whether a mention needs an antecedent: a pronoun, or a definite description with no group. */
function isAnaphor(ref: ActorRef): boolean {
  return isPronoun(ref) || (ref.group === null && DEFINITE.test(ref.text));
}

/**
 * A personal pronoun agrees with its antecedent in number (Quirk et al. 1985, 6.10; Huddleston &
 * Pullum 2002, ch. 17): "he", "she" and "it" never take "20 people" or "experts" (but do take the
 * officials or words of a known actor); "they" takes a plural or a name (an organisation may be "they"), not
 * a singular common noun ("the statement").
 */
function agrees(ref: ActorRef, candidate: ActorRef): boolean {
  const pronoun = ref.text.toLowerCase();
  const number = mentionNumber(candidate.text);
  // "they" takes a plural, or a name of unknown number (an organisation may be "they").
  if (pronoun === 'they') return number !== 'singular';
  // "Harbour officials said … It also blamed …", "the senator’s remarks hinted … she said": a plural
  // phrase of a known actor (its officials, his comments) speaks for that actor, which may be singular.
  return pronoun === 'we' || number !== 'plural' || candidate.group !== null;
}

/** Whether a mention holds a person's title ("Mr.", "Rep.", "Mayor"). */
const titled = (text: string) => text.split(/[\s,]+/u).some((w) => isPersonTitle(bare(w)));

/**
 * "he" and "she" refer to persons, "it" to things and bodies (Quirk et al. 1985, 6.10–6.12: the
 * personal / non-personal contrast of the third-person singular): "he" never takes "The Harbour
 * Gazette" or "a statement", "it" never takes "Mr. Ivo Lind". Known only when the mention's kind is
 * (speaker-kind.ts: a titled name is a person, "the" + name a body, a text's noun a document);
 * an unknown kind ("Ryan") fits either. "Israeli officials … It also blamed": officials of a known
 * actor speak for it, as `agrees` allows. Issue 11: speakers resolved to a compatible speaker.
 */
function personalFits(pronoun: string, candidate: ActorRef): boolean {
  if (pronoun !== 'he' && pronoun !== 'she' && pronoun !== 'it') return true;
  const kind = speakerKind(candidate.text);
  // A person only with a title ("Mr. Kim", "Rep. …"): two capitalised words may name a body too
  // ("Protect Democracy").
  if (pronoun === 'it')
    return (
      !(kind === 'person' && titled(candidate.text)) &&
      !(kind === 'official' && mentionNumber(candidate.text) !== 'plural')
    );
  // A state's or armed group's labels hold its leaders' names ("Netanyahu"), and an apposition
  // joins a body and a person ("A spokesman for the committee, Ana Ruiz"): both kept as `agrees`
  // has them. Not after "the": "The Washington Post" holds an actor's label but names a paper.
  const leader = candidate.group !== null && !/^the\s/iu.test(candidate.text);
  if (leader || candidate.text.includes(',')) return true;
  return kind !== 'organisation' && kind !== 'document';
}

/** A description fits a candidate that names the same kind of speaker ("the ministry" ~ "… Foreign Ministry"). */
function fits(ref: ActorRef, candidate: ActorRef): boolean {
  if (isPronoun(ref)) return agrees(ref, candidate) && personalFits(ref.text.toLowerCase(), candidate);
  const head = DEFINITE.exec(ref.text)?.[1]?.toLowerCase();
  // "the statement continued": a statement is its issuer's words, whoever last spoke (in its paragraph).
  if (!head || head === 'statement') return true;
  const stem = head.replace(/(?:man|woman|person)$/u, '').replace(/s$/u, '');
  return candidate.text.toLowerCase().includes(stem);
}

/**
 * Resolves a pronoun to the last candidate that is not itself an unresolved pronoun
 * (candidates in text order; `local` are those of its own paragraph). Returns the mention unchanged
 * when nothing fits.
 */
export function resolvePronoun(
  ref: ActorRef,
  candidates: (ActorRef | null)[],
  local: (ActorRef | null)[] = candidates,
): ActorRef {
  if (!isAnaphor(ref)) return ref;
  // "the statement" fits any speaker, so it looks only in `local` (its own paragraph).
  const pool = /statement$/iu.test(ref.text) ? local : candidates;
  for (let i = pool.length - 1; i >= 0; i--) {
    const c = pool[i];
    if (!c || c.start >= ref.start) continue;
    // A resolved pronoun lends its antecedent only to the same pronoun: "it" (the White House)
    // and a later "He" are two referents, so "He" looks past it.
    if (isPronoun(c) && isPronoun(ref) && c.text.toLowerCase() !== ref.text.toLowerCase()) continue;
    const target = c.antecedent ? { ...c.antecedent, group: c.group } : isPronoun(c) ? null : c;
    if (!target || !fits(ref, target)) continue;
    return {
      ...ref,
      group: target.group,
      antecedent: { start: target.start, end: target.end, text: target.text },
    };
  }
  return ref;
}
