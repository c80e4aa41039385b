import type { AlignmentLink } from '../../src/model/alignment.js';
import type { SegmentedSource } from '../../src/model/source.js';

/** A hand-made alignment: sentences named by a quote that occurs in exactly one sentence of their side. */
export interface GoldAlignment {
  description?: string;
  links: { a: string[]; b: string[]; note?: string }[];
  /** Sentences that must never be linked (captions, credits, promos). */
  unaligned: { a: string[]; b: string[] };
}

/** Precision and recall of sentence links: each n:m link counts as its a × b sentence pairs. */
export interface AlignmentScore {
  precision: number;
  recall: number;
  gold: number;
  predicted: number;
  matched: number;
  missed: string[];
  extra: string[];
  /** Sentences listed as unaligned that some link uses. */
  wronglyLinked: string[];
}

/** The id of the one sentence that contains `quote`; throws when none or several do. */
export function sentenceByQuote(source: SegmentedSource, quote: string): string {
  const hits = source.sentences.filter((s) => s.text.includes(quote));
  if (hits.length !== 1)
    throw new Error(`${source.id}: "${quote}" is in ${hits.length} sentences, expected 1`);
  return hits[0].id;
}

const pairsOf = (links: { a: string[]; b: string[] }[]): Set<string> =>
  new Set(links.flatMap((l) => l.a.flatMap((x) => l.b.map((y) => `${x}~${y}`))));

/** Scores predicted links against a gold alignment of the same two sources. */
export function scoreAlignment(
  links: readonly AlignmentLink[],
  gold: GoldAlignment,
  a: SegmentedSource,
  b: SegmentedSource,
): AlignmentScore {
  const resolved = gold.links.map((l) => ({
    a: l.a.map((q) => sentenceByQuote(a, q)),
    b: l.b.map((q) => sentenceByQuote(b, q)),
  }));
  const want = pairsOf(resolved);
  const got = pairsOf([...links]);
  const matched = [...got].filter((p) => want.has(p)).length;
  const banned = [
    ...a.sentences.filter((s) => gold.unaligned.a.some((q) => s.text.includes(q))).map((s) => `a:${s.id}`),
    ...b.sentences.filter((s) => gold.unaligned.b.some((q) => s.text.includes(q))).map((s) => `b:${s.id}`),
  ];
  const used = new Set(links.flatMap((l) => [...l.a.map((id) => `a:${id}`), ...l.b.map((id) => `b:${id}`)]));
  return {
    precision: got.size === 0 ? 0 : matched / got.size,
    recall: want.size === 0 ? 0 : matched / want.size,
    gold: want.size,
    predicted: got.size,
    matched,
    missed: [...want].filter((p) => !got.has(p)),
    extra: [...got].filter((p) => !want.has(p)),
    wronglyLinked: banned.filter((id) => used.has(id)),
  };
}
