import { loadLexicon } from './load.js';

interface GivenNameIndex {
  /** Each name or form → every name sharing a group with it. */
  groups: Map<string, Set<string>>;
  /** Forms of more than one name ("Pat": Patrick and Patricia): they say nothing of who is meant. */
  ambiguous: Set<string>;
}

let index: GivenNameIndex | undefined;

function indexOf(): GivenNameIndex {
  if (index) return index;
  const built: GivenNameIndex = { groups: new Map(), ambiguous: new Set() };
  const owners = new Map<string, number>();
  for (const e of loadLexicon<{ name: string; forms: string[] }>('given-name-forms').entries) {
    const group = [e.name, ...e.forms];
    for (const w of group) {
      owners.set(w, (owners.get(w) ?? 0) + 1);
      const set = built.groups.get(w) ?? new Set([w]);
      for (const v of group) set.add(v);
      built.groups.set(w, set);
    }
  }
  for (const [w, n] of owners) if (n > 1) built.ambiguous.add(w);
  index = built;
  return built;
}

/**
 * The forms of an English given name (`data/given-name-forms.yaml`): the word itself, and every
 * name that shares a group with it ("Dick" → Richard, Rick…). Case-sensitive, as names are
 * written: "Bill" the name, not "bill".
 */
export function givenNameForms(word: string): ReadonlySet<string> {
  return indexOf().groups.get(word) ?? new Set([word]);
}

/** Whether a word is a form of more than one given name ("Pat", "Harry", "Ted"). */
export function isAmbiguousGivenName(word: string): boolean {
  return indexOf().ambiguous.has(word);
}
