import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { expect } from 'vitest';
import { knownRuleIds } from '../src/catalogue.js';
import type { AnalyzedSource } from '../src/model/analyzed-source.js';
import type { Report } from '../src/model/report.js';
import { compareFiles, compareSources } from '../src/pipeline.js';
import { checkReport } from '../src/report/check.js';
import { filesUnder } from './structure/source-files.js';

// Every report a test produces goes through assertReport: build reports with the helpers below
// (or call assertReport / assertReportFiles on what the CLI wrote), never bare compareFiles.

/**
 * The one check every output goes through: schema-valid, spans slice to their text, ids unique,
 * references resolve, and every ruleId is in the rule catalogue (docs/rules.md says how to add one).
 */
export function assertReport(report: Report): void {
  expect(checkReport(report), report.pair?.id).toEqual([]);
  const known = knownRuleIds();
  const unknown = [...(report.claims ?? []), ...(report.findings ?? [])].filter((x) => !known.has(x.ruleId));
  expect(
    unknown.map((x) => x.ruleId),
    'ruleIds not in src/catalogue.ts',
  ).toEqual([]);
}

/** `compareFiles`, with the report checked. */
export function compareFilesChecked(a: string, b: string): Report {
  const report = compareFiles(a, b);
  assertReport(report);
  return report;
}

/** `compareSources`, with the report checked. */
export function compareSourcesChecked(a: AnalyzedSource, b: AnalyzedSource): Report {
  const report = compareSources(a, b);
  assertReport(report);
  return report;
}

/** Every JSON pair report under `dir` (what compare and batch write), each checked; returns their paths. */
export function assertReportFiles(dir: string): string[] {
  const reports = filesUnder(dir).filter(
    // summary.json and outlets.json are the batch's own files, not pair reports.
    (file) => file.endsWith('.json') && !['summary.json', 'outlets.json'].includes(basename(file)),
  );
  for (const file of reports) assertReport(JSON.parse(readFileSync(file, 'utf8')) as Report);
  return reports;
}
