import { loadLexicon } from '../lexicons/load.js';
import type { ActorRef } from '../model/claim.js';

/** One actor group of `data/actors.yaml`. */
export interface ActorGroup {
  id: string;
  kind: string;
  labels: string[];
  demonyms?: string[];
  /** The state or body the actor speaks for (`mohammad-javad-zarif` → `iran`). */
  parent?: string;
}

/** A word of a text or label: its offsets, its normalised form and its case class. */
interface Word {
  start: number;
  end: number;
  /** Lower-cased, straight apostrophes, possessive 's dropped. */
  key: string;
  surface: string;
}

/** A label compiled to words, with the group it names. */
interface Label {
  group: string;
  words: Word[];
  /** The label ends in a dot that belongs to it ("U.S."). */
  dotted: boolean;
}

// Words with inner dots, hyphens and apostrophes stay whole: "U.S", "Jong-un", "al-Assad".
const WORD = /[\p{L}\p{N}]+(?:[-'’.][\p{L}\p{N}]+)*/gu;
const POSSESSIVE = /['’]s$/u;

/** Splits a string into words with offsets relative to `base`. */
function wordsOf(text: string, base = 0): Word[] {
  return [...text.matchAll(WORD)].map((m) => {
    const surface = m[0].replace(POSSESSIVE, '');
    const start = base + (m.index ?? 0);
    return { start, end: start + surface.length, surface, key: surface.toLowerCase().replace(/’/gu, "'") };
  });
}

/** Lower-case label words match any case; capitalised ones need a capital; all-caps ones match exactly. */
function wordMatches(label: Word, word: Word): boolean {
  if (label.key !== word.key) return false;
  if (label.surface === label.key) return true;
  const allCaps = label.surface.length > 1 && label.surface === label.surface.toUpperCase();
  if (allCaps) return word.surface === label.surface;
  return /^\p{Lu}/u.test(word.surface);
}

let index: Map<string, Label[]> | undefined;
let groups: Map<string, ActorGroup> | undefined;

/** Compiles every label and demonym + body phrase once, longest first under each first word. */
function labelIndex(): Map<string, Label[]> {
  if (index) return index;
  const file = loadLexicon<ActorGroup>('actors') as ReturnType<typeof loadLexicon<ActorGroup>> & {
    bodies: { words: string[] };
  };
  groups = new Map(file.entries.map((g) => [g.id, g]));
  index = new Map();
  for (const group of file.entries) {
    const phrases = [...group.labels];
    for (const demonym of group.demonyms ?? [])
      phrases.push(...file.bodies.words.map((b) => `${demonym} ${b}`));
    for (const phrase of phrases) {
      const words = wordsOf(phrase);
      if (words.length === 0) continue;
      const bucket = index.get(words[0].key) ?? [];
      bucket.push({ group: group.id, words, dotted: phrase.endsWith('.') });
      index.set(words[0].key, bucket);
    }
  }
  for (const bucket of index.values()) bucket.sort((x, y) => y.words.length - x.words.length);
  return index;
}

/** The longest label that starts at word `i`, if any. */
function labelAt(words: Word[], i: number): Label | undefined {
  return labelIndex()
    .get(words[i].key)
    ?.find((label) => label.words.every((lw, k) => i + k < words.length && wordMatches(lw, words[i + k])));
}

/**
 * Every actor mention in `text` (offsets from `base`), left to right, longest label first and
 * without overlaps. The mention keeps its surface text: framing compares the labels.
 */
export function matchActors(text: string, base = 0): ActorRef[] {
  const words = wordsOf(text, base);
  const found: ActorRef[] = [];
  for (let i = 0; i < words.length; i++) {
    const label = labelAt(words, i);
    if (!label) continue;
    const start = words[i].start;
    let end = words[i + label.words.length - 1].end;
    if (label.dotted && text[end - base] === '.') end += 1;
    found.push({ start, end, text: text.slice(start - base, end - base), group: label.group });
    i += label.words.length - 1;
  }
  return found;
}

/** Actor mentions of one sentence, with offsets into the source text. */
export function findActors(sentence: { text: string; start: number }): ActorRef[] {
  return matchActors(sentence.text, sentence.start);
}

// A mention after one of these is a complement ("a spokesman for X"), not the head of the phrase.
const COMPLEMENT = /\b(?:for|of|from|at|in|with|to|on|by)\s+(?:the\s+|a\s+|an\s+)?$/iu;

/**
 * The actor group a phrase names, or null: "Iranian forces" → `iran`, "the Syrian regime" →
 * `syria-government`, "a spokesman for Kazakhstan's Foreign Ministry" → `kazakhstan-foreign-ministry`.
 * Of several mentions the last one outside a prepositional complement is the head.
 */
export function actorGroup(text: string): string | null {
  const mentions = matchActors(text);
  if (mentions.length === 0) return null;
  const heads = mentions.filter((m) => !COMPLEMENT.test(text.slice(0, m.start)));
  return (heads.at(-1) ?? mentions[0]).group;
}

/** The group record for an id, or undefined. */
export function actorGroupById(id: string): ActorGroup | undefined {
  labelIndex();
  return groups?.get(id);
}

/** The group and the groups it speaks for, nearest first: `mohammad-javad-zarif` → [itself, `iran`]. */
export function actorLineage(id: string): string[] {
  const chain: string[] = [];
  for (let at: string | undefined = id; at && !chain.includes(at); at = actorGroupById(at)?.parent)
    chain.push(at);
  return chain;
}
