// Inputs: the label mentions of both sides and the alignment. Output: pairs of different labels
// of one lexicon group, wherever the sentences lie: Press TV's "terrorist groups" against the
// wire's "rebel groups", "the Tel Aviv regime" against "Israel".
import type { AlignmentLink } from '../../../model/alignment.js';
import type { LabelPair } from './label-pair.js';
import { type LabelMention, mentionSide } from './mentions.js';

type ByLabel = Map<string, LabelMention[]>;

/** Mentions that name one referent: a group, and for `modifier` groups one country. */
function referentBuckets(mentions: LabelMention[]): Map<string, ByLabel> {
  const buckets = new Map<string, ByLabel>();
  for (const m of mentions) {
    if (m.entry.role === 'ignore') continue;
    if (m.entry.scope === 'modifier' && m.key === null) continue;
    const bucket = m.entry.scope === 'modifier' ? `${m.entry.group}|${m.key}` : m.entry.group;
    const byLabel = buckets.get(bucket) ?? new Map<string, LabelMention[]>();
    byLabel.set(m.entry.label, [...(byLabel.get(m.entry.label) ?? []), m]);
    buckets.set(bucket, byLabel);
  }
  return buckets;
}

const categoryOf = (mentions: LabelMention[]): string => mentions[0].entry.category;
const firstStart = (mentions: LabelMention[]): number => mentions[0].span.start;
const words = (label: string): string[] => label.split(' ');

/** How well two labels answer each other: a shared head word, then a different category. */
function labelFit(la: string, ma: LabelMention[], lb: string, mb: LabelMention[]): number {
  const shared = words(la).filter((w) => words(lb).includes(w)).length;
  return 2 * shared + (categoryOf(ma) === categoryOf(mb) ? 0 : 1);
}

/** The pair of mentions to quote: an aligned pair if there is one, else the earliest. */
function quote(
  ma: LabelMention[],
  mb: LabelMention[],
  alignment: AlignmentLink[],
): [LabelMention, LabelMention] {
  const aligned = (x: LabelMention, y: LabelMention) =>
    alignment.some((l) => l.a.includes(x.sentence.id) && l.b.includes(y.sentence.id));
  let best: [LabelMention, LabelMention] = [ma[0], mb[0]];
  let bestScore = Number.NEGATIVE_INFINITY;
  for (const x of ma)
    for (const y of mb) {
      const score = (aligned(x, y) ? 1e9 : 0) - x.span.start - y.span.start;
      if (score > bestScore) [best, bestScore] = [[x, y], score];
    }
  return best;
}

/**
 * Pairs the labels only one side uses, one to one, best fit first; a label left over is
 * paired with the other side's most used label of the group when their categories differ
 * ("the Tel Aviv regime" where both sides also write "Israel"). Symmetric in a and b.
 */
function pairBucket(a: ByLabel, b: ByLabel): [string, string][] {
  const onlyA = [...a.keys()].filter((l) => !b.has(l));
  const onlyB = [...b.keys()].filter((l) => !a.has(l));
  const candidates = onlyA.flatMap((la) => onlyB.map((lb) => ({ la, lb })));
  const score = ({ la, lb }: { la: string; lb: string }) =>
    labelFit(la, a.get(la) ?? [], lb, b.get(lb) ?? []);
  const order = ({ la, lb }: { la: string; lb: string }) =>
    firstStart(a.get(la) ?? []) + firstStart(b.get(lb) ?? []);
  candidates.sort(
    (x, y) =>
      score(y) - score(x) || order(x) - order(y) || [x.la, x.lb].join().localeCompare([y.la, y.lb].join()),
  );
  const pairs: [string, string][] = [];
  const used = new Set<string>();
  for (const { la, lb } of candidates) {
    if (used.has(`a:${la}`) || used.has(`b:${lb}`)) continue;
    pairs.push([la, lb]);
    used.add(`a:${la}`).add(`b:${lb}`);
  }
  for (const la of onlyA.filter((l) => !used.has(`a:${l}`))) {
    const lb = mostUsedOther(b, categoryOf(a.get(la) ?? []));
    if (lb) pairs.push([la, lb]);
  }
  for (const lb of onlyB.filter((l) => !used.has(`b:${l}`))) {
    const la = mostUsedOther(a, categoryOf(b.get(lb) ?? []));
    if (la) pairs.push([la, lb]);
  }
  return pairs;
}

/** The label a side uses most whose category differs from `category`. */
function mostUsedOther(side: ByLabel, category: string): string | undefined {
  const options = [...side.entries()].filter(([, ms]) => categoryOf(ms) !== category);
  options.sort(
    ([la, x], [lb, y]) => y.length - x.length || firstStart(x) - firstStart(y) || la.localeCompare(lb),
  );
  return options[0]?.[0];
}

/** Pairs different labels of the same referent across the two sides. */
export function pairLexiconLabels(
  mentionsA: LabelMention[],
  mentionsB: LabelMention[],
  alignment: AlignmentLink[],
): LabelPair[] {
  const bucketsA = referentBuckets(mentionsA);
  const bucketsB = referentBuckets(mentionsB);
  const pairs: LabelPair[] = [];
  for (const [bucket, a] of bucketsA) {
    const b = bucketsB.get(bucket);
    if (!b) continue;
    for (const [la, lb] of pairBucket(a, b)) {
      const [ma, mb] = quote(a.get(la) ?? [], b.get(lb) ?? [], alignment);
      pairs.push({
        ruleId: 'compare/framing-lexicon',
        group: ma.entry.group,
        role: ma.entry.role,
        a: mentionSide(ma),
        b: mentionSide(mb),
      });
    }
  }
  return pairs;
}
