/** Trouble found in the content, reported as data rather than thrown (vfile-message style). */
export interface Diagnostic {
  /** Stable code, namespaced by stage: `read/no-front-matter`, `extract/unresolved-date`. */
  code: string;
  severity: 'info' | 'warning' | 'error';
  message: string;
  /** The source the diagnostic is about, by source id, when there is one. */
  source?: string;
  sentence?: string;
}

/** The diagnostic of a pair whose two sources have the same bytes (user trial 6, item 7). */
export const SAME_CONTENT = 'read/duplicate-content';
