// Inputs: one analysed source and the framing lexicon. Output: every place a headline or body
// sentence uses a label of a framing group, with the span a reader would quote.
import { type FramingLabel, framingLabels } from '../../../lexicons/framing.js';
import type { AnalyzedSource } from '../../../model/analyzed-source.js';
import type { Sentence, Token } from '../../../model/source.js';
import type { Span } from '../../../model/span.js';
import type { LabelSide } from './label-pair.js';

/** A use of a lexicon label in a source. */
export interface LabelMention {
  entry: FramingLabel;
  sentence: Sentence;
  /** Half-open token range of the label words in the sentence. */
  from: number;
  to: number;
  /** For `modifier` groups: the country the label is about ("syri" for "Syrian"), or null. */
  key: string | null;
  /** The label as quoted: with its article and country modifier ("the Syrian regime"). */
  span: Span;
}

/** Lemmas and surfaces compare with straight apostrophes. */
export const normalWord = (word: string): string => word.replace(/[\u2018\u2019]/gu, "'");

const matchesWord = (token: Token, word: string): boolean =>
  normalWord(token.lemma) === word || normalWord(token.lower) === word;

/** True when `words` occur in `tokens` starting at `at`. */
export function matchesAt(tokens: Token[], at: number, words: string[]): boolean {
  return at + words.length <= tokens.length && words.every((w, i) => matchesWord(tokens[at + i], w));
}

let byFirstWord: Map<string, { label: FramingLabel; order: number }[]> | undefined;

/** The lexicon's labels indexed by their first word, so a token is tried only against labels it can start. */
function labelsStartingWith(token: Token): FramingLabel[] {
  if (!byFirstWord) {
    byFirstWord = new Map();
    for (const [order, label] of framingLabels().entries()) {
      const list = byFirstWord.get(label.words[0]) ?? [];
      list.push({ label, order });
      byFirstWord.set(label.words[0], list);
    }
  }
  const lemma = byFirstWord.get(normalWord(token.lemma)) ?? [];
  const lower = byFirstWord.get(normalWord(token.lower)) ?? [];
  if (lower.length === 0 || lower === lemma) return lemma.map((x) => x.label);
  // Both keys hit: keep the lexicon's order, which decides between overlapping labels.
  return [...new Set([...lemma, ...lower])].sort((x, y) => x.order - y.order).map((x) => x.label);
}

// A source's mentions do not depend on the pair: a batch compares each source with many others.
const cache = new WeakMap<AnalyzedSource, LabelMention[]>();

/** Finds every label mention in the headline and body sentences of a source, in text order. */
export function findLabelMentions(source: AnalyzedSource): LabelMention[] {
  const hit = cache.get(source);
  if (hit) return hit;
  const mentions = scanMentions(source);
  cache.set(source, mentions);
  return mentions;
}

function scanMentions(source: AnalyzedSource): LabelMention[] {
  const mentions: LabelMention[] = [];
  for (const sentence of source.sentences) {
    if (sentence.role !== 'body' && sentence.role !== 'headline') continue;
    const { tokens } = sentence;
    for (let i = 0; i < tokens.length; i++) {
      const entry = labelsStartingWith(tokens[i]).find((label) => matchesAt(tokens, i, label.words));
      if (!entry) continue;
      const to = i + entry.words.length;
      if (!namesOtherReferent(tokens, to, entry)) mentions.push(mention(source, sentence, entry, i, to));
      i = to - 1;
    }
  }
  return mentions;
}

/** "militants from Islamic State": the words after the label name someone else. */
function namesOtherReferent(tokens: Token[], to: number, entry: FramingLabel): boolean {
  for (let at = to; at < Math.min(tokens.length, to + 4); at++) {
    if (entry.otherReferents.some((words) => matchesAt(tokens, at, words))) return true;
  }
  return false;
}

function mention(
  source: AnalyzedSource,
  sentence: Sentence,
  entry: FramingLabel,
  from: number,
  to: number,
): LabelMention {
  const { tokens } = sentence;
  const modifierAt = countryModifier(tokens, from);
  let first = modifierAt ?? from;
  if (first > 0 && tokens[first - 1].lower === 'the') first -= 1;
  const start = tokens[first].start;
  const end = tokens[to - 1].end;
  const key = modifierAt === null ? null : countryKey(tokens[modifierAt].lower);
  return {
    entry,
    sentence,
    from,
    to,
    key,
    span: { sentence: sentence.id, start, end, text: source.text.slice(start, end) },
  };
}

/** Index of the capitalised modifier before a label: "Syrian" regime, "Iran's" government. */
function countryModifier(tokens: Token[], from: number): number | null {
  let at = from - 1;
  if (at > 0 && normalWord(tokens[at].lower) === "'s") at -= 1;
  if (at < 0) return null;
  const token = tokens[at];
  const capitalised = /^\p{Lu}/u.test(token.text);
  return capitalised && (token.pos === 'PROPN' || token.pos === 'ADJ') ? at : null;
}

/**
 * A crude country key: the first four letters, so that "Syria" and "Syrian", "Iran" and
 * "Iranian", "Israel" and "Israeli" agree. It conflates North and South Korea, which a
 * `modifier` group then treats as one referent: a known limit.
 */
export function countryKey(word: string): string {
  return normalWord(word).replace(/'s$/u, '').slice(0, 4);
}

/** A token names several when its surface is not its lemma ("groups" / group). */
export const isPlural = (token: Token): boolean =>
  token.pos === 'NOUN' && normalWord(token.lower) !== token.lemma && token.lower.endsWith('s');

/** One side of a label pair, from a lexicon mention. */
export function mentionSide(m: LabelMention): LabelSide {
  const head = m.sentence.tokens[m.to - 1];
  return {
    span: m.span,
    label: m.entry.label,
    category: m.entry.category,
    plural: isPlural(head),
    verbal: head.pos === 'VERB',
  };
}
