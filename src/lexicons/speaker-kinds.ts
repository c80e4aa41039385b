import { loadLexicon } from './load.js';
import { ancestors } from './role-nouns.js';

// The cues of data/speaker-kinds.yaml: words that say a speaker is not named (AP Stylebook,
// 'anonymous sources'), and the WordNet 3.1 synsets under which a role noun names an official or
// an organisation. text/speaker-kind.ts decides a mention's kind with them.

interface SpeakerKindEntry {
  cue: string;
  kind: 'anonymous' | 'official' | 'organisation';
  /** `phrase` anywhere in the mention, `relation` only beside a `head` noun, `synset` a WordNet class. */
  match: 'phrase' | 'relation' | 'head' | 'synset';
}

let entries: readonly SpeakerKindEntry[] | undefined;
const all = () => {
  entries ??= loadLexicon<SpeakerKindEntry>('speaker-kinds').entries;
  return entries;
};

/**
 * Whether lower-case words `words` hold a phrase that says the speaker is not named ("sources",
 * "anonymity"), or a relation ("close to", "familiar with") after a generic head among `heads`
 * ("someone close to the family"; not "residents close to the border", review of kind9, 5).
 */
export function saysUnnamed(words: readonly string[], heads: readonly string[] = []): boolean {
  const text = ` ${words.join(' ')} `;
  const generic = all().some((e) => e.match === 'head' && heads.includes(e.cue));
  return all().some(
    (e) => (e.match === 'phrase' || (e.match === 'relation' && generic)) && text.includes(` ${e.cue} `),
  );
}

/** Whether a lower-case word opens a `relation` cue ("close" of "close to"): the head noun comes before it. */
export function opensRelation(word: string): boolean {
  return all().some((e) => e.match === 'relation' && e.cue.split(' ')[0] === word);
}

/**
 * The kind a role noun's first or second person-or-group sense falls under, in WordNet's order
 * of its person and group senses only (role-nouns.data.json keeps no others, so these may be
 * WordNet's third sense or later): `official` by the first two such senses, then `organisation`
 * by the first. "spokesman" → official, "ministry" → organisation.
 */
export function roleKind(lemma: string): 'official' | 'organisation' | undefined {
  // An office by either of the first two senses ("minister": clergyman, then executive); a body
  // only by the first ("member" is a person before it is a unit of an organisation).
  for (const [kind, senses] of [
    ['official', ancestors(lemma, 2)],
    ['organisation', ancestors(lemma, 1)],
  ] as const)
    if (all().some((e) => e.match === 'synset' && e.kind === kind && senses.has(e.cue))) return kind;
  return undefined;
}
