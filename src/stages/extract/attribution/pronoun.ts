// Pronoun speakers ("he wrote on Telegram", "It also blamed …") and definite descriptions
// ("the spokesman wrote") are resolved to the most
// recent full speaker in the same or the previous sentence. The mention keeps the pronoun's
// own offsets; the antecedent is recorded beside it.
import type { ActorRef } from '../../../model/claim.js';
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

/** A description fits a candidate that names the same kind of speaker ("the ministry" ~ "… Foreign Ministry"). */
function fits(ref: ActorRef, candidate: ActorRef): boolean {
  if (isPronoun(ref)) return agrees(ref, candidate);
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
