import type { AlignmentLink } from '../../model/alignment.js';
import type { AnalyzedSource } from '../../model/analyzed-source.js';
import type { Claim } from '../../model/claim.js';
import type { Finding } from '../../model/finding.js';
import type { Sentence } from '../../model/source.js';
import type { Side } from '../../model/span.js';
import type { OmittedItem } from './omission/items.js';

/**
 * A finding before ranking gives it an id. A rule sets `confidence` from its own evidence;
 * when it does not, `withConfidence` derives one from the alignment of the evidence sentences.
 */
export type FindingDraft = Omit<Finding, 'id' | 'confidence'> & {
  confidence?: number;
  /** An omission's statement as data, for the post-pass that settles it (omission/contradicted.ts), which drops it. */
  omitted?: OmissionStatement;
};

/** What an omission's explanation states: the sentence it quotes, and what it says the other article never mentions. */
export interface OmissionStatement {
  /** The id of the sentence the explanation quotes, when it quotes one. */
  lead?: string;
  /** The names and words it lists as never mentioned, as the explanation writes them. */
  never: string[];
  /** The sentences and details it was drafted from, so that one settled without some of them is worded again. */
  group: OmittedItem[];
}

/**
 * How rare a lemma is in news text (an idf: "astana" high, "say" low). The pipeline passes the
 * align stage's table, so compare weighs words without importing another stage.
 */
export type Rarity = (lemma: string) => number;

/** What every compare rule reads: both sources, the alignment, and lookups built once. */
export interface CompareContext {
  rarity: Rarity;
  a: AnalyzedSource;
  b: AnalyzedSource;
  alignment: AlignmentLink[];
  /** `sA|sB` for every pair of sentences linked by the alignment, with the link's relation. */
  linked: Map<string, AlignmentLink>;
  sentence: Record<Side, Map<string, Sentence>>;
  /** The links that make two sentences counterparts (see `counterpartLinks`). */
  counterparts: AlignmentLink[];
  /** Per side, the sentences that have a counterpart on the other side. */
  covered: Record<Side, Set<string>>;
}

/**
 * A link makes its sentences counterparts when it is `equivalent`, or when it is `partial`
 * and its sentences have no equivalent link elsewhere. A partial echo of a sentence already
 * matched elsewhere (the same quote paraphrased further down) is not a counterpart.
 */
function counterpartLinks(alignment: AlignmentLink[]): AlignmentLink[] {
  const equivalent = alignment.filter((l) => l.relation === 'equivalent');
  const matchedA = new Set(equivalent.flatMap((l) => l.a));
  const matchedB = new Set(equivalent.flatMap((l) => l.b));
  return alignment.filter(
    (l) =>
      l.relation === 'equivalent' ||
      (l.a.some((id) => !matchedA.has(id)) && l.b.some((id) => !matchedB.has(id))),
  );
}

/** Builds the lookups the rules share. */
export function compareContext(
  a: AnalyzedSource,
  b: AnalyzedSource,
  alignment: AlignmentLink[],
  rarity: Rarity,
): CompareContext {
  const linked = new Map<string, AlignmentLink>();
  for (const link of alignment)
    for (const sa of link.a) for (const sb of link.b) linked.set(`${sa}|${sb}`, link);
  const counterparts = counterpartLinks(alignment);
  return {
    rarity,
    counterparts,
    covered: { a: new Set(counterparts.flatMap((l) => l.a)), b: new Set(counterparts.flatMap((l) => l.b)) },
    a,
    b,
    alignment,
    linked,
    sentence: {
      a: new Map(a.sentences.map((s) => [s.id, s])),
      b: new Map(b.sentences.map((s) => [s.id, s])),
    },
  };
}

/** The alignment link between the sentences of two claims, if any. */
export function linkOf(ctx: CompareContext, ca: Claim, cb: Claim): AlignmentLink | undefined {
  return ctx.linked.get(`${ca.sentence}|${cb.sentence}`);
}

/** The outlet name of a side, for explanations. */
export function outlet(ctx: CompareContext, side: Side): string {
  return ctx[side].meta.outlet;
}

/** Side b's sentences aligned with each side-a sentence. */
export function linkedSentences(ctx: CompareContext): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const link of ctx.alignment) for (const sa of link.a) out.set(sa, [...(out.get(sa) ?? []), ...link.b]);
  return out;
}

/** The other side of a pair. */
export const otherSide = (side: Side): Side => (side === 'a' ? 'b' : 'a');
