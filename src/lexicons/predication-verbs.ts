// Verbs that name one act in their common senses, from WordNet 3.1, derived by
// scripts/wordnet/predication-verbs.ts into data/predication-verbs-wordnet.data.json; crosscheck
// never reads WordNet itself. Sentence agreement asks it only of two verbs with the same object.
import { readFileSync } from 'node:fs';

let data: Record<string, string[]> | undefined;

/** Whether WordNet puts verbs `x` and `y` in one synset of their common senses ("issue" / "release"). */
export function sameActVerbs(x: string, y: string): boolean {
  data ??= (
    JSON.parse(
      readFileSync(new URL('./data/predication-verbs-wordnet.data.json', import.meta.url), 'utf8'),
    ) as { verbs: Record<string, string[]> }
  ).verbs;
  return x === y || (Object.hasOwn(data, x) && data[x].includes(y));
}
