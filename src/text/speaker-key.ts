import { isAbbreviatedTitle } from '../lexicons/person-titles.js';
import { bare } from './name-runs.js';
import { courtesyOf, mayMerge, type NameGroup, rankOf } from './speaker-merge.js';
import { leadingTitles, type MentionName, mentionName } from './speaker-name.js';

// One key per speaker within one source (user trial 7, item 2): "Trump", "Donald Trump",
// "President Trump" and "Mr. Trump" are one person, whom a table of claims should count once.
// A mention's name comes from speaker-name.ts; a name is keyed by the one longest name of the
// source that holds it with the same surname ("Trump" in "Donald J. Trump"). Two such longest
// names ("Donald Trump", "Ivanka Trump") leave the short one as it is: it could be either.

const PRONOUN = /^(?:he|she|it|they|we|i|you)$/iu;

/** Whether name `short` can be `long`: the same surname, and its other words in order in `long`. */
function within(titled: string[], long: string[]): boolean {
  // A title kept with a one-word name ("President Trump") is not part of the name to match.
  const short = titled.slice(leadingTitles(titled));
  if (bare(short.at(-1) ?? '') !== bare(long.at(-1) ?? '')) return false;
  let j = 0;
  for (const word of long) if (j < short.length && bare(word) === bare(short[j])) j++;
  return j === short.length;
}

/**
 * Keys for a source's speaker mentions (each as its resolved text: a pronoun's antecedent): a
 * name's key is the one longest name of the source it fits, written as there; a mention with no
 * name is keyed by its words lower-cased; an unresolved pronoun has none. Order-free: the keys
 * depend on the set of mentions only. A surname with a title ("Gov. Smith") stays apart, keyed
 * with its title, when another mention of the surname carries another title ("Mayor Smith"), or
 * when it would join a longer name that neither a mention nor the source's text `text` gives that
 * title (speaker-merge.ts; review of dates10, item 1).
 */
export function speakerKeys(mentions: Iterable<string>, text = ''): Map<string, string | undefined> {
  const texts = [...new Set(mentions)];
  const names = speakerNames(texts, text);
  const found = new Map(texts.map((t) => [t, names(t)]));
  const distinct = new Map<string, string[]>();
  for (const n of found.values()) if (n) distinct.set(n.words.join(' '), n.words);
  const all = [...distinct.values()];
  // A title kept with a one-word name does not make it longer ("President Trump" is "Trump").
  const size = (n: string[]) => n.length - leadingTitles(n);
  const covers = (m: string[], n: string[]) =>
    (size(m) > size(n) || (size(m) === size(n) && m.length < n.length)) && within(n, m);
  const longest = all.filter((n) => !all.some((m) => covers(m, n)));
  const groups = groupsOf(
    longest,
    [...found.values()].filter((n) => n !== undefined),
  );
  const named = [...found.values()].filter((n) => n !== undefined);
  const surnameOf = (n: MentionName) => bare(n.words.at(-1) ?? '');
  // Two titles on one surname ("Gov. Smith", "Mayor Smith") may be two people: neither is merged.
  const conflicts = (name: MentionName) =>
    size(name.words) === 1 &&
    rankOf(name.titles) !== '' &&
    named.some(
      (n) => surnameOf(n) === surnameOf(name) && !['', rankOf(name.titles)].includes(rankOf(n.titles)),
    );
  const keys = new Map<string, string | undefined>();
  for (const mention of texts) {
    const name = found.get(mention);
    if (!name) {
      keys.set(
        mention,
        PRONOUN.test(mention.trim()) ? undefined : mention.trim().replace(/\s+/gu, ' ').toLowerCase(),
      );
      continue;
    }
    if (conflicts(name)) {
      keys.set(mention, apart(name, true));
      continue;
    }
    const fits = longest.filter((m) => within(name.words, m));
    const key = fits.length === 1 ? fits[0].join(' ') : name.words.join(' ');
    const merges = key === name.words.join(' ') || mayMerge(name, groups.get(key) as NameGroup, key, text);
    keys.set(mention, merges ? key : apart(name, false));
  }
  return keys;
}

