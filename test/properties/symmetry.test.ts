import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/model/finding.js';
import { type AnalyzedSource, analyzeFile } from '../../src/pipeline.js';
import { compareSourcesChecked } from '../assert-report.js';

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

const swapRef = (ref: string) => (ref.startsWith('a:') ? `b:${ref.slice(2)}` : `a:${ref.slice(2)}`);

/** A finding as seen from the other side: spans and claim sides swapped, wording aside. */
const mirrored = (f: Finding) =>
  JSON.stringify({ kind: f.kind, a: f.b, b: f.a, claims: f.claims.map(swapRef).sort(), rule: f.ruleId });
const plain = (f: Finding) =>
  JSON.stringify({ kind: f.kind, a: f.a, b: f.b, claims: [...f.claims].sort(), rule: f.ruleId });

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
