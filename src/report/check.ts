import type { Report, ReportSource } from '../model/report.js';
import type { Side } from '../model/span.js';
import { allowedClaimKeys, soundSources, validateSchema } from './check-schema.js';

/** Anything that names a stretch of a source's text: a sentence, a claim, a span. */
export interface Sliceable {
  start: number;
  end: number;
  text: string;
}

const SIDES: readonly Side[] = ['a', 'b'];
const HEX_HASH = /^[0-9a-f]{64}$/;

/** The sentences of each side by id. */
type SentenceIds = Record<Side, Map<string, ReportSource['sentences'][number]>>;

/** Whether an item slices to its text, with start ≤ end: the problem, or nothing. */
export function sliceProblem(where: string, source: { text: string }, item: Sliceable): string[] {
  if (item.start > item.end) return [`${where}: start ${item.start} is after end ${item.end}`];
  if (source.text.slice(item.start, item.end) !== item.text)
    return [`${where}: text.slice(${item.start}, ${item.end}) is not ${JSON.stringify(item.text)}`];
  return [];
}

/** Each source's hash and, unless an earlier report checked that source, its sentences' slices. */
function sourceProblems(report: Report): string[] {
  const problems: string[] = [];
  for (const side of SIDES) {
    const source = report.sources[side];
    if (source.hash !== undefined && !HEX_HASH.test(source.hash))
      problems.push(`sources.${side}.hash is not a sha256 hex digest`);
    if (!soundSources.has(source))
      for (const s of source.sentences) problems.push(...sliceProblem(`sources.${side}.${s.id}`, source, s));
  }
  return problems;
}

/** Claims: unique ids, slices, inside their sentence, no property the schema does not name. */
function claimProblems(report: Report, sentences: SentenceIds, claimIds: Set<string>): string[] {
  const problems: string[] = [];
  for (const claim of report.claims) {
    const where = `claim ${claim.id}`;
    if (claimIds.has(claim.id)) problems.push(`${where} appears twice`);
    claimIds.add(claim.id);
    problems.push(...sliceProblem(where, report.sources[claim.side], claim));
    const sentence = sentences[claim.side].get(claim.sentence);
    if (!sentence) problems.push(`${where} names unknown ${claim.sentence}`);
    else if (claim.start < sentence.start || claim.end > sentence.end)
      problems.push(`${where} lies outside its sentence ${claim.sentence}`);
    for (const key of Object.keys(claim))
      if (!allowedClaimKeys().has(key)) problems.push(`${where} has an unknown property '${key}'`);
  }
  return problems;
}

/** Findings: unique ids, spans that slice in known sentences, cited claims that exist, and the summary's counts. */
function findingProblems(report: Report, sentences: SentenceIds, claimIds: Set<string>): string[] {
  const problems: string[] = [];
  const counts = new Map<string, number>();
  const findingIds = new Set<string>();
  for (const finding of report.findings) {
    if (findingIds.has(finding.id)) problems.push(`finding ${finding.id} appears twice`);
    findingIds.add(finding.id);
    counts.set(finding.kind, (counts.get(finding.kind) ?? 0) + 1);
    for (const side of SIDES) {
      for (const span of finding[side]) {
        problems.push(...sliceProblem(`finding ${finding.id} span`, report.sources[side], span));
        if (!sentences[side].has(span.sentence))
          problems.push(`finding ${finding.id} names unknown ${span.sentence}`);
      }
    }
    for (const ref of finding.claims)
      if (!claimIds.has(ref)) problems.push(`finding ${finding.id} cites unknown ${ref}`);
  }
  for (const [kind, count] of Object.entries(report.summary)) {
    if ((counts.get(kind) ?? 0) !== count)
      problems.push(`summary.${kind} is ${count} but the report has ${counts.get(kind) ?? 0} such findings`);
  }
  return problems;
}

/**
 * Everything a report promises beyond its schema: every sentence, claim and span slices to its
 * text with start ≤ end, claims lie inside their sentence, ids are unique, every reference
 * resolves, the summary counts the findings, hashes are sha256 hex. Returns the problems found.
 * Linear in the size of the report, whatever it holds.
 */
export function checkReport(report: Report): string[] {
  const problems = validateSchema(report);
  if (problems.length > 0) return problems;
  const sources = report.sources;
  const sentences: SentenceIds = {
    a: new Map(sources.a.sentences.map((s) => [s.id, s])),
    b: new Map(sources.b.sentences.map((s) => [s.id, s])),
  };
  const claimIds = new Set<string>();
  problems.push(
    ...sourceProblems(report),
    ...claimProblems(report, sentences, claimIds),
    ...findingProblems(report, sentences, claimIds),
  );
  for (const [i, link] of report.alignment.entries()) {
    for (const side of SIDES) {
      for (const id of link[side])
        if (!sentences[side].has(id)) problems.push(`alignment ${i} names unknown ${id}`);
    }
  }
  if (problems.length === 0) for (const side of SIDES) soundSources.add(sources[side]);
  return problems;
}

/** Throws when a report just built breaks its promises: a bug, reported before any file is written. */
export function assertReport(report: Report): void {
  const problems = checkReport(report);
  if (problems.length > 0) {
    throw new Error(`report ${report.pair.id} failed its own check: ${problems.slice(0, 3).join('; ')}`);
  }
}
