import type { AnalyzedSource } from '../../../model/analyzed-source.js';
import type { AttributionClaim } from '../../../model/claim.js';
import type { Token } from '../../../model/source.js';
import { claimsOf } from '../facts/match.js';
import { contentLemmas, dice, tokensIn } from './attribution-content.js';
import { innerReport, namesOf } from './attribution-inner.js';
import { ownVoice } from './attribution-shared.js';
import { quotedRanges } from './quotes.js';

// Inputs: one analysed source. What the nested-report rule (attribution-nested.ts) reads of it
// whatever the other source: its attributions, the statements it makes in its own voice, and the
// content and speaker names of each attribution.

/** How much of the statement's content words the inner report must share (Dice). */
export const SAME_CONTENT = 0.4;

/** One side's statement as the rules read it: the claim, its speaker's names and its content lemmas. */
export interface Plain {
  claim: AttributionClaim;
  names: Set<string>;
  content: Set<string>;
}

/** What the rule reads of one source, whatever the other: built once per source, not per pair. */
export interface SourceView {
  /** The source's attribution claims. */
  own: AttributionClaim[];
  /** Its statements in its own voice that it does not itself nest elsewhere. */
  plain: Plain[];
  /** Per attribution, the tokens of its content (what `innerReport` reads). */
  report: Map<AttributionClaim, Token[]>;
  /** Per attribution, the proper names in its speaker ("Ro" of "Ro's office"). */
  speakerNames: Map<AttributionClaim, Set<string>>;
}

// Every pair of a source asks for the same statements and report tokens (issue 13).
const views = new WeakMap<AnalyzedSource, SourceView>();

/** How much of a plain statement an outer report passes on as its speaker's; 0 when it does not. */
export function nestedShare(view: Pick<SourceView, 'report'>, p: Plain, outer: AttributionClaim): number {
  const inner = innerReport(view.report.get(outer) ?? [], outer, p.names, p.claim.cue.lemma);
  return inner ? dice(p.content, contentLemmas(inner)) : 0;
}

/**
 * A source's statements in its own voice: a neutral report ("said" stance) of a named speaker in a
 * body sentence, outside quotation marks and inside no other report of the same source.
 */
function plainStatements(source: AnalyzedSource, reports: Omit<SourceView, 'plain'>): Plain[] {
  const { own } = reports;
  const roles = new Map(source.sentences.map((s) => [s.id, s.role]));
  const quotes = quotedRanges(source.text);
  return own.flatMap((claim) => {
    if (claim.stance !== 'said' || roles.get(claim.sentence) !== 'body' || !ownVoice(claim, own, quotes))
      return [];
    const names = reports.speakerNames.get(claim) ?? new Set<string>();
    const content = contentLemmas(reports.report.get(claim) ?? []);
    return names.size > 0 ? [{ claim, names, content }] : [];
  });
}

/** The source's view, built on first use and kept for every pair the source is in. */
export function sourceView(source: AnalyzedSource): SourceView {
  const hit = views.get(source);
  if (hit) return hit;
  const own = claimsOf(source.claims, 'attribution');
  const sentences = new Map(source.sentences.map((s) => [s.id, s]));
  const report = new Map<AttributionClaim, Token[]>();
  const speakerNames = new Map<AttributionClaim, Set<string>>();
  for (const c of own) {
    const tokens = sentences.get(c.sentence)?.tokens ?? [];
    report.set(c, tokensIn(tokens, c.content));
    speakerNames.set(c, namesOf(tokens, c));
  }
  const reports = { own, report, speakerNames };
  // The side that states it plainly must not itself nest the same report elsewhere.
  const plain = plainStatements(source, reports).filter(
    (p) => !own.some((o) => o !== p.claim && nestedShare(reports, p, o) >= SAME_CONTENT),
  );
  const view = { ...reports, plain };
  views.set(source, view);
  return view;
}
