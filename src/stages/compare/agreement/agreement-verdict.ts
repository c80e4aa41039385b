import { sharedWeight } from '../weights.js';
import { clausesShareAct } from './agreement-act.js';
import type { Clause } from './agreement-clauses.js';
import type { RelatedWords } from './agreement-related.js';
import { NO_FACT, vetoOf } from './agreement-vetoes.js';
import { COVER_MIN, RARE, SHARED_MIN } from './sentence-pairs.js';

/**
 * Inputs: two clauses, one a side, what they share and the pair's weights. Whether they report
 * the same fact: enough rare words (`sharesEnough`), no veto of `AGREEMENT_VETOES` (polarity,
 * doer, mood, opposite words, no fact shared), and the same words or an act (`agree`); and a cheap bound that
 * rules most pairs out before their shared weight is summed (`cannotAgree`).
 */

/**
 * The run of the same words two clauses hold (`sameWords`): `quoted` when both hold it, `stated`
 * when, on each side, at least half its words lie inside quotation marks that open in its sentence
 * (`runStates`): a quotation both print, not only a tag both print.
 */
export interface SharedRun {
  quoted: boolean;
  stated: boolean;
}

/** A clause shorter than its sentence must be repeated more fully than a whole sentence. */
export const CLAUSE_COVER_MIN = 0.5;
/**
 * A clause this many times lighter than the other one ("former Governor Ada Reyes" against
 * a sentence about what the council asked her) agrees only by a shared act, not by a phrase.
 */
const LOPSIDED = 2.5;

/** Whether two clauses share enough rare words: two fifths of the lighter clause (a half when either is a part of its sentence). */
export const sharesEnough = (a: Clause, b: Clause, shared: number, cover: number) =>
  shared >= SHARED_MIN && cover >= (a.whole && b.whole ? COVER_MIN : CLAUSE_COVER_MIN);

/**
 * Whether a lemma is shared by two clauses, itself or through a pair WordNet relates: what the
 * vetoes ask. A loop, not `links.some`: the vetoes ask it of many lemmas, and each closure was
 * garbage (speed22).
 */
export const sharedLemma =
  (a: Clause, b: Clause, links: readonly RelatedWords[]) =>
  (l: string): boolean => {
    if (a.lemmas.has(l) && b.lemmas.has(l)) return true;
    for (const k of links)
      if ((k.a === l && b.lemmas.has(k.b)) || (k.b === l && a.lemmas.has(k.a))) return true;
    return false;
  };

/**
 * Whether two clauses that share enough (`sharesEnough`, or a shared predication) report the same
 * thing (`skip` leaves one veto out: figures-apart.ts asks it with a figure veto left out): no veto sets them
 * apart (`AGREEMENT_VETOES`: one denies what the other states, another doer, a plan against the
 * act done, opposite words, no fact shared), and they hold the same run of words (`quoted`, from `sameWords`),
 * or words that are not names alone and an act (`sharesActIn`): a rare verb both hold, or, unless one clause is much the lighter, a two-word phrase,
 * or a shared predication (`predicated`, from `sharedPredication`).
 */
export function agree(
  a: Clause,
  b: Clause,
  run: SharedRun,
  cover: number,
  w: ReadonlyMap<string, number>,
  links: readonly RelatedWords[],
  predicated = false,
  skip?: string,
): boolean {
  // What is not a name must recur in the same words: a related pair ("country" / "nation") beside
  // a name and its title ("ferry captain Ana Ruiz") is no fact both state. Asked before the vetoes,
  // which are pure and cost more (issue 13): a pair that fails it disagrees whatever they say.
  if (!run.quoted && sharedWeight(a.plain, b.plain, w) < SHARED_MIN / 2) return false;
  // A veto sets two facts apart however many words they share.
  const veto = vetoOf({ a, b, shared: sharedLemma(a, b, links), links }, skip);
  // A quotation both print (most of the run inside quotation marks on each side) is one statement,
  // though its words may be names and pronouns only: the no-fact veto, asked last, does not set it apart.
  if (veto !== undefined && !(veto === NO_FACT && run.stated)) return false;
  if (run.quoted) return true;
  // A shared predication (agreement-predication.ts) is the act both clauses report.
  if (predicated) return true;
  // Two verbs WordNet relates ("issued" / "released"), both rare in the pair, are a shared act.
  const rare = (l: string) => (w.get(l) ?? 0) >= RARE;
  if (links.some((l) => l.verb && a.lemmas.has(l.a) && b.lemmas.has(l.b) && rare(l.a) && rare(l.b)))
    return true;
  const lopsided = Math.max(a.weight, b.weight) > LOPSIDED * Math.min(a.weight, b.weight);
  return clausesShareAct(a, b, w, lopsided ? 0 : cover);
}

/**
 * Whether two clauses fail `agree`'s first test whatever they share: what they share is at most
 * `most` (what each shares with the other's whole sentence) and at most the lighter clause's weight.
 * The margin keeps float rounding from deciding: a pair near the line is tested in full.
 */
export function cannotAgree(a: Clause, b: Clause, most: number): boolean {
  const lighter = Math.min(a.weight, b.weight);
  const bound = Math.min(most, lighter) + 1e-6;
  return bound < SHARED_MIN || bound / lighter < (a.whole && b.whole ? COVER_MIN : CLAUSE_COVER_MIN);
}
