import { loadLexicon } from './load.js';

let titles: Set<string> | undefined;

/**
 * Whether a capitalised word (without a final period) is a word of a title before a name:
 * `data/person-titles.yaml` ("President", "Minister") or an abbreviated title of
 * `data/abbreviations.yaml` ("Mr", "Sen"). Case-sensitive: "president" in running text is no title.
 */
export function isPersonTitle(word: string): boolean {
  titles ??= new Set([
    ...loadLexicon<{ title: string }>('person-titles').entries.map((e) => e.title),
    ...loadLexicon<{ abbreviation: string; kind: string }>('abbreviations')
      .entries.filter((e) => e.kind === 'title')
      .map((e) => e.abbreviation),
  ]);
  return titles.has(word);
}

let abbreviated: Set<string> | undefined;

/** Whether a word (without a final period) is an abbreviated title of `data/abbreviations.yaml` ("Mr", "Sen"). */
export function isAbbreviatedTitle(word: string): boolean {
  abbreviated ??= new Set(
    loadLexicon<{ abbreviation: string; kind: string }>('abbreviations')
      .entries.filter((e) => e.kind === 'title')
      .map((e) => e.abbreviation),
  );
  return abbreviated.has(word);
}

let genders: Map<string, 'male' | 'female'> | undefined;

/**
 * The gender a courtesy title says ("Mr" a man, "Ms"/"Mrs" a woman; `data/abbreviations.yaml`,
 * AP Stylebook), without its final period; undefined for any other word.
 */
export function courtesyGender(word: string): 'male' | 'female' | undefined {
  genders ??= new Map(
    loadLexicon<{ abbreviation: string; gender?: 'male' | 'female' }>('abbreviations')
      .entries.filter((e) => e.gender !== undefined)
      .map((e) => [e.abbreviation, e.gender as 'male' | 'female']),
  );
  return genders.get(word);
}
