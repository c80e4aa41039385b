import { isPersonTitle } from '../lexicons/person-titles.js';
import { roleKind } from '../lexicons/speaker-kinds.js';
import { functionWords } from '../lexicons/word-sets.js';
import { capitalRuns } from './capital-runs.js';
import { bare } from './name-runs.js';
import { leadingTitles, type MentionName, mentionName } from './speaker-name.js';

// The names of a source's speaker mentions, read with what the whole text says of them (a
// surname, two people of one surname). Split from speaker-key.ts, which keys these names: a
// caller with many mentions of one source (tables/source-speakers.ts) makes them once.

/** A speaker mention that is a pronoun: it has a name only through its antecedent. */
export const PRONOUN = /^(?:he|she|it|they|we|i|you)$/iu;

/**
 * A source's names (`speakerNames`): the name of a mention, and the surnames the text gives two
 * or more given names ("Bill Clinton", "Hillary Clinton"), which a title may tell apart.
 */
export type SourceNames = ((mention: string) => MentionName | undefined) & { shared: ReadonlySet<string> };

/** Words that open no name: articles, determiners and prepositions ("The Police", "In Boston"). */
function opensNoName(word: string): boolean {
  const lower = bare(word).toLowerCase();
  return (['determiner', 'article', 'phrase-link', 'month-lead'] as const).some((c) =>
    functionWords(c).has(lower),
  );
}

/** Whether two words of the text are a given name and a surname: no article, preposition or title first. */
const personPair = (words: string[]) =>
  words.length === 2 &&
  !opensNoName(words[0]) &&
  leadingTitles(words) === 0 &&
  !isPersonTitle(bare(words[0]));

/**
 * The name of each mention of a source (speaker-name.ts), or undefined for a pronoun. A title
 * kept with one word because that word alone may be no name ("General Motors") is dropped only
 * with evidence that the word is a person's surname (review of research11, H1): a mention of
 * two or more words without a title that ends in it, a bare mention of it ("Okafor said"), or
 * a given name and it in the text ("Ruth Okafor"); never where an article kept the title ("The
 * Justice Department"). A capitalised noun that speaker-name.ts reads as no name is one where the
 * text writes it after a given name ("Tomas Baker"), never an organisation's noun ("Metro
 * Police": H4).
 */
export function speakerNames(mentions: readonly string[], text = ''): SourceNames {
  const raw = new Map(mentions.map((m) => [m, PRONOUN.test(m.trim()) ? undefined : mentionName(m)]));
  const surnames = new Set<string>();
  for (const name of raw.values())
    if (name && leadingTitles(name.words) === 0 && (name.words.length > 1 || name.titles.length === 0))
      surnames.add(bare(name.words.at(-1) ?? ''));
  const given = new Set<string>();
  const firsts = new Map<string, Set<string>>();
  // Runs within one sentence: no full stop or line break between their words.
  for (const run of capitalRuns(text, 'spaced')) {
    const words = run.split(/ +/u);
    if (!personPair(words)) continue;
    surnames.add(bare(words[1]));
    firsts.set(bare(words[1]), (firsts.get(bare(words[1])) ?? new Set()).add(bare(words[0])));
    // Not plurals ("Okafor Critics") nor an organisation's noun ("Metro Police", "Hotel Management").
    if (!/s$/u.test(words[1]) && roleKind(words[1].toLowerCase()) !== 'organisation') given.add(words[1]);
  }
  const shared = new Set([...firsts].filter(([, f]) => f.size > 1).map(([surname]) => surname));
  const of = (mention: string): MentionName | undefined => {
    const name = raw.get(mention) ?? (PRONOUN.test(mention.trim()) ? undefined : mentionName(mention));
    if (!name && given.has(mention.trim())) return { words: [mention.trim()], titles: [] };
    if (!name || name.words.length < 2 || leadingTitles(name.words) !== name.words.length - 1) return name;
    const last = name.words.at(-1) ?? '';
    if (!surnames.has(bare(last)) || opensNoName(mention.trim().split(/\s+/u)[0])) return name;
    return { ...name, words: [last], title: [...(name.title ?? []), ...name.words.slice(0, -1)] };
  };
  return Object.assign(of, { shared });
}
