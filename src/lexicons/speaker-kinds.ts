import { loadLexicon } from './load.js';
import { ancestors } from './role-nouns.js';

// The cues of data/speaker-kinds.yaml: words that say a speaker is not named (AP Stylebook,
// 'anonymous sources'), and the WordNet 3.1 synsets under which a role noun names an official or
// an organisation. text/speaker-kind.ts decides a mention's kind with them.

/** The kinds of claims.csv's `speaker_kind`, in the order the table documents them. */
export const SPEAKER_KINDS = [
  'person',
  'organisation',
  'official',
  'anonymous',
  'document',
  'group',
] as const;
export type SpeakerKind = (typeof SPEAKER_KINDS)[number];

interface SpeakerKindEntry {
  cue: string;
  kind: 'anonymous' | 'official' | 'organisation';
  match: 'phrase' | 'synset';
}

let entries: readonly SpeakerKindEntry[] | undefined;
const all = () => {
  entries ??= loadLexicon<SpeakerKindEntry>('speaker-kinds').entries;
  return entries;
};

/** Whether lower-case words `words` hold a phrase that says the speaker is not named ("a source close to"). */
export function saysUnnamed(words: readonly string[]): boolean {
  const text = ` ${words.join(' ')} `;
  return all().some((e) => e.match === 'phrase' && text.includes(` ${e.cue} `));
}

/**
 * The kind a role noun's first or second WordNet sense falls under (`official` by the first
 * two senses, then `organisation` by the first), or undefined: "spokesman" → official, "ministry" → organisation.
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
