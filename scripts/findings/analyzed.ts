import { join } from 'node:path';
import type { AnalyzedSource } from '../../src/model/analyzed-source.js';
import { analyzeFile } from '../../src/pipeline.js';

/**
 * Analyses articles of the shared folder by path (relative to it), each once: a measurement reads
 * one article in many pairs.
 */
export function analyzerOf(shared: string): (path: string) => AnalyzedSource {
  const analyzed = new Map<string, AnalyzedSource>();
  return (path) => {
    const known = analyzed.get(path);
    if (known) return known;
    const a = analyzeFile(join(shared, path));
    analyzed.set(path, a);
    return a;
  };
}
