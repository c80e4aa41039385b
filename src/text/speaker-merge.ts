import { entityWords } from '../lexicons/word-sets.js';
import { leadingTitles, type MentionName } from './speaker-name.js';

// Whether a short mention may take a longer name's key (review of fixux8, item 3): wrong merges
// are worse than splits, so a title or courtesy title that conflicts keeps the short name apart;
// a title against a name written without one is no conflict (user trial 10, item 3).

/** The gender a courtesy title tells ("Mr" → m, "Mrs"/"Ms" → f; data/entity-words.yaml), if any. */
export function courtesyOf(title: string): 'm' | 'f' | undefined {
  const lower = title.toLowerCase();
  if (entityWords('courtesy-male').has(lower)) return 'm';
  return entityWords('courtesy-female').has(lower) ? 'f' : undefined;
}

/** What the mentions of one full name, and the shorter ones that fit it, carry. */
export interface NameGroup {
  /** Titles of the full name's own mentions ("Mayor" of "Mayor John Smith"). */
  titles: Set<string>;
  /** Genders of the courtesy titles of every mention that fits the name. */
  genders: Set<'m' | 'f'>;
}

/** A mention's title but courtesy titles, as one string ("Vice President"), or '' when none. */
export function rankOf(titles: readonly string[]): string {
  return titles.filter((title) => courtesyOf(title) === undefined).join(' ');
}

/**
 * Whether `mention` may be keyed by the name `full` of `group` (review of dates10, item 1:
 * wrong merges are worse than splits). A bare surname ("Marlow") takes any title; against a
 * longer name, a title but courtesy titles must be one the full name's
 * own mentions carry, or one the source's text `text` gives that full name ("President Ana
 * Marlow"); a name written without a title is no evidence, since "President Trump" is not
 * "Melania Trump". A courtesy title, if any, must be the only gender the group's mentions carry
 * ("Mr. Marlow" and "Mrs. Marlow" are not both "Alice Marlow").
 */
export function mayMerge(mention: MentionName, group: NameGroup, full = '', text = ''): boolean {
  const rank = rankOf(mention.titles);
  const words = full.split(' ');
  const surname = words.length - leadingTitles(words) <= 1;
  if (rank !== '' && !surname && !group.titles.has(rank) && !titledIn(text, rank, full)) return false;
  return mention.titles.every((title) => courtesyOf(title) === undefined || group.genders.size === 1);
}

/** Whether `text` writes the full name `full` after the title `rank` ("Sen. Tomas Ruiz"). */
function titledIn(text: string, rank: string, full: string): boolean {
  if (text === '' || full === '') return false;
  const literal = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
  const title = rank.split(' ').map(literal).join('\\.?\\s+');
  const name = full.split(' ').map(literal).join('\\s+');
  return new RegExp(`(?<![\\p{L}\\p{N}])${title}\\.?\\s+${name}(?![\\p{L}\\p{N}])`, 'u').test(text);
}
