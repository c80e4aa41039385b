import type { AlignmentLink } from '../../model/alignment.js';
import type { AnalyzedSource } from '../../model/analyzed-source.js';
import type { Claim } from '../../model/claim.js';
import { carriesClaims } from '../../model/roles.js';
import { type BlockingOptions, candidatePairs } from './candidates.js';
import { loadIdf } from './idf.js';
import { type AlignParams, judgeSentences, loadParams } from './judge.js';
import {
  byOverlap,
  exclusiveGroups,
  furtherOverlaps,
  type Group,
  type LinkContext,
  type LinkRule,
  toLink,
} from './links.js';
import { profileSentence, type SentenceProfile } from './profile.js';

export { idfWeight } from './idf.js';
export {
  type AlignParams,
  evidenceOf,
  explain,
  isEquivalent,
  type Judgement,
  judgeSentences,
  loadParams,
  signalsOf,
} from './judge.js';
export { mergeProfiles, profileSentence, type SentenceProfile } from './profile.js';

/** Link rules, in order; each adds to the links chosen before it. */
export const LINK_RULES: readonly LinkRule[] = [
  exclusiveGroups, // best first, each sentence once: 1:1 pairs, and 1:2 / 2:1 when a split reads better whole
  furtherOverlaps, // then any other overlap, unless both its sentences already have an equivalent
];

/** Options of `align`; the defaults come from the shipped model. */
export interface AlignOptions {
  params?: AlignParams;
  blocking?: Partial<BlockingOptions>;
}

/** Only reporting aligns: captions, credits and promos never align to anything (issue 2). */
const aligns = carriesClaims;

// A source's profile does not depend on the pair: a batch aligns each source with many others.
const profiles = new WeakMap<AnalyzedSource, SentenceProfile[]>();

/** Profiles the sentences that take part in alignment, each with its own claims (once per source). */
export function profileSource(source: AnalyzedSource): SentenceProfile[] {
  const hit = profiles.get(source);
  if (hit) return hit;
  const profile = buildProfile(source);
  profiles.set(source, profile);
  return profile;
}

function buildProfile(source: AnalyzedSource): SentenceProfile[] {
  const idf = loadIdf();
  const claims = new Map<string, Claim[]>();
  for (const claim of source.claims)
    claims.set(claim.sentence, [...(claims.get(claim.sentence) ?? []), claim]);
  return source.sentences
    .filter(aligns)
    .map((s) => profileSentence(s, idf, source.meta.published, claims.get(s.id) ?? []));
}

/**
 * Aligns the sentences of two sources, n:m and independent of their order: candidate pairs
 * are blocked by shared rare lemmas, scored by the paraphrase model, then linked by the
 * rules above. Each link is `equivalent` when `isEquivalent` holds for its two sides, else
 * `partial`, and records its signals and reasons. Deterministic; sorted by position in a.
 */
export function align(a: AnalyzedSource, b: AnalyzedSource, options: AlignOptions = {}): AlignmentLink[] {
  const params = options.params ?? loadParams();
  const as = profileSource(a);
  const bs = profileSource(b);
  const blocking: BlockingOptions = {
    maxPosting: Math.max(12, Math.ceil(Math.sqrt(Math.max(as.length, bs.length)))),
    perSentence: 6,
    ...options.blocking,
  };
  const pairs = candidatePairs(as, bs, blocking)
    .map(([i, j]) => ({ a: [i], b: [j], judgement: judgeSentences(as[i], bs[j], params) }))
    .sort(byOverlap);
  const context: LinkContext = { as, bs, pairs, params };
  const chosen: Group[] = [];
  for (const rule of LINK_RULES) chosen.push(...rule(context, chosen));
  return chosen
    .sort((x, y) => x.a[0] - y.a[0] || x.b[0] - y.b[0] || x.a.length - y.a.length)
    .map((g) => toLink(g, context));
}
