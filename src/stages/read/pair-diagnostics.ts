import { type Diagnostic, SAME_CONTENT, SAME_PATH } from '../../model/diagnostic.js';
import { carriesClaims } from '../../model/roles.js';
import type { SegmentedSource } from '../../model/source.js';

/** A source with no sentences is not an error: the report says so. */
function emptySources(a: SegmentedSource, b: SegmentedSource): Diagnostic[] {
  return [a, b]
    .filter((s) => !s.sentences.some(carriesClaims))
    .map((s) => ({
      code: 'segment/no-sentences',
      severity: 'warning' as const,
      message: `${s.id} has no headline or body sentences, so it contributes no claims`,
      source: s.id,
    }));
}

/**
 * Two sources with the same article text (one wire story under two outlets, front matter aside):
 * every sentence will agree, which the reader must hear from the report itself, in `compare` and
 * in `batch` alike (user trial 6, item 7). The text, not the file bytes: the outlet line differs
 * (review-ux6 item 5).
 */
function sameContent(a: SegmentedSource, b: SegmentedSource): Diagnostic[] {
  if (a.text !== b.text || a.text.trim() === '') return [];
  return [
    {
      code: SAME_CONTENT,
      severity: 'warning',
      message: `${a.id} and ${b.id} have the same content: every sentence will agree`,
    },
  ];
}

/**
 * Two files that record one path (`x/ev/a.txt` and `y/ev/a.txt` both record `ev/a.txt`): the
 * report cannot tell its sides apart by path, so it says so (review-ux6 item 4).
 */
function samePath(a: SegmentedSource, b: SegmentedSource): Diagnostic[] {
  if (a.recordedPath !== b.recordedPath || a.path === b.path) return [];
  return [
    {
      code: SAME_PATH,
      severity: 'warning',
      message: `${a.path} and ${b.path} both record the path ${a.recordedPath}: tell the sides apart by outlet`,
    },
  ];
}

/** What a pair's report says about its two sources together, after each source's own diagnostics. */
export function pairDiagnostics(a: SegmentedSource, b: SegmentedSource): Diagnostic[] {
  return [...emptySources(a, b), ...sameContent(a, b), ...samePath(a, b)];
}
