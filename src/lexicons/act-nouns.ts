// Verbs and the nouns of their act ("sue" / "lawsuit", "resign" / "resignation") from WordNet
// 3.1's derivationally related forms, derived by scripts/wordnet/act-nouns.ts into
// data/act-nouns.data.json; crosscheck never reads WordNet itself. The omission rule asks it
// whether the other article reports the same act in other words ("sued" against "filed a lawsuit").
import { readFileSync } from 'node:fs';

let families: Map<string, readonly string[]> | undefined;

/** Each verb and act noun → the verb and all its act nouns (a noun of two verbs joins both families). */
function build(): Map<string, readonly string[]> {
  const { verbs } = JSON.parse(
    readFileSync(new URL('./data/act-nouns.data.json', import.meta.url), 'utf8'),
  ) as { verbs: Record<string, string> };
  const out = new Map<string, Set<string>>();
  const add = (word: string, forms: string[]) => {
    const set = out.get(word) ?? new Set<string>();
    out.set(word, set);
    for (const f of forms) if (f !== word) set.add(f);
  };
  for (const [verb, nouns] of Object.entries(verbs)) {
    const family = [verb, ...nouns.split(' ')];
    for (const word of family) add(word, family);
  }
  return new Map([...out].map(([word, set]) => [word, [...set].sort()]));
}

/** The other forms of a word's act (WordNet 3.1): "sue" → "lawsuit", "suit"…; "lawsuit" → "sue", "suit"…; none when it has none. */
export function actForms(lemma: string): readonly string[] {
  families ??= build();
  return families.get(lemma) ?? [];
}
