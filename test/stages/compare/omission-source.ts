import type { AnalyzedSource } from '../../../src/model/analyzed-source.js';
import { analyzeText } from '../../../src/pipeline.js';

/** A passage written for a test, analysed under a front matter naming its outlet (one fixed day). */
export function omissionSource(outlet: string, body: string): AnalyzedSource {
  return analyzeText(`---\noutlet: ${outlet}\npublished: 2024-03-06\n---\n${body}`);
}
