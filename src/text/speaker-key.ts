import { isAbbreviatedTitle } from '../lexicons/person-titles.js';
import { bare } from './name-runs.js';
import { PRONOUN, type SourceNames, speakerNames } from './source-names.js';
import { courtesyOf, mayMerge, type NameGroup, rankOf } from './speaker-merge.js';
import { leadingTitles, type MentionName } from './speaker-name.js';

// One key per speaker within one source (user trial 7, item 2): "Trump", "Donald Trump",
// "President Trump" and "Mr. Trump" are one person, whom a table of claims should count once.
// A mention's name comes from speaker-name.ts (source-names.ts reads the source's); a name is keyed by the one longest name of the
// source that holds it with the same surname ("Trump" in "Donald J. Trump"). Two such longest
// names ("Donald Trump", "Ivanka Trump") leave the short one as it is: it could be either.

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
 * with its title, when another mention of the surname carries another title ("Mayor Smith", or
 * "Mrs. Clinton" beside "President Clinton" where two Clintons are named); it stays apart
 * without its title when it would join a longer name that neither a mention nor the source's
 * text `text` gives that title ("President Ruiz" → "Ruiz"; speaker-merge.ts; review of dates10,
 * item 1). `names`: the source's names (`speakerNames`), when the caller has made them.
 */
export function speakerKeys(
  mentions: Iterable<string>,
  text = '',
  names?: SourceNames,
): Map<string, string | undefined> {
  const texts = [...new Set(mentions)];
  // A caller that has the source's names already passes them: the text is scanned once.
  names ??= speakerNames(texts, text);
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
  // Whether the name has a sign (a rank, a courtesy title) and another mention of its surname another.
  const signedApart = (name: MentionName, signOf: (n: MentionName) => string) =>
    signOf(name) !== '' &&
    named.some((n) => surnameOf(n) === surnameOf(name) && !['', signOf(name)].includes(signOf(n)));
  const rank = (n: MentionName) => rankOf(n.titles);
  // Two titles on one surname ("Gov. Smith", "Mayor Smith") may be two people: neither is merged.
  const conflicts = (name: MentionName) => size(name.words) === 1 && signedApart(name, rank);
  const signOf = (n: MentionName) => rank(n) || (n.titles.map(courtesyOf).find((g) => g !== undefined) ?? '');
  const titledApart = (name: MentionName) => signedApart(name, signOf);
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
    // A surname that could be two people keeps a title that another mention of it does not
    // share ("President Clinton", "Mrs. Clinton"; review of research11, H2).
    if ((fits.length !== 1 || names.shared.has(surnameOf(name))) && titledApart(name)) {
      keys.set(mention, apart(name, true));
      continue;
    }
    const key = fits.length === 1 ? fits[0].join(' ') : name.words.join(' ');
    const merges = key === name.words.join(' ') || mayMerge(name, groups.get(key) as NameGroup, key, text);
    keys.set(mention, merges ? key : apart(name, false));
  }
  return keys;
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
