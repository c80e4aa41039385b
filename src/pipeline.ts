import type { SourceMeta } from './model/source.js';
import { type AnalyzedSource, extract } from './stages/extract/index.js';
import { parseSource, readSource } from './stages/read/index.js';
import { segment } from './stages/segment/index.js';

export type { AnalyzedSource } from './stages/extract/index.js';

/** Reads a source file and runs the per-source stages: segment → extract. */
export function analyzeFile(path: string): AnalyzedSource {
  return extract(segment(readSource(path)));
}

/**
 * Runs the per-source stages on a string, as if it were a file with this front matter.
 * Used by the evaluation harnesses (one MSRP sentence is one tiny source) and by tests.
 */
export function analyzeText(text: string, meta: Partial<SourceMeta> = {}, path = 'inline/text.txt'): AnalyzedSource {
  const raw = parseSource(path, new TextEncoder().encode(text));
  return extract(segment({ ...raw, meta: { ...raw.meta, outlet: meta.outlet ?? raw.meta.outlet, ...meta } }));
}
