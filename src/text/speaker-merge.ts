import { entityWords } from '../lexicons/word-sets.js';
import type { MentionName } from './speaker-name.js';

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

/**
 * Whether `mention` may be keyed by the full name of `group`: each of its titles, but courtesy
 * titles, is one the full name's own mentions carry, or they carry no title but courtesy ones
 * (user trial 10, item 3: "President Marlow" and "Marlow" are one speaker; "Mayor Smith" is not
 * "Gov. John Smith"), and its courtesy title, if any, is the only gender the group's mentions
 * carry ("Mr. Marlow" and "Mrs. Marlow" are not both "Alice Marlow").
 */
export function mayMerge(mention: MentionName, group: NameGroup): boolean {
  const untitled = [...group.titles].every((title) => courtesyOf(title) !== undefined);
  return mention.titles.every((title) => {
    if (courtesyOf(title) === undefined) return untitled || group.titles.has(title);
    return group.genders.size === 1;
  });
}
