// Pronoun speakers ("he wrote on Telegram", "It also blamed …") and definite descriptions
// ("the spokesman wrote") are resolved to the most recent fitting speaker in the same or the two
// previous sentences (resolve-speakers.ts, LOOKBACK). The mention keeps the pronoun's
// own offsets; the antecedent is recorded beside it.

import { courtesyGender, isAbbreviatedTitle } from '../../../lexicons/person-titles.js';
import { isPerson } from '../../../lexicons/role-nouns.js';
import { roleKind } from '../../../lexicons/speaker-kinds.js';
import type { ActorRef } from '../../../model/claim.js';
import type { SpeakerKind } from '../../../model/profile.js';
import { bare } from '../../../text/name-runs.js';
import { headPhrase } from '../../../text/speaker-head.js';
import { speakerKind } from '../../../text/speaker-kind.js';
import { mentionHeadLemma, mentionNumber } from './pronoun-number.js';

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
 * Pullum 2002, ch. 17): "he", "she" and "it" never take "20 people" or "experts" ("it" does take
 * the officials or words of a known actor, "he" and "she" only its words); "they" takes a plural or
 * a name (an organisation may be "they"), not a singular common noun ("the statement").
 */
function agrees(ref: ActorRef, candidate: ActorRef): boolean {
  const pronoun = ref.text.toLowerCase();
  const number = mentionNumber(candidate.text);
  // "they" takes a plural, or a name of unknown number (an organisation may be "they").
  if (pronoun === 'they') return number !== 'singular';
  // "Israeli officials said … It also blamed …", "Comments by Netanyahu … He added": a plural phrase
  // of a known actor speaks for that actor, which may be singular; but "he" and "she" stand for one
  // person, never for several persons ("Senior White House officials": a head that WordNet files
  // under person; review of rev18, fault 6).
  if (pronoun === 'we' || number !== 'plural') return true;
  return candidate.group !== null && (pronoun === 'it' || !isPerson(mentionHeadLemma(candidate.text)));
}

/** The words of each comma-separated part of a mention ("Its director, Mr. Ivo Lind" → two parts). */
const partsOf = (text: string) => text.split(',').map((part) => part.trim().split(/\s+/u).filter(Boolean));

/**
 * The gender a courtesy title opening a part of the mention says ("Ms. Ana Ruiz" a woman), if any;
 * not a title of a possessor ("Ms. Ruiz's deputy", "Mrs. Clinton's campaign manager": another
 * person's; review of rev18, fault 5).
 */
function titledGender(text: string): 'male' | 'female' | undefined {
  for (const words of partsOf(text)) {
    if (words.some((w) => /['’]s?$/u.test(w))) continue;
    const gender = courtesyGender(bare(words[0] ?? ''));
    if (gender) return gender;
  }
  return undefined;
}

/**
 * Whether a part of a mention opens with a title abbreviated before a full name ("Mr. Kim", "Its
 * director, Mr. Ivo Lind"; AP Stylebook, data/abbreviations.yaml): a person for sure. Not a title
 * word written out, which names bodies too ("General Electric", "Prince William County").
 */
const opensWithTitle = (text: string) =>
  partsOf(text).some((words) => isAbbreviatedTitle(bare(words[0] ?? '')));

/**
 * Whether a mention names a body for sure: an acronym ("AARP"), or "the" and a name whose head is
 * no office ("The Harbour Gazette", "the committee"; not "The chairman of the Senate Banking
 * Committee"), which speaker-kind.ts reads as a body. A name without "the" may be a person's whose
 * surname is a body's word ("Tom Church"), so it is not one.
 */
function surelyBody(text: string, kind: SpeakerKind | undefined): boolean {
  if (/^\p{Lu}{2,}$/u.test(text)) return true;
  if (!/^the\s/iu.test(text) || opensWithTitle(text)) return false;
  const head = (headPhrase(text).at(-1) ?? '').toLowerCase();
  return roleKind(head) !== 'official' && kind === 'organisation';
}

/**
 * "he" and "she" refer to persons, "it" to things and bodies (Quirk et al. 1985, 6.10–6.12: the
 * personal / non-personal contrast of the third-person singular): "he" never takes "The Harbour
 * Gazette" or "a statement", "it" never takes "Mr. Ivo Lind". Only what is sure counts (a
 * document's noun, `surelyBody`, `opensWithTitle`); any other mention fits either. "Israeli
 * officials … It also blamed": officials of a known actor speak for it, as `agrees` allows.
 * Issue 11: speakers resolved to a compatible speaker.
 */
function personalFits(pronoun: string, candidate: ActorRef): boolean {
  if (pronoun === 'it') return !opensWithTitle(candidate.text);
  if (pronoun !== 'he' && pronoun !== 'she') return true;
  // AP Stylebook, "courtesy titles": "Mr." is a man's, "Ms." and "Mrs." a woman's.
  const gender = titledGender(candidate.text);
  if (gender && gender !== (pronoun === 'he' ? 'male' : 'female')) return false;
  // A state's or armed group's labels hold its leaders' names ("Assad"), and an apposition joins
  // a body and a person ("A spokesman for the committee, Ana Ruiz"): both kept as `agrees` has
  // them. Not after "the": "The Moscow Times" holds an actor's label but names a paper.
  const leader = candidate.group !== null && !/^the\s/iu.test(candidate.text);
  if (leader || candidate.text.includes(',')) return true;
  const kind = speakerKind(candidate.text);
  return kind !== 'document' && !surelyBody(candidate.text, kind);
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
