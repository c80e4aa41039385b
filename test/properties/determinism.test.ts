import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { beforeAll, describe, expect, it, vi } from 'vitest';

// Issue 12: two batch runs over the same pairs differed (671 vs 673 words for one source), because
// wink-nlp learned words at run time and a worker's tokens depended on what it had read before.
// Law: a source analysed alone, after other sources, or in another order gives the same result.

type Pipeline = typeof import('../../src/pipeline.js');

/** One source: a file of the repository's sources/, or a passage written for the test. */
type Input = { path: string; text?: string };

const FILES: Input[] = readdirSync('sources')
  .sort()
  .flatMap((event) =>
    readdirSync(join('sources', event))
      .filter((f) => f.endsWith('.txt'))
      .sort()
      .map((f) => ({ path: join('sources', event, f) })),
  );

// Written for the test: invented names whose possessive is read once before punctuation (which
// wink used to learn as one word) and once before a word (which it then stopped splitting).
const PASSAGES: Input[] = [
  ['teach', 'Critics cited Okafor’s, not Brandt’s, figures on Tuesday.\n\nThe count was Nwosu’s.'],
  [
    'probe',
    'Okafor’s plan was approved on Tuesday, and Brandt’s rivals said 20 people had left.\n\nNwosu’s office said 3 ministers resigned.',
  ],
  ['mixed', 'Brandt’s aide said on Monday that Okafor’s team had 12 observers in Qaraz.'],
].map(([name, body]) => ({
  path: `passages/${name}.txt`,
  text: `---\noutlet: ${name}\npublished: 2018-05-14\n---\n${body}\n`,
}));

const INPUTS = [...FILES, ...PASSAGES];

const analyse = (p: Pipeline, input: Input): string =>
  JSON.stringify(
    input.text === undefined ? p.analyzeFile(input.path) : p.analyzeText(input.text, {}, input.path),
  );

/** A pipeline whose modules are loaded afresh: nothing has been analysed with it yet. */
async function freshPipeline(): Promise<Pipeline> {
  vi.resetModules();
  return import('../../src/pipeline.js');
}

describe('a source analysed alone, after others, or in another order gives the same result', () => {
  const alone = new Map<string, string>();
  let shared: Pipeline;

  beforeAll(async () => {
    for (const input of INPUTS) alone.set(input.path, analyse(await freshPipeline(), input));
    shared = await freshPipeline();
  }, 120_000);

  it('covers the repository’s sources and the passages', () => {
    expect(FILES.length).toBe(10);
    expect(alone.size).toBe(INPUTS.length);
  });

  it('after every other source, in both orders', () => {
    for (const order of [INPUTS, [...INPUTS].reverse()]) {
      for (const input of order) expect(analyse(shared, input), input.path).toBe(alone.get(input.path));
    }
  });

  it('in any order and after any subset (property)', () => {
    fc.assert(
      fc.property(fc.shuffledSubarray(INPUTS, { minLength: 1 }), (order) =>
        order.every((input) => analyse(shared, input) === alone.get(input.path)),
      ),
      { numRuns: 15, seed: 12 },
    );
  });
});