/**
 * The name of each mention of a source (speaker-name.ts), or undefined for a pronoun. A title
 * kept with one word because that word alone may be no name ("General Motors") is dropped when
 * the source has the word as the surname of a name without a title inside it ("President
 * Trump" where "Trump" or "Donald Trump" is written: user trial 10, item 3). A capitalised noun
 * that speaker-name.ts reads as no name ("Minor") is one where the text writes it after a first name.
 */
export function speakerNames(
  mentions: readonly string[],
  text = '',
): (mention: string) => MentionName | undefined {
  const raw = new Map(mentions.map((m) => [m, PRONOUN.test(m.trim()) ? undefined : mentionName(m)]));
  const surnames = new Set<string>();
  // Surnames the text writes after one first name ("Demetrios Minor"), not plurals ("Trump Critics").
  const given = new Set<string>();
  const runs = (text.match(/(?:\p{Lu}[\p{L}.'’-]*\s+)+\p{Lu}[\p{L}'’-]+/gu) ?? []).map((r) =>
    r.split(/\s+/u),
  );
  for (const words of [...[...raw.values()].map((n) => n?.words ?? []), ...runs])
    if (words.length > 0 && leadingTitles(words) === 0) surnames.add(bare(words.at(-1) ?? ''));
  // Runs within one sentence: no full stop or line break between their words.
  for (const run of text.match(/(?:\p{Lu}[\p{L}'’-]* +)+\p{Lu}[\p{L}'’-]+/gu) ?? []) {
    const words = run.split(/ +/u);
    if (words.length === 2 && leadingTitles(words) === 0 && !/s$/u.test(words[1])) given.add(words[1]);
  }
  return (mention) => {
    const name = raw.get(mention) ?? (PRONOUN.test(mention.trim()) ? undefined : mentionName(mention));
    // A capitalised noun alone ("Minor") is a name where the text gives it a first name.
    if (!name && given.has(mention.trim())) return { words: [mention.trim()], titles: [] };
    if (!name || name.words.length < 2 || leadingTitles(name.words) !== name.words.length - 1) return name;
    const last = name.words.at(-1) ?? '';
    if (!surnames.has(bare(last))) return name;
    return { ...name, words: [last], title: [...(name.title ?? []), ...name.words.slice(0, -1)] };
  };
}

/** For each longest name, the titles of its own mentions and the genders of those that fit it. */
function groupsOf(longest: string[][], names: MentionName[]): Map<string, NameGroup> {
  const groups = new Map<string, NameGroup>();
  for (const full of longest) {
    const group: NameGroup = { titles: new Set(), genders: new Set() };
    for (const name of names) {
      if (name.words.join(' ') === full.join(' ') && rankOf(name.titles) !== '')
        group.titles.add(rankOf(name.titles));
      if (!within(name.words, full)) continue;
      for (const t of name.titles) {
        const gender = courtesyOf(t);
        if (gender) group.genders.add(gender);
      }
    }
    groups.set(full.join(' '), group);
  }
  return groups;
}

/**
 * The key of a name kept apart: with its title when another mention of the surname has another
 * (`conflict`: "Gov. Smith" is not "Mayor Smith"), else without it like every other key's title
 * (user trial 10, item 3: "President Trump" is "Trump", its title in `speaker_title`); with its
 * courtesy title, so "Mr. Marlow" and "Mrs. Marlow" stay two.
 */
function apart(name: MentionName, conflict: boolean): string {
  const rank = name.titles.filter(
    (t) => conflict && courtesyOf(t) === undefined && !name.words.some((w) => bare(w) === t),
  );
  if (rank.length > 0) {
    const written = rank.map((t) => (isAbbreviatedTitle(t) ? `${t}.` : t));
    return [...written, ...name.words].join(' ');
  }
  const courtesy = name.titles.find((t) => courtesyOf(t) !== undefined);
  return courtesy && !name.words.includes(courtesy)
    ? `${courtesy}. ${name.words.join(' ')}`
    : name.words.join(' ');
}
