import type { AlignmentLink } from '../../model/alignment.js';
import type { AnalyzedSource } from '../../model/analyzed-source.js';
import type { CappedCount } from '../../model/capped.js';
import { DEFAULT_OMISSION_CAP } from '../../model/capped.js';
import type { Finding } from '../../model/finding.js';
import { type CapLimits, sortCapped } from './cap.js';
import { withConfidence } from './confidence.js';
import { compareContext, type Rarity } from './context.js';
import { matchFacts } from './facts/fact-match.js';
import { rank } from './rank.js';
import { COMPARE_POST_PASSES, COMPARE_RULES } from './rules.js';

export type { FindingDraft, Rarity } from './context.js';

// One copy per source, shared by its pairs: the compare stage caches what does not depend on the
// other article (mentions, windows, facts, framing labels) in WeakMaps keyed by this copy, so a
// fresh copy per pair would rebuild all of it for every pair.
const stated = new WeakMap<AnalyzedSource, AnalyzedSource>();

/** Without attributions whose content is no proposition ("his criticism of the plan"): they state nothing to compare. */
export function statedOnly(source: AnalyzedSource): AnalyzedSource {
  let copy = stated.get(source);
  if (!copy) {
    copy = { ...source, claims: source.claims.filter((c) => c.kind !== 'attribution' || !c.contentKind) };
    stated.set(source, copy);
  }
  return copy;
}

/**
 * Compares the claims of two analysed sources into ranked findings with evidence on both sides,
 * with what the capped rules left out (see cap.ts), for the report's `capped`. The matching step
 * runs first and its pairs are handed to every rule of `COMPARE_RULES` (issue 14); then
 * `COMPARE_POST_PASSES` revise the findings (the omission cap as `limits` asks), and they are ranked.
 */
export function compareCapped(
  a: AnalyzedSource,
  b: AnalyzedSource,
  alignment: AlignmentLink[],
  rarity: Rarity,
  limits: CapLimits = { omission: DEFAULT_OMISSION_CAP },
): { findings: Finding[]; capped: CappedCount[] } {
  const ctx = compareContext(statedOnly(a), statedOnly(b), alignment, rarity);
  const matched = matchFacts(ctx);
  const drafts = COMPARE_RULES.flatMap((rule) => rule.run(ctx, matched)).map((d) => withConfidence(ctx, d));
  // The post-passes (rules.ts) revise the findings as a whole: an omission the report contradicts,
  // the caps; what a cap cut comes back as data, for the report's `capped`.
  let kept = drafts;
  const capped: CappedCount[] = [];
  for (const pass of COMPARE_POST_PASSES) {
    const out = pass.run(ctx, kept, limits);
    kept = out.findings;
    capped.push(...out.capped);
  }
  return { findings: rank(kept), capped: sortCapped(capped) };
}
