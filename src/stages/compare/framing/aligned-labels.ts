// Inputs: both sources, the alignment and each side's label mentions. Output: label pairs where
// two linked sentences say the same thing but swap one label of a lexicon group for another: "the
// Syrian government" → "the Syrian regime", "opposition delegation" → "rebel delegation". The
// shared context around the swap is the evidence that both labels name the same referent.

import type { AlignmentLink } from '../../../model/alignment.js';
import type { AnalyzedSource } from '../../../model/analyzed-source.js';
import { carriesClaims } from '../../../model/roles.js';
import type { Sentence } from '../../../model/source.js';
import type { LabelPair } from './label-pair.js';
import { listedPair, withSharedHead } from './label-swap.js';
import { hunks, type Place } from './lemma-diff.js';
import { bySentence, type LabelMention } from './mentions.js';

/** The headline and body sentences of a source by id, built once per source. */
const byIdCache = new WeakMap<AnalyzedSource, Map<string, Sentence>>();
function sentencesById(source: AnalyzedSource): Map<string, Sentence> {
  let hit = byIdCache.get(source);
  if (!hit) {
    const kept = source.sentences.filter(carriesClaims);
    hit = new Map(kept.map((s) => [s.id, s]));
    byIdCache.set(source, hit);
  }
  return hit;
}

/** The tokens of the linked sentences, punctuation aside; only these sentences are read. */
function places(source: AnalyzedSource, ids: string[]): Place[] {
  const byId = sentencesById(source);
  return ids
    .map((id) => byId.get(id))
    .filter((s): s is Sentence => s !== undefined)
    .sort((x, y) => x.index - y.index)
    .flatMap((sentence) =>
      sentence.tokens
        .map((token, index) => ({ token, sentence, index }))
        .filter((p) => p.token.pos !== 'PUNCT'),
    );
}

/** The mentions that sit in one of `ids`, looked up per sentence. */
function mentionsIn(bySentence: Map<string, LabelMention[]>, ids: string[]): LabelMention[] {
  return ids.flatMap((id) => bySentence.get(id) ?? []);
}

/** Whether some label of one side and a different label of the same group on the other could pair. */
function canSwap([xs, ys]: [LabelMention[], LabelMention[]]): boolean {
  return xs.some((x) => ys.some((y) => x.entry.group === y.entry.group && x.entry.label !== y.entry.label));
}

/** Two sources, the links between their sentences and each side's label mentions. */
export interface LinkedSources {
  a: AnalyzedSource;
  b: AnalyzedSource;
  links: AlignmentLink[];
  mentions: [LabelMention[], LabelMention[]];
}

/** Label swaps inside every linked group of sentences, diffing a against b, in link order. */
function oneWay({ a, b, links, mentions }: LinkedSources, ruleId: string): LabelPair[] {
  const pairs: LabelPair[] = [];
  const [ma, mb] = mentions.map(bySentence);
  for (const link of links) {
    const here: [LabelMention[], LabelMention[]] = [mentionsIn(ma, link.a), mentionsIn(mb, link.b)];
    // Only a link with two different labels of one group, one on each side, can hold a swap
    // (`listedPair`): skip the diff for the others (issue 13: the diff was most of this rule).
    if (!canSwap(here)) continue;
    const pa = places(a, link.a);
    const pb = places(b, link.b);
    for (const hunk of hunks(pa, pb)) {
      const pair = listedPair(hunk, [pa.slice(...hunk.a), pb.slice(...hunk.b)], here, ruleId);
      if (!pair) continue;
      const next: [Place?, Place?] = [pa[hunk.a[1]], pb[hunk.b[1]]];
      pairs.push(withSharedHead(pair, [a, b], next));
    }
  }
  return pairs;
}

/**
 * Label swaps inside linked sentences, diffed both ways: a lemma diff is not symmetric when
 * several alignments of equal length exist, and comparing b with a must mirror a with b.
 */
export function findAlignedLabels(input: LinkedSources, ruleId: string): LabelPair[] {
  const { a, b, links, mentions } = input;
  const flipped = links.map((link) => ({ ...link, a: link.b, b: link.a }));
  const mirror: LinkedSources = { a: b, b: a, links: flipped, mentions: [mentions[1], mentions[0]] };
  const back = oneWay(mirror, ruleId).map((p) => ({ ...p, a: p.b, b: p.a }));
  return [...oneWay(input, ruleId), ...back];
}
