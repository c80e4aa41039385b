import { loadLexicon } from './load.js';

/** One party of `data/party-names.yaml`: the names it is given whole, and the words that mention it. */
interface PartyEntry {
  id: string;
  names: string[];
  words: string[];
  plain?: string[];
}

interface PartyIndex {
  /** Each name as written → its party. */
  byName: Map<string, string>;
  /** Each word that mentions a party (a member's noun or adjective too) → its party. */
  byWord: Map<string, string>;
  /** The party words that are also ordinary words in lower case ("Labour", "Conservative"). */
  plain: Set<string>;
  /** The chamber words of `data/legislative-chambers.yaml`. */
  chambers: Set<string>;
}

let index: PartyIndex | undefined;

function indexOf(): PartyIndex {
  if (index) return index;
  const byName = new Map<string, string>();
  const byWord = new Map<string, string>();
  const plain = new Set<string>();
  for (const e of loadLexicon<PartyEntry>('party-names').entries) {
    for (const n of e.names) byName.set(n, e.id);
    for (const w of e.words) byWord.set(w, e.id);
    for (const w of e.plain ?? []) plain.add(w);
  }
  const chambers = new Set(loadLexicon<{ word: string }>('legislative-chambers').entries.map((e) => e.word));
  index = { byName, byWord, plain, chambers };
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
 * written, case and all, so "democrats" in lower case or "Assembly Democrats" name no party here
 * (`data/party-names.yaml`; omission/party-run.ts reads chamber words before a name).
 */
export function partyOf(name: string): string | null {
  return indexOf().byName.get(bare(name)) ?? null;
}

/** The party a capitalised word mentions, its members' noun and adjective among them ("Republican"), or null. */
export function partyOfWord(word: string): string | null {
  return indexOf().byWord.get(word) ?? null;
}

/** Whether a capitalised word names a legislative chamber ("Senate"; `data/legislative-chambers.yaml`). */
export function isChamber(word: string): boolean {
  return indexOf().chambers.has(word);
}

/** Whether a party word is also an ordinary word in lower case ("Labour shortages"; the entry's `plain`). */
export function isPlainWord(word: string): boolean {
  return indexOf().plain.has(word);
}
