import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type AnalyzedSource, analyzeFile } from '../../src/pipeline.js';
import { compareSourcesChecked } from '../assert-report.js';
import { mirrored, plain } from './mirror.js';

const files = [
  'sources/astana-2018-05-14',
  'sources/newswcl50-event-0',
  'sources/basil-2010-38f7cbb7',
].flatMap((dir) =>
  readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => join(dir, f)),
);
const analyzed = new Map<string, AnalyzedSource>(files.map((f) => [f, analyzeFile(f)]));

describe('symmetry law', () => {
  it('compare(b, a) mirrors compare(a, b) on real pairs (property)', () => {
    fc.assert(
      fc.property(fc.constantFrom(...files), fc.constantFrom(...files), (x, y) => {
        const [a, b] = [analyzed.get(x), analyzed.get(y)] as AnalyzedSource[];
        const ab = compareSourcesChecked(a, b).findings.map(plain).sort();
        const ba = compareSourcesChecked(b, a).findings.map(mirrored).sort();
        expect(ba).toEqual(ab);
      }),
      { numRuns: 12, seed: 7 },
    );
  });
});
