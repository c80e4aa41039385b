import { loadLexicon } from './load.js';

let groups: Map<string, Set<string>> | undefined;
let full: Set<string> | undefined;

/**
 * The forms of an English given name (`data/given-name-forms.yaml`): the word itself, and every
 * name that shares a group with it ("Dick" → Richard, Rick…; "Pat" → Patrick and Patricia and
 * their forms). Case-sensitive, as names are written: "Bill" the name, not "bill".
 */
export function givenNameForms(word: string): ReadonlySet<string> {
  if (!groups) {
    groups = new Map();
    full = new Set();
    for (const e of loadLexicon<{ name: string; forms: string[] }>('given-name-forms').entries) {
      full.add(e.name);
      const group = [e.name, ...e.forms];
      for (const w of group) {
        const set = groups.get(w) ?? new Set([w]);
        for (const v of group) set.add(v);
        groups.set(w, set);
      }
    }
  }
  return groups.get(word) ?? new Set([word]);
}

/** Whether a word is the full form of a given name of `data/given-name-forms.yaml` ("Richard", not "Dick"). */
export function isFullGivenName(word: string): boolean {
  givenNameForms(word);
  return full?.has(word) ?? false;
}
