// Role and category nouns of people and organisations from WordNet 3.1 (noun.person and
// noun.group), derived by scripts/wordnet/role-nouns.ts into data/role-nouns.data.json; crosscheck
// never reads WordNet itself. Framing asks it whether two descriptions of one entity are
// synonyms, one a kind of the other, or two different roles.
import { readFileSync } from 'node:fs';

interface RoleNounData {
  lemmas: Record<string, string[]>;
  hypernyms: Record<string, string[]>;
  relationalAdjectives: string[];
}

let data: RoleNounData | undefined;
function roleData(): RoleNounData {
  data ??= JSON.parse(
    readFileSync(new URL('./data/role-nouns.data.json', import.meta.url), 'utf8'),
  ) as RoleNounData;
  return data;
}

/** True when WordNet 3.1 lists `lemma` as a role or category of people or organisations. */
export const isRoleNoun = (lemma: string): boolean => Object.hasOwn(roleData().lemmas, lemma);

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
  const { lemmas, hypernyms } = roleData();
  const seen = new Set<string>();
  const queue = (lemmas[lemma] ?? []).slice(0, senses);
  while (queue.length > 0) {
    const offset = queue.pop() as string;
    if (seen.has(offset)) continue;
    seen.add(offset);
    queue.push(...(hypernyms[offset] ?? []));
  }
  return seen;
}

/**
 * How WordNet 3.1 relates two role nouns: `synonym` when they share a synset ("assistant" /
 * "helper"), `kind` when a sense of one is a hypernym of a sense of the other ("senator" /
 * "legislator"), `different` otherwise, `unknown` when either is not a role noun.
 */
export function roleRelation(x: string, y: string): 'synonym' | 'kind' | 'different' | 'unknown' {
  const { lemmas } = roleData();
  const [sx, sy] = [lemmas[x], lemmas[y]];
  if (!sx || !sy) return 'unknown';
  if (sx.some((s) => sy.includes(s))) return 'synonym';
  const [ax, ay] = [ancestors(x), ancestors(y)];
  if (sx.some((s) => ay.has(s)) || sy.some((s) => ax.has(s))) return 'kind';
  return 'different';
}

let relational: ReadonlySet<string> | undefined;

/** True when the first WordNet 3.1 sense of adjective `lemma` pertains to a noun ("political"): it classifies, it does not judge. */
export function isRelationalAdjective(lemma: string): boolean {
  relational ??= new Set(roleData().relationalAdjectives);
  return relational.has(lemma);
}
