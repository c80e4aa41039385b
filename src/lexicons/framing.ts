import { type LexiconFile, loadLexicon } from './load.js';

/**
 * How a label frames its referent. `loaded` is descriptive but marked (a style guide or the
 * bias lexicon flags it); two labels of one category are plain synonyms, never framing.
 */
export type FramingCategory = 'neutral' | 'loaded' | 'delegitimising' | 'sympathetic' | 'euphemism';

/**
 * When two labels of a group are taken to name the same referent: same proper-name modifier
 * (`modifier`), anywhere in the two reports (`event`), or only in linked sentences (`aligned`).
 */
export type FramingScope = 'modifier' | 'event' | 'aligned';

/** One label of a group as written in `data/framing.yaml`. */
export interface FramingLabelEntry {
  label: string;
  category: FramingCategory;
}

/** One entry of `data/framing.yaml`: a referent and the labels outlets give it. */
export interface FramingGroupEntry {
  group: string;
  referent: string;
  scope: FramingScope;
  /** The labels match nouns and adjectives only, never a verb ("he disputed that"). */
  nominal?: boolean;
  labels: FramingLabelEntry[];
  otherReferents?: string[];
  /**
   * An act with a doer: its euphemism (an agentless "died") frames it only against a version
   * that names who did it (compare/framing-check-no-doer).
   */
  agentive?: boolean;
  /**
   * A label after a party's name ("Centre Party rebels") names the party's dissidents, and
   * "leader of the opposition" parliament's title, not the group.
   */
  notOfParty?: boolean;
}

/** A label ready for matching: its words, its group and its category. */
export interface FramingLabel {
  group: string;
  label: string;
  words: string[];
  category: FramingCategory;
  scope: FramingScope;
  nominal: boolean;
  /** Word sequences that name a different referent when they follow the label. */
  otherReferents: string[][];
  /** See `FramingGroupEntry.agentive`. */
  agentive: boolean;
  /** See `FramingGroupEntry.notOfParty`. */
  notOfParty: boolean;
}

export const FRAMING_CATEGORIES: readonly FramingCategory[] = [
  'neutral',
  'loaded',
  'delegitimising',
  'sympathetic',
  'euphemism',
];

let compiled: FramingLabel[] | undefined;

/** The framing groups of `data/framing.yaml`, as written. */
export function framingGroups(): LexiconFile<FramingGroupEntry>['entries'] {
  return loadLexicon<FramingGroupEntry>('framing').entries;
}

/**
 * Every label of every framing group, longest first, so that a matcher that takes the
 * first label to fit prefers "terrorist group" to "terrorist" and "Tel Aviv regime" to "regime".
 */
export function framingLabels(): FramingLabel[] {
  compiled ??= framingGroups()
    .flatMap((group) =>
      group.labels.map((entry) => ({
        group: group.group,
        label: entry.label,
        words: splitWords(entry.label),
        category: entry.category,
        scope: group.scope,
        nominal: group.nominal === true,
        otherReferents: (group.otherReferents ?? []).map(splitWords),
        agentive: group.agentive === true,
        notOfParty: group.notOfParty === true,
      })),
    )
    // Longest first, so that the longer label wins where two start at one token.
    .sort((x, y) => y.words.length - x.words.length);
  return compiled;
}

function splitWords(phrase: string): string[] {
  return phrase.toLowerCase().split(/\s+/u).filter(Boolean);
}
