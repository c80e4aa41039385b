import { loadLexicon } from '../lexicons/load.js';
import type { ActorRef } from '../model/claim.js';
import { straightApostrophes } from './apostrophe.js';

/** One actor group of `data/actors.yaml`. */
export interface ActorGroup {
  id: string;
  kind: string;
  labels: string[];
  demonyms?: string[];
  /** The state or body the actor speaks for (`mohammad-javad-zarif` → `iran`). */
  parent?: string;
  /** Labels that name such an actor in any conflict ("government forces", "rebels"). */
  generic?: string[];
}

/** A word of a text or label: its offsets, its normalised form and its case class. */
interface Word {
  start: number;
  end: number;
  /** Lower-cased, straight apostrophes, possessive 's dropped. */
  key: string;
  surface: string;
}

/**
 * How a label word's case must be met: any case, a capital first letter, exactly, or as written
 * with the first letter either way (`mixed`: "al-Assad", also "Al-Assad" opening a sentence).
 */
type Case = 'any' | 'capital' | 'exact' | 'mixed';

/** A word of a label, with its case class worked out once when the lexicon is compiled. */
interface LabelWord extends Word {
  case: Case;
}

/** A label compiled to words, with the group it names. */
interface Label {
  group: string;
  words: LabelWord[];
  /** The label ends in a dot that belongs to it ("U.S."). */
  dotted: boolean;
  /** The label is one of its group's `generic` ones ("government forces"). */
  generic: boolean;
}

