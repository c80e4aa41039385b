import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { copyEvents, tempDir } from '../batch/helpers.js';
import { run } from './run.js';

// User trial 18, items 2 and 10: an output that is the input destroys the input or feeds crosscheck
// its own reports. Each is refused with one line and exit 2, before anything is written.

const ROW = (outlet: string, text: string) => JSON.stringify({ outlet, event: 'e1', text });
const CORPUS = `${ROW('Alpha', 'A dam burst near Tolvan on Friday.')}\nnot json\n${ROW('Beta', 'The Tolvan dam burst on Friday.')}\n`;

describe('an output that names the input corpus (user trial 18, item 2)', () => {
  it.each([
    ['the same path', (dir: string) => join(dir, 'rows.jsonl')],
    ['another spelling of it', (dir: string) => join(dir, 'sub', '..', 'rows.jsonl')],
  ])('group --out %s is refused and the corpus kept', async (_, out) => {
    const dir = tempDir();
    mkdirSync(join(dir, 'sub'));
    const corpus = join(dir, 'rows.jsonl');
    writeFileSync(corpus, CORPUS);
    const result = await run(['group', corpus, '--out', out(dir)]);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toContain('names the input corpus');
    expect(readFileSync(corpus, 'utf8')).toBe(CORPUS);
  });

  it('batch --input refuses a corpus that the batch would write over (its findings.csv)', async () => {
    const dir = tempDir();
    const corpus = join(dir, 'findings.csv');
    const text =
      'outlet,event,text\nAlpha,e1,A dam burst near Tolvan on Friday.\nBeta,e1,The Tolvan dam burst on Friday.\n';
    writeFileSync(corpus, text);
    const result = await run(['batch', '--input', corpus, '--out', dir, '--claims', join(dir, 'c')]);
    expect(result.code).toBe(2);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toContain('names the input corpus');
    expect(readFileSync(corpus, 'utf8')).toBe(text);
  });
});

describe('batch --out naming its own sources folder (user trial 18, item 10)', () => {
  it('is refused with one line and exit 2, writing nothing', async () => {
    const sources = copyEvents();
    const result = await run([
      'batch',
      sources,
      '--out',
      join(sources, '.'),
      '--claims',
      join(tempDir(), 'c'),
    ]);
    expect(result.code).toBe(2);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toContain('is the sources folder');
    expect(() => readFileSync(join(sources, 'summary.json'))).toThrow();
  });
});
