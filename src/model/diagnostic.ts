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
