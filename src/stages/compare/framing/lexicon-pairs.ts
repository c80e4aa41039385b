// Inputs: the label mentions of both sides and the links between their sentences. Output: pairs
// of labels of one lexicon group in different categories: Press TV's "terrorist groups" against
// the wire's "rebel groups", "the Tel Aviv regime" against "Israel". Where the pair may lie depends
// on the group's scope: anywhere (`event`), with the same proper-name modifier (`modifier`), or in
// linked sentences only (`aligned`). Labels inside quotation marks are the speaker's: left out.
import type { AlignmentLink } from '../../../model/alignment.js';
import type { LabelPair } from './label-pair.js';
import { bySentence, type LabelMention, mentionSide } from './mentions.js';

type ByLabel = Map<string, LabelMention[]>;

/** The outlet's own mentions that name one referent: a group, and for `modifier` groups one name. */
function referentBuckets(mentions: LabelMention[]): Map<string, ByLabel> {
  const buckets = new Map<string, ByLabel>();
  for (const m of mentions) {
    if (m.quoted) continue;
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

/** How well two labels answer each other: the words they share ("rebel group" / "terrorist group"). */
function labelFit(la: string, lb: string): number {
  return words(la).filter((w) => words(lb).includes(w)).length;
}

/** Every linked pair of sentence ids as `a|b`, for constant-time look-ups. */
function linkedPairs(links: AlignmentLink[]): Set<string> {
  return new Set(links.flatMap((l) => l.a.flatMap((x) => l.b.map((y) => `${x}|${y}`))));
}

/** The pair of mentions to quote: a linked pair if there is one, else the earliest. */
function quote(ma: LabelMention[], mb: LabelMention[], linked: Set<string>): [LabelMention, LabelMention] {
  const aligned = (x: LabelMention, y: LabelMention) => linked.has(`${x.sentence.id}|${y.sentence.id}`);
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
 * The label of `other` that best answers `label`: of another category, sharing the most words
 * ("terrorist group" answers "rebel group"), then used earliest. Labels both sides use are
 * left out: they are no contrast between the outlets.
 */
function bestPartner(
  label: string,
  own: ByLabel,
  other: ByLabel,
  shared: (l: string) => boolean,
): string | null {
  const category = categoryOf(own.get(label) ?? []);
  const options = [...other.keys()].filter((l) => !shared(l) && categoryOf(other.get(l) ?? []) !== category);
  options.sort(
    (x, y) =>
      labelFit(label, y) - labelFit(label, x) ||
      firstStart(other.get(x) ?? []) - firstStart(other.get(y) ?? []) ||
      x.localeCompare(y),
  );
  return options[0] ?? mostUsedOther(other, category) ?? null;
}

/**
 * Pairs each label only one side uses with its best answer on the other side; where the other
 * side has no label of its own, with its most used label of another category ("the Tel Aviv
 * regime" where both sides also write "Israel"). Symmetric in a and b.
 */
function pairBucket(a: ByLabel, b: ByLabel): [string, string][] {
  const pairs = new Map<string, [string, string]>();
  for (const la of [...a.keys()].filter((l) => !b.has(l))) {
    const lb = bestPartner(la, a, b, (l) => a.has(l));
    if (lb) pairs.set(`${la}|${lb}`, [la, lb]);
  }
  for (const lb of [...b.keys()].filter((l) => !a.has(l))) {
    const la = bestPartner(lb, b, a, (l) => b.has(l));
    if (la) pairs.set(`${la}|${lb}`, [la, lb]);
  }
  return [...pairs.values()];
}

/** The label a side uses most whose category differs from `category`. */
function mostUsedOther(side: ByLabel, category: string): string | undefined {
  const options = [...side.entries()].filter(([, ms]) => categoryOf(ms) !== category);
  options.sort(
    ([la, x], [lb, y]) => y.length - x.length || firstStart(x) - firstStart(y) || la.localeCompare(lb),
  );
  return options[0]?.[0];
}

/** Pairs labels of different categories of one referent across the two sides. */
function pairWithin(
  mentionsA: LabelMention[],
  mentionsB: LabelMention[],
  links: AlignmentLink[],
  ruleId: string,
): LabelPair[] {
  const bucketsA = referentBuckets(mentionsA);
  const bucketsB = referentBuckets(mentionsB);
  const linked = linkedPairs(links);
  const pairs: LabelPair[] = [];
  for (const [bucket, a] of bucketsA) {
    const b = bucketsB.get(bucket);
    if (!b) continue;
    for (const [la, lb] of pairBucket(a, b)) {
      const [ma, mb] = quote(a.get(la) ?? [], b.get(lb) ?? [], linked);
      pairs.push({ ruleId, group: ma.entry.group, a: mentionSide(ma), b: mentionSide(mb) });
    }
  }
  return pairs;
}

/**
 * Pairs the labels of `event` and `modifier` groups over the whole reports: one story has one
 * Israel, one set of fighters, one North Korean leader.
 */
export function pairWholeReports(
  mentionsA: LabelMention[],
  mentionsB: LabelMention[],
  links: AlignmentLink[],
  ruleId: string,
): LabelPair[] {
  const whole = (m: LabelMention) => m.entry.scope !== 'aligned';
  return pairWithin(mentionsA.filter(whole), mentionsB.filter(whole), links, ruleId);
}

/**
 * Pairs the labels of `aligned` groups link by link: acts such as a killing or an attack recur
 * in one story with different referents, so only linked sentences show that they are one.
 */
export function pairLinkedSentences(
  mentionsA: LabelMention[],
  mentionsB: LabelMention[],
  links: AlignmentLink[],
  ruleId: string,
): LabelPair[] {
  const linked = (ms: LabelMention[]) => bySentence(ms.filter((m) => m.entry.scope === 'aligned'));
  const [sa, sb] = [linked(mentionsA), linked(mentionsB)];
  const pairs: LabelPair[] = [];
  for (const link of links) {
    const ma = link.a.flatMap((id) => sa.get(id) ?? []);
    const mb = link.b.flatMap((id) => sb.get(id) ?? []);
    if (ma.length > 0 && mb.length > 0) pairs.push(...pairWithin(ma, mb, [link], ruleId));
  }
  return pairs;
}
