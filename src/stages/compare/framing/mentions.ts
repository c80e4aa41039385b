// Inputs: one analysed source and the framing lexicon. Output: every place a headline or body
// sentence uses a label of a framing group, with the span a reader would quote.
import { type FramingLabel, framingLabels } from '../../../lexicons/framing.js';
import type { AnalyzedSource } from '../../../model/analyzed-source.js';
import type { Sentence, Token } from '../../../model/source.js';
import type { Span } from '../../../model/span.js';
import { straightApostrophes } from '../../../text/apostrophe.js';
import {
  insideCompound,
  matchesAt,
  namesOtherReferent,
  nominal,
  ofParty,
  properModifier,
  referentKey,
} from './label-context.js';
import type { LabelSide } from './label-pair.js';

import { insideRange, quotedRanges } from './quotes.js';

/** A use of a lexicon label in a source. */
export interface LabelMention {
  entry: FramingLabel;
  sentence: Sentence;
  /** Half-open token range of the label words in the sentence. */
  from: number;
  to: number;
  /** The proper-name modifier the label is about ("nort kore" for "North Korean"), or null. */
  key: string | null;
  /** The label as quoted: with its article and proper-name modifier ("the Syrian regime"). */
  span: Span;
  /** The label stands inside quotation marks: the quoted speaker's word, not the outlet's. */
  quoted: boolean;
}

let byFirstWord: Map<string, { label: FramingLabel; order: number }[]> | undefined;
/** The same lists as plain labels, in lexicon order: what a token with one matching key gets. */
let labelsByFirstWord: Map<string, FramingLabel[]> | undefined;
const NONE: FramingLabel[] = [];

/** The lexicon's labels indexed by their first word, so a token is tried only against labels it can start. */
function labelsStartingWith(token: Token): FramingLabel[] {
  if (!byFirstWord || !labelsByFirstWord) {
    byFirstWord = new Map();
    for (const [order, label] of framingLabels().entries()) {
      const list = byFirstWord.get(label.words[0]) ?? [];
      list.push({ label, order });
      byFirstWord.set(label.words[0], list);
    }
    labelsByFirstWord = new Map([...byFirstWord].map(([word, list]) => [word, list.map((x) => x.label)]));
  }
  const lower = straightApostrophes(token.lower);
  const lemma = straightApostrophes(token.lemma);
  const singular = token.pos === 'PROPN' && lower.endsWith('s') ? lower.slice(0, -1) : undefined;
  // Most tokens start no label, and most that do match one key only: answered without building
  // sets (issue 13: this ran for every token of every source). Distinct keys hit distinct lists.
  const hits = Number(byFirstWord.has(lemma)) + Number(lower !== lemma && byFirstWord.has(lower));
  if (hits === 0 && (singular === undefined || !byFirstWord.has(singular))) return NONE;
  if (singular === undefined && hits === 1)
    return labelsByFirstWord.get(byFirstWord.has(lemma) ? lemma : lower) ?? NONE;
  const keys = new Set([lemma, lower]);
  if (singular !== undefined) keys.add(singular);
  const found = [...keys].flatMap((key) => byFirstWord?.get(key) ?? []);
  // Several keys may hit: keep the lexicon's order, which decides between overlapping labels.
  return [...new Set(found)].sort((x, y) => x.order - y.order).map((x) => x.label);
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
      const entry = labelsStartingWith(tokens[i]).find(
        (label) => matchesAt(tokens, i, label.words) && (!label.nominal || nominal(tokens[i])),
      );
      if (!entry) continue;
      const to = i + entry.words.length;
      const other =
        namesOtherReferent(tokens, to, entry) ||
        insideCompound(source.text, tokens, i, to) ||
        ofParty(tokens, i, entry);
      if (!other) mentions.push(mention(source, sentence, entry, i, to));
      i = to - 1;
    }
  }
  return mentions;
}

function mention(
  source: AnalyzedSource,
  sentence: Sentence,
  entry: FramingLabel,
  from: number,
  to: number,
): LabelMention {
  const { tokens } = sentence;
  const modifier = nominal(tokens[from]) ? properModifier(tokens, from) : [];
  let first = modifier.length > 0 ? modifier[0] : from;
  if (first > 0 && tokens[first - 1].lower === 'the') first -= 1;
  const start = tokens[first].start;
  const end = tokens[to - 1].end;
  const key = referentKey(tokens, modifier);
  const quoted = insideRange(quotedRanges(source), tokens[from].start);
  return {
    entry,
    sentence,
    from,
    to,
    key,
    quoted,
    span: { sentence: sentence.id, start, end, text: source.text.slice(start, end) },
  };
}

/** A token names several when its surface is not its lemma ("groups" / group). */
export const isPlural = (token: Token): boolean =>
  token.pos === 'NOUN' && straightApostrophes(token.lower) !== token.lemma && token.lower.endsWith('s');

/** One side of a label pair, from a lexicon mention. */
export function mentionSide(m: LabelMention): LabelSide {
  const head = m.sentence.tokens[m.to - 1];
  return {
    span: m.span,
    label: m.entry.label,
    category: m.entry.category,
    plural: isPlural(head),
    verbal: head.pos === 'VERB',
    key: m.key,
    quoted: m.quoted,
  };
}

/** Mentions grouped by the id of their sentence. */
export function bySentence(mentions: LabelMention[]): Map<string, LabelMention[]> {
  const map = new Map<string, LabelMention[]>();
  for (const m of mentions) {
    const list = map.get(m.sentence.id);
    if (list) list.push(m);
    else map.set(m.sentence.id, [m]);
  }
  return map;
}
