import { loadLexicon } from './load.js';

/** One party of `data/party-names.yaml`: the names it is given whole, and the words that mention it. */
interface PartyEntry {
  id: string;
  names: string[];
  words: string[];
}

interface PartyIndex {
  /** Each name as written → its party. */
  byName: Map<string, PartyEntry>;
}

let index: PartyIndex | undefined;

function indexOf(): PartyIndex {
  if (index) return index;
  const byName = new Map<string, PartyEntry>();
  for (const e of loadLexicon<PartyEntry>('party-names').entries) for (const n of e.names) byName.set(n, e);
  index = { byName };
  return index;
}

/** A name without the article before it and the possessive after it: "the GOP's" → "GOP". */
const bare = (name: string): string =>
  name
    .trim()
    .replace(/^the\s+/i, '')
    .replace(/['’]s$/, '');

/**
 * The party a name names as a whole ("the Democratic Party", "Democrats", "GOP"), or null: as
 * written, case and all, so "democrats" in lower case or "Senate Democrats" name no party here
 * (`data/party-names.yaml`).
 */
export function partyOf(name: string): string | null {
  return indexOf().byName.get(bare(name))?.id ?? null;
}

/** The capitalised words by which an article mentions the party a name names (its members' noun too), or none. */
export function partyWords(name: string): readonly string[] {
  return indexOf().byName.get(bare(name))?.words ?? [];
}
