import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { beforeAll, describe, expect, it, vi } from 'vitest';

// Compare keeps per-source caches (WeakMaps keyed by the analysed source or its sentences) so that
// a source's later pairs are cheaper (issue 13). Law: a pair compared in a fresh process gives the
// same report as the same pair compared after any other pairs of the same source objects, so no
// cache carries one pair's result into another.

type Pipeline = typeof import('../../src/pipeline.js');

const EVENT = join('sources', 'newswcl50-event-0');
const FILES = readdirSync(EVENT)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => join(EVENT, f));
/** Every pair of the event, as indexes into FILES. */
const PAIRS: [number, number][] = FILES.flatMap((_, i) =>
  FILES.slice(i + 1).map((__, k): [number, number] => [i, i + 1 + k]),
);

/** A pipeline whose modules are loaded afresh: no source analysed, no cache filled. */
async function freshPipeline(): Promise<Pipeline> {
  vi.resetModules();
  return import('../../src/pipeline.js');
}

describe('compare caches carry nothing from one pair to the next', () => {
  const cold = new Map<string, string>();
  let warm: Pipeline;
  let sources: ReturnType<Pipeline['analyzeFile']>[];

  beforeAll(async () => {
    for (const [i, j] of PAIRS) {
      const p = await freshPipeline();
      cold.set(
        `${i}|${j}`,
        JSON.stringify(p.compareSources(p.analyzeFile(FILES[i]), p.analyzeFile(FILES[j]))),
      );
    }
    warm = await freshPipeline();
    sources = FILES.map((f) => warm.analyzeFile(f));
  }, 180_000);

  it('covers every pair of the event', () => {
    expect(FILES.length).toBe(5);
    expect(cold.size).toBe(10);
  });

  it('after the other pairs, in any order (property)', () => {
    fc.assert(
      fc.property(fc.shuffledSubarray(PAIRS, { minLength: PAIRS.length }), (order) =>
        order.every(
          ([i, j]) => JSON.stringify(warm.compareSources(sources[i], sources[j])) === cold.get(`${i}|${j}`),
        ),
      ),
      { numRuns: 3, seed: 7 },
    );
  }, 180_000);
});
