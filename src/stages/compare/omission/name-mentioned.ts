import type { NameTest } from './anchors.js';
import { acronymOf, type Mentions } from './mentions.js';
import { spellingVariant } from './spelling.js';

// Inputs: a name anchor's parts (its head word, initials and lower-cased words) and where to look
// them up. The one statement of when a part of the other article mentions a name: a name anchor's
// `in` asks it of one window (`mentionsLookup`), window-hits.ts of every window at once through
// an index (review 4, L5: two encodings of one rule had drifted apart but for a test).

/** Where the parts of a name are looked up: one article part (T = boolean) or many at once. */
export interface NameLookup<T> {
  capital(word: string): T;
  acronym(letters: string): T;
  /** Capitals that are a prefix-related form or variant spelling of the word (`relatedName`). */
  related(word: string): T;
  lemma(word: string): T;
  /** A state named by a party-state tag (`Mentions.states`). */
  state(name: string): T;
  /** Whether any part holds; parts are thunks so that a boolean lookup stops at the first. */
  some(parts: (() => T)[]): T;
  every(parts: (() => T)[]): T;
}

/**
 * Whether a capitalised word is mentioned: as written, as a prefix-related form ("Iran" and
 * "Iranian", "Kazakh" and "Kazakhstan"), as a variant spelling ("Cowmen" for "Cowan"), or as an
 * acronym of the other's names ("CIA").
 */
function wordMentioned<T>(word: string, at: NameLookup<T>): T {
  const parts = [() => at.capital(word), () => at.acronym(acronymOf(word))];
  if (word.length >= 4) parts.push(() => at.related(word));
  return at.some(parts);
}

/**
 * Whether a name is mentioned: its head word (`wordMentioned`), one of its initials, every word
 * of it in lower case ("Tea Partiers" by "tea partiers"), or, for a name that is a state, a tag
 * naming that state ("New Mexico" by "D-N.M.").
 */
export function nameMentioned<T>(name: NameTest, at: NameLookup<T>): T {
  const { state } = name;
  return at.some([
    // No head: a quoted title, mentioned only by its words (quoted-titles.ts).
    ...(name.head === '' ? [] : [() => wordMentioned(name.head, at)]),
    ...name.initials.map((x) => () => at.acronym(x)),
    () => at.every([...new Set(name.lowers)].map((w) => () => at.lemma(w))),
    ...(state ? [() => at.state(state)] : []),
  ]);
}

/** A name test's parts as one key: two tests with the same key get the same answer from `nameMentioned`. */
export const nameKey = (name: NameTest): string =>
  JSON.stringify([name.head, name.initials, name.lowers, name.state ?? null]);

/** Whether another capitalised word (four letters or more) is a prefix-related form or a variant spelling of a word. */
export function relatedName(word: string, other: string): boolean {
  if (other.length < 4) return false;
  const [short, long] = other.length < word.length ? [other, word] : [word, other];
  return (long.startsWith(short) && long.length - short.length <= 4) || spellingVariant(word, other);
}

/** Whether any capital of `m` is related to the word; memoised per word in `m.related`. */
function hasRelated(m: Mentions, word: string): boolean {
  const known = m.related.get(word);
  if (known !== undefined) return known;
  let found = false;
  for (const other of m.capitals) {
    if (relatedName(word, other)) {
      found = true;
      break;
    }
  }
  m.related.set(word, found);
  return found;
}

const lookups = new WeakMap<Mentions, NameLookup<boolean>>();

/** The lookup of one article part's mentions, built once per `Mentions`. */
export function mentionsLookup(m: Mentions): NameLookup<boolean> {
  let at = lookups.get(m);
  if (!at) {
    at = {
      capital: (w) => m.capitals.has(w),
      acronym: (x) => m.acronyms.has(x),
      related: (w) => hasRelated(m, w),
      lemma: (w) => m.lemmas.has(w),
      state: (s) => m.states.has(s),
      some: (parts) => parts.some((p) => p()),
      every: (parts) => parts.every((p) => p()),
    };
    lookups.set(m, at);
  }
  return at;
}
