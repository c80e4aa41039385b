import { expect } from 'vitest';
import type { Report } from '../src/model/report.js';
import { checkReport } from '../src/report/check.js';

/** The one check every output goes through: schema-valid, spans slice to their text, ids unique, references resolve. */
export function assertReport(report: Report): void {
  expect(checkReport(report)).toEqual([]);
}
