import type { AnalyzedSource } from './model/analyzed-source.js';
import type { OmissionCap } from './model/capped.js';
import { countByKind } from './model/finding.js';
import type { Report, ReportClaim, ReportSource } from './model/report.js';
import type { RawSource, SourceMeta } from './model/source.js';
import type { Side } from './model/span.js';
import { checkOmissionCap, DEFAULT_OMISSION_CAP } from './omission-cap.js';
import { align, idfWeight } from './stages/align/index.js';
import { compareCapped } from './stages/compare/index.js';
import { extract } from './stages/extract/index.js';
import { parseSource, readSource } from './stages/read/index.js';
import { pairDiagnostics } from './stages/read/pair-diagnostics.js';
import { segment } from './stages/segment/index.js';
import { VERSION } from './version.js';

export type { AnalyzedSource } from './model/analyzed-source.js';
export type { OmissionCap } from './model/capped.js';
export { DEFAULT_OMISSION_CAP } from './omission-cap.js';
// Batch and store reach the read stage only through here.
export { contentHash, readSource } from './stages/read/index.js';

/** Runs the per-source stages on a source already read: segment → extract. */
export function analyzeSource(raw: RawSource): AnalyzedSource {
  return extract(segment(raw));
}

/** Reads a source file and runs the per-source stages. */
export function analyzeFile(path: string): AnalyzedSource {
  return analyzeSource(readSource(path));
}

/**
 * Runs the per-source stages on a string, as if it were a file with this front matter.
 * Used by the evaluation harnesses (one MSRP sentence is one tiny source) and by tests.
 */
export function analyzeText(
  text: string,
  meta: Partial<SourceMeta> = {},
  path = 'inline/text.txt',
): AnalyzedSource {
  const raw = parseSource(path, new TextEncoder().encode(text));
  return analyzeSource({ ...raw, meta: { ...raw.meta, ...meta, outlet: meta.outlet ?? raw.meta.outlet } });
}

/** Options for comparing one pair. */
export interface CompareOptions {
  /** Event id for the pair id; defaults to source a's folder name. */
  event?: string;
  /**
   * Omissions kept per omitting side, a whole number ≥ 1 or `'all'` (default 5): the rest are
   * counted in the report's `capped`, each entry with the `cap` it was cut at.
   */
  omissionCap?: OmissionCap;
}

/**
 * Runs the per-pair stages, align → compare, and assembles the report. The same sources give the
 * same report: what the stages cache is derived from the sources alone. A bad `omissionCap` is a `UserError`.
 */
export function compareSources(a: AnalyzedSource, b: AnalyzedSource, options: CompareOptions = {}): Report {
  const cap = checkOmissionCap(options.omissionCap ?? DEFAULT_OMISSION_CAP);
  const alignment = align(a, b);
  const { findings, capped } = compareCapped(a, b, alignment, idfWeight, { omission: cap });
  const event = options.event ?? a.event;
  const summary: Report['summary'] = countByKind(findings);
  return {
    schemaVersion: 2,
    generator: { name: 'crosscheck', version: VERSION },
    pair: { id: `${event}/${a.id}--${b.id}`, event },
    sources: { a: toReportSource(a), b: toReportSource(b) },
    alignment,
    claims: [...sideClaims('a', a), ...sideClaims('b', b)],
    findings,
    summary,
    diagnostics: [...a.diagnostics, ...b.diagnostics, ...pairDiagnostics(a, b)],
    ...(capped.length > 0 ? { capped } : {}),
  };
}

/** Reads, analyzes and compares two files. */
export function compareFiles(pathA: string, pathB: string, options: CompareOptions = {}): Report {
  return compareSources(analyzeFile(pathA), analyzeFile(pathB), options);
}

// A source's part of the report does not depend on the pair: built once per source and shared by
// its reports (which are plain data, never changed once built).
const reportSources = new WeakMap<AnalyzedSource, ReportSource>();

function toReportSource(source: AnalyzedSource): ReportSource {
  let built = reportSources.get(source);
  if (!built) {
    built = buildReportSource(source);
    reportSources.set(source, built);
  }
  return built;
}

function buildReportSource(source: AnalyzedSource): ReportSource {
  const { outlet, ...meta } = source.meta;
  return {
    id: source.id,
    outlet,
    ...meta,
    path: source.recordedPath,
    hash: source.hash,
    wordCount: source.sentences.reduce(
      (n, s) => n + s.tokens.filter((t) => /\p{L}|\p{N}/u.test(t.text)).length,
      0,
    ),
    text: source.text,
    ...(source.bodyStart ? { bodyStart: source.bodyStart } : {}),
    sentences: source.sentences.map(({ id, start, end, text, role, paragraph }) => ({
      id,
      start,
      end,
      text,
      role,
      paragraph,
    })),
  };
}

/** Claims of one side with report-level ids (`a:c1`) so findings can cite them unambiguously. */
function sideClaims(side: Side, source: AnalyzedSource): ReportClaim[] {
  const ref = (id: string) => `${side}:${id}`;
  return source.claims.map((claim) => {
    const basis = claim.basis.attribution
      ? { ...claim.basis, attribution: ref(claim.basis.attribution) }
      : claim.basis;
    return { ...claim, id: ref(claim.id), side, basis };
  });
}
