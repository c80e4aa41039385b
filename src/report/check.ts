import type { Report, ReportSource } from '../model/report.js';
import { validate } from '../schema/index.js';

interface Sliceable {
  start: number;
  end: number;
  text: string;
}

/**
 * Everything a report promises beyond its schema: every sentence, claim and span slices
 * to its text, ids are unique, and every reference resolves. Returns the problems found.
 */
export function checkReport(report: Report): string[] {
  const problems = validate('report', report);
  if (problems.length > 0) return problems;
  const { a, b } = report.sources;
  const sourceOf = (side: string): ReportSource => (side === 'a' ? a : b);
  const slice = (where: string, source: ReportSource, item: Sliceable) => {
    if (source.text.slice(item.start, item.end) !== item.text) {
      problems.push(`${where}: text.slice(${item.start}, ${item.end}) is not ${JSON.stringify(item.text)}`);
    }
  };
  const sentenceIds = { a: new Set(a.sentences.map((s) => s.id)), b: new Set(b.sentences.map((s) => s.id)) };
  for (const side of ['a', 'b'] as const) {
    for (const s of sourceOf(side).sentences) slice(`sources.${side}.${s.id}`, sourceOf(side), s);
  }
  const claimIds = new Set<string>();
  for (const claim of report.claims) {
    if (claimIds.has(claim.id)) problems.push(`claim ${claim.id} appears twice`);
    claimIds.add(claim.id);
    slice(`claim ${claim.id}`, sourceOf(claim.side), claim);
    if (!sentenceIds[claim.side].has(claim.sentence))
      problems.push(`claim ${claim.id} names unknown ${claim.sentence}`);
  }
  const findingIds = new Set<string>();
  for (const finding of report.findings) {
    if (findingIds.has(finding.id)) problems.push(`finding ${finding.id} appears twice`);
    findingIds.add(finding.id);
    for (const side of ['a', 'b'] as const) {
      for (const span of finding[side]) {
        slice(`finding ${finding.id} span`, sourceOf(side), span);
        if (!sentenceIds[side].has(span.sentence))
          problems.push(`finding ${finding.id} names unknown ${span.sentence}`);
      }
    }
    for (const ref of finding.claims)
      if (!claimIds.has(ref)) problems.push(`finding ${finding.id} cites unknown ${ref}`);
  }
  for (const [i, link] of report.alignment.entries()) {
    for (const side of ['a', 'b'] as const) {
      for (const id of link[side])
        if (!sentenceIds[side].has(id)) problems.push(`alignment ${i} names unknown ${id}`);
    }
  }
  return problems;
}
