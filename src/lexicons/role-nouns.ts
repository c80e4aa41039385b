// Role and category nouns of people and organisations from WordNet 3.1 (noun.person and
// noun.group), derived by scripts/wordnet/role-nouns.ts into data/role-nouns.data.json; crosscheck
// never reads WordNet itself. Framing asks it whether two descriptions of one entity are
// synonyms, one a kind of the other, or two different roles.
import { readFileSync } from 'node:fs';

/** The data file as written: synsets are WordNet 3.1 noun offsets, as 8-digit strings. */
interface RoleNounFile {
  lemmas: Record<string, string[]>;
  hypernyms: Record<string, string[]>;
  relationalAdjectives: string[];
}

/**
 * The file held compactly (issue 13: a worker keeps it for its whole run). As parsed, its ~9,000
 * lemmas and ~7,700 synsets each held an array of strings and the two records were dictionaries:
 * 1.8 MB of a worker's heap (bench/resident.ts, heap-summary.ts). Here every synset is a number
 * (its index in `synsets`, which holds each offset's string once) and each list one run of an
 * Int32Array, from `start[i]` to `start[i + 1]`.
 */
interface RoleNounData {
  /** Each lemma's index into `lemmaStart`. */
  lemmas: Map<string, number>;
  lemmaStart: Int32Array;
  /** The senses of every lemma, in the file's order, one run per lemma. */
  lemmaSenses: Int32Array;
  /** The offset string of each synset index. */
  synsets: string[];
  hyperStart: Int32Array;
  /** The direct hypernyms of every synset, in the file's order, one run per synset index. */
  hypernyms: Int32Array;
  relationalAdjectives: ReadonlySet<string>;
}

/** `lists` flattened into runs of the numbers `idOf` gives their items. */
function runsOf(lists: string[][], idOf: (offset: string) => number) {
  const start = new Int32Array(lists.length + 1);
  const items = new Int32Array(lists.reduce((n, list) => n + list.length, 0));
  let at = 0;
  lists.forEach((list, i) => {
    for (const offset of list) items[at++] = idOf(offset);
    start[i + 1] = at;
  });
  return { start, items };
}

function compact(file: RoleNounFile): RoleNounData {
  const index = new Map<string, number>();
  const synsets: string[] = [];
  const idOf = (offset: string): number => {
    let k = index.get(offset);
    if (k === undefined) {
      k = synsets.push(offset) - 1;
      index.set(offset, k);
    }
    return k;
  };
  // Every synset the file names is numbered before the hypernym runs are laid out, so that run i
  // belongs to synset i; a synset with no hypernyms has an empty run.
  const lemmaRuns = runsOf(Object.values(file.lemmas), idOf);
  for (const [offset, hypers] of Object.entries(file.hypernyms)) [offset, ...hypers].forEach(idOf);
  const hyperRuns = runsOf(
    synsets.map((offset) => file.hypernyms[offset] ?? []),
    idOf,
  );
  return {
    lemmas: new Map(Object.keys(file.lemmas).map((lemma, i) => [lemma, i])),
    lemmaStart: lemmaRuns.start,
    lemmaSenses: lemmaRuns.items,
    synsets,
    hyperStart: hyperRuns.start,
    hypernyms: hyperRuns.items,
    relationalAdjectives: new Set(file.relationalAdjectives),
  };
}

let data: RoleNounData | undefined;
function roleData(): RoleNounData {
  data ??= compact(
    JSON.parse(readFileSync(new URL('./data/role-nouns.data.json', import.meta.url), 'utf8')) as RoleNounFile,
  );
  return data;
}

/** The synset indices of `lemma`'s senses, in WordNet's order; undefined when it is not a role noun. */
function sensesOf(lemma: string): Int32Array | undefined {
  const { lemmas, lemmaStart, lemmaSenses } = roleData();
  const i = lemmas.get(lemma);
  return i === undefined ? undefined : lemmaSenses.subarray(lemmaStart[i], lemmaStart[i + 1]);
}

/** True when WordNet 3.1 lists `lemma` as a role or category of people or organisations. */
export const isRoleNoun = (lemma: string): boolean => roleData().lemmas.has(lemma);

/** WordNet 3.1 synsets person.n.01 and organization.n.01: the kinds of speakers a report has. */
const PERSON = '00007846';
const ORGANISATION = '08024893';
const PERSON_OR_ORGANISATION = [PERSON, ORGANISATION];

/**
 * True when a sense of `lemma` is a kind of person or organisation ("the senator", "the board"),
 * not another group ("the economy"): groups of WordNet's noun.group that do not speak.
 */
export const isPersonOrOrganisation = (lemma: string): boolean => {
  const senses = ancestors(lemma);
  return PERSON_OR_ORGANISATION.some((kind) => senses.has(kind));
};

/** True when a role sense of `lemma` is a kind of person (WordNet 3.1 person.n.01): "voter", "patient". */
export const isPerson = (lemma: string): boolean => ancestors(lemma).has(PERSON);

/**
 * The synsets of the first `senses` role senses of a lemma (in WordNet's order, most frequent
 * first) and all their ancestors (hypernyms, transitively); every role sense by default.
 */
export function ancestors(lemma: string, senses = Number.POSITIVE_INFINITY): Set<string> {
  const { synsets, hyperStart, hypernyms } = roleData();
  const seen = new Set<string>();
  const own = sensesOf(lemma);
  if (!own) return seen;
  const queue = [...own.subarray(0, senses)];
  while (queue.length > 0) {
    const k = queue.pop() as number;
    const offset = synsets[k];
    if (seen.has(offset)) continue;
    seen.add(offset);
    for (let h = hyperStart[k]; h < hyperStart[k + 1]; h++) queue.push(hypernyms[h]);
  }
  return seen;
}

/**
 * How WordNet 3.1 relates two role nouns: `synonym` when they share a synset ("assistant" /
 * "helper"), `kind` when a sense of one is a hypernym of a sense of the other ("senator" /
 * "legislator"), `different` otherwise, `unknown` when either is not a role noun.
 */
export function roleRelation(x: string, y: string): 'synonym' | 'kind' | 'different' | 'unknown' {
  const { synsets } = roleData();
  const [sx, sy] = [sensesOf(x), sensesOf(y)];
  if (!sx || !sy) return 'unknown';
  if (sx.some((s) => sy.includes(s))) return 'synonym';
  const [ax, ay] = [ancestors(x), ancestors(y)];
  if (sx.some((s) => ay.has(synsets[s])) || sy.some((s) => ax.has(synsets[s]))) return 'kind';
  return 'different';
}

/** True when the first WordNet 3.1 sense of adjective `lemma` pertains to a noun ("political"): it classifies, it does not judge. */
export function isRelationalAdjective(lemma: string): boolean {
  return roleData().relationalAdjectives.has(lemma);
}