// Words with inner dots, hyphens and apostrophes stay whole: "U.S", "Jong-un", "al-Assad".
const WORD = /[\p{L}\p{N}]+(?:[-'’.][\p{L}\p{N}]+)*/gu;
const CAPITAL = /^\p{Lu}/u;

/**
 * Splits a string into words with offsets relative to `base`. Called once a sentence, so it
 * avoids per-word regular expressions where a character test says the same (issue 13).
 */
function wordsOf(text: string, base = 0): Word[] {
  const words: Word[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m !== null; m = WORD.exec(text)) {
    let surface = m[0];
    const n = surface.length;
    // The possessive 's (straight or curly) is not part of the name.
    if (n > 2 && surface[n - 1] === 's' && (surface[n - 2] === "'" || surface[n - 2] === '’'))
      surface = surface.slice(0, n - 2);
    const start = base + m.index;
    const lower = surface.toLowerCase();
    const key = straightApostrophes(lower);
    words.push({ start, end: start + surface.length, surface, key });
  }
  return words;
}

/** The case class of a label word (see `wordMatches`). */
function caseOf(word: Word): Case {
  if (word.surface === word.key) return 'any';
  const allCaps = word.surface.length > 1 && word.surface === word.surface.toUpperCase();
  if (allCaps) return 'exact';
  // "al-Assad", "bin Salman": a lower-case particle before a capital is no capitalised word.
  return CAPITAL.test(word.surface) ? 'capital' : 'mixed';
}

/** Lower-case label words match any case; capitalised ones need a capital; all-caps ones match exactly; mixed ones as written (see `Case`). */
function wordMatches(label: LabelWord, word: Word): boolean {
  if (label.key !== word.key) return false;
  if (label.case === 'any') return true;
  if (label.case === 'exact') return word.surface === label.surface;
  if (label.case === 'mixed')
    return (
      word.surface === label.surface ||
      word.surface === label.surface[0].toUpperCase() + label.surface.slice(1)
    );
  return CAPITAL.test(word.surface);
}

let index: Map<string, Label[]> | undefined;
let groups: Map<string, ActorGroup> | undefined;
/** The groups of each demonym ("Syrian" → syria-government), for `namedGroups`. */
let demonymGroups: Map<string, string[]> | undefined;

/** Compiles every label and demonym + body phrase once, longest first under each first word. */
function labelIndex(): Map<string, Label[]> {
  if (index) return index;
  const file = loadLexicon<ActorGroup>('actors') as ReturnType<typeof loadLexicon<ActorGroup>> & {
    bodies: { words: string[] };
  };
  groups = new Map(file.entries.map((g) => [g.id, g]));
  index = new Map();
  demonymGroups = new Map();
  for (const group of file.entries) {
    const generic = new Set(group.generic ?? []);
    const phrases = [...group.labels];
    for (const demonym of group.demonyms ?? []) {
      phrases.push(...file.bodies.words.map((b) => `${demonym} ${b}`));
      demonymGroups.set(demonym, [...(demonymGroups.get(demonym) ?? []), group.id]);
    }
    for (const phrase of phrases) {
      const words = wordsOf(phrase).map((w) => ({ ...w, case: caseOf(w) }));
      if (words.length === 0) continue;
      const bucket = index.get(words[0].key) ?? [];
      bucket.push({ group: group.id, words, dotted: phrase.endsWith('.'), generic: generic.has(phrase) });
      index.set(words[0].key, bucket);
    }
  }
  for (const bucket of index.values()) bucket.sort((x, y) => y.words.length - x.words.length);
  return index;
}

/** The longest label that starts at word `i`, if any. */
function labelAt(labels: Map<string, Label[]>, words: Word[], i: number): Label | undefined {
  const bucket = labels.get(words[i].key);
  if (!bucket) return undefined;
  for (const label of bucket) {
    const lw = label.words;
    if (i + lw.length > words.length) continue;
    let k = 0;
    while (k < lw.length && wordMatches(lw[k], words[i + k])) k++;
    if (k === lw.length) return label;
  }
  return undefined;
}

/** Every label matched in `text` with the mention it makes, left to right, longest first, without overlaps. */
function matchLabels(
  text: string,
  base = 0,
  words = wordsOf(text, base),
): { label: Label; mention: ActorRef }[] {
  const labels = labelIndex();
  const found: { label: Label; mention: ActorRef }[] = [];
  for (let i = 0; i < words.length; i++) {
    const label = labelAt(labels, words, i);
    if (!label) continue;
    const start = words[i].start;
    let end = words[i + label.words.length - 1].end;
    if (label.dotted && text[end - base] === '.') end += 1;
    found.push({
      label,
      mention: { start, end, text: text.slice(start - base, end - base), group: label.group },
    });
    i += label.words.length - 1;
  }
  return found;
}

/**
 * Every actor mention in `text` (offsets from `base`), left to right, longest label first and
 * without overlaps. The mention keeps its surface text: framing compares the labels.
 */
export function matchActors(text: string, base = 0): ActorRef[] {
  return matchLabels(text, base).map((m) => m.mention);
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
  const heads = mentions.filter((m) => !COMPLEMENT.test(text.slice(0, m.start)));
  return (heads.at(-1) ?? mentions[0])?.group ?? null;
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

/**
 * Whether an actor phrase names its group only by generic labels ("government forces", "the rebel
 * fighters"): any country's forces or insurgents, not the group's own state or movement by name.
 * Every mention in the phrase must be generic: "Free Syrian Army rebels" names its movement.
 */
export function isGenericActor(ref: ActorRef): boolean {
  if (!ref.group) return false;
  // A pronoun is as generic as the phrase it stands for.
  const matched = matchLabels(ref.antecedent?.text ?? ref.text);
  return matched.length > 0 && matched.every((m) => m.label.generic);
}

/**
 * The groups a text names other than by a generic label, or by their demonym, with the groups they
 * speak for ("Assad", "Syrian" → syria-government, syria): what places a story's "government
 * forces" in a country. A story about Turkey that mentions "the border with Syria" is placed there
 * too: the test is the story's words, not its subject.
 */
export function namedGroups(text: string): Set<string> {
  const named = new Set<string>();
  // The text is a whole article: split into words once for the labels and the demonyms.
  const words = wordsOf(text);
  for (const { label } of matchLabels(text, 0, words))
    if (!label.generic) for (const g of actorLineage(label.group)) named.add(g);
  // A demonym alone places the story too: "the northwestern Syrian province of Idlib".
  for (const word of words)
    for (const group of demonymGroups?.get(word.surface) ?? [])
      for (const g of actorLineage(group)) named.add(g);
  return named;
}
