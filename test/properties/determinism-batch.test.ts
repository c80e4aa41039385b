import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { memoryIo, tempDir, tree } from '../batch/helpers.js';

// Issue 12: `batch` must write byte-identical files whatever --jobs and from run to run. The
// repository holds 3 events, so the test builds 52 from them: each outlet of an event is a seeded
// shuffled subset of the paragraphs of one article of sources/ (fast-check's sample) and a passage
// written for the test that made wink-nlp learn a word (see determinism.test.ts).

const EVENTS = 52;

interface Article {
  published: string;
  paragraphs: string[];
}

/** The articles of sources/, grouped by event: front matter date and body paragraphs. */
function repositoryEvents(): Article[][] {
  return readdirSync('sources')
    .sort()
    .map((event) =>
      readdirSync(join('sources', event))
        .filter((f) => f.endsWith('.txt'))
        .sort()
        .map((f) => {
          const [, head, body] = readFileSync(join('sources', event, f), 'utf8').split(/^---$/m);
          const paragraphs = body.split('\n').filter((line) => line.trim() !== '');
          return { published: /published: (\S+)/.exec(head)?.[1] ?? '2018-05-14', paragraphs };
        }),
    );
}

const PASSAGES = [
  'Critics cited Okafor’s, not Brandt’s, figures on Tuesday.',
  'Okafor’s plan was approved on Tuesday, and Brandt’s rivals said 20 people had left.',
];

/**
 * One outlet's text: a seeded, shuffled subset of an article's paragraphs with a passage inserted.
 * Even events carry the passage that taught wink a word, odd ones the passage it then read
 * differently, so a worker that starts with an odd event used to disagree with `--jobs 1`.
 */
const outletOf = (article: Article, passage: string, seed: number): string => {
  const paragraphs = fc.tuple(fc.shuffledSubarray(article.paragraphs, { minLength: 2 }), fc.nat());
  const [chosen, at] = fc.sample(paragraphs, { seed, numRuns: 1 })[0];
  chosen.splice(at % (chosen.length + 1), 0, passage);
  return chosen.join('\n\n');
};

/** Writes EVENTS events of two outlets each under `dir`, the same on every run. */
function writeCorpus(dir: string): void {
  const events = repositoryEvents();
  for (let e = 0; e < EVENTS; e++) {
    const articles = events[e % events.length];
    const folder = join(dir, `event-${String(e).padStart(2, '0')}`);
    mkdirSync(folder, { recursive: true });
    ['a', 'b'].forEach((outlet, i) => {
      const article = articles[(e + i) % articles.length];
      const front = `---\noutlet: Outlet ${outlet.toUpperCase()}${e}\npublished: ${article.published}\n---\n`;
      writeFileSync(
        join(folder, `${outlet}.txt`),
        `${front}${outletOf(article, PASSAGES[e % 2], e * 2 + i)}\n`,
      );
    });
  }
}

describe('batch over 52 events: --jobs 1, --jobs 2 and a second run are byte-identical', () => {
  const work = tempDir('crosscheck-determinism-');
  const sources = join(work, 'sources');
  const outputs: Record<string, Record<string, string>> = {};

  beforeAll(async () => {
    writeCorpus(sources);
    for (const [name, jobs] of [
      ['jobs1', '1'],
      ['jobs2', '2'],
      ['again', '2'],
    ]) {
      const out = join(work, name);
      // A claims folder of its own: every run analyses every source again.
      const args = ['batch', sources, '--out', out, '--claims', join(work, `claims-${name}`), '--jobs', jobs];
      const { io, stderr } = memoryIo();
      const code = await main([...args, '--format', 'json,html,md,csv'], io);
      expect(code, stderr()).not.toBe(2);
      const prefixed = (prefix: string, files: Record<string, string>) =>
        Object.fromEntries(Object.entries(files).map(([file, text]) => [`${prefix}/${file}`, text]));
      outputs[name] = {
        ...prefixed('out', tree(out)),
        ...prefixed('claims', tree(join(work, `claims-${name}`))),
      };
    }
  }, 300_000);

  it('builds at least 50 events with a pair each', () => {
    const summary = JSON.parse(outputs.jobs1['out/summary.json']) as { pairs: unknown[] };
    expect(readdirSync(sources)).toHaveLength(EVENTS);
    expect(summary.pairs).toHaveLength(EVENTS);
  });

  it.each(['jobs2', 'again'])('%s equals --jobs 1, file for file', (name) => {
    expect(Object.keys(outputs[name])).toEqual(Object.keys(outputs.jobs1));
    for (const [file, content] of Object.entries(outputs.jobs1)) {
      expect(outputs[name][file] === content, `${file} differs`).toBe(true);
    }
  });
});
