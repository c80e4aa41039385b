import type { AlignmentLink } from './alignment.js';
import type { CappedCount } from './capped.js';
import type { Claim } from './claim.js';
import type { Diagnostic } from './diagnostic.js';
import type { Finding, FindingKind } from './finding.js';
import type { LineRole, SourceMeta } from './source.js';
import type { Side } from './span.js';

/** A sentence as published in a report (no tokens). */
export interface ReportSentence {
  id: string;
  start: number;
  end: number;
  text: string;
  role: LineRole;
  paragraph: number;
}

/** A source as published in a report. */
export interface ReportSource extends Omit<SourceMeta, 'outlet'> {
  id: string;
  outlet: string;
  path: string;
  /** The text every offset points into: the file after its front matter, titled (see `bodyStart`). */
  text: string;
  /**
   * Present when the front matter's `title` was put before the body as the headline line
   * (schema 2): the file's body starts here, so an offset into the file's body is `offset - bodyStart`.
   */
  bodyStart?: number;
  hash: string;
  wordCount: number;
  sentences: ReportSentence[];
}

/** A claim inside a report: claim ids are prefixed with the side (`a:c3`). */
export type ReportClaim = Claim & { side: Side };

/** The JSON report of one pair: the contract published as `report.schema.json`. */
export interface Report {
  /** 2 since findings carry `confidence` and sources may carry `bodyStart` (see README, "Report schema"). */
  schemaVersion: 2;
  generator: { name: 'crosscheck'; version: string };
  pair: { id: string; event: string };
  sources: { a: ReportSource; b: ReportSource };
  alignment: AlignmentLink[];
  claims: ReportClaim[];
  findings: Finding[];
  summary: Record<FindingKind, number>;
  diagnostics: Diagnostic[];
  /**
   * Present when a capped rule left candidates out (omissions per side, sentence agreements per
   * pair): how many, so counts are read as "5 of 12", not as a measure (user trial 6, item 2).
   */
  capped?: CappedCount[];
}
