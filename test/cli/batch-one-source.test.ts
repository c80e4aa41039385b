import { cpSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import type { BatchSummary } from '../../src/model/summary.js';
import { copyEvents, FIXTURE_EVENTS, memoryIo, tempDir } from '../batch/helpers.js';

const LONE = join(FIXTURE_EVENTS, 'summit-2018-04-27', 'courier.txt');

async function batch(args: string[]) {
  const { io, stdout, stderr } = memoryIo();
  const code = await main(['batch', ...args], io);
  return { code, stdout: stdout(), stderr: stderr() };
}

describe('crosscheck batch: an event with one source (user trial 1)', () => {
  // Named under the input folder's name, however it was typed (user trial 18, item 11).
  it('names the event on stderr and in summary.json beside the events it compares', async () => {
    const sources = copyEvents();
    mkdirSync(join(sources, 'lonely'));
    cpSync(LONE, join(sources, 'lonely', 'courier.txt'));
    const work = tempDir();
    const out = join(work, 'out');
    const { code, stderr } = await batch([
      sources,
      '--out',
      out,
      '--claims',
      join(work, 'claims'),
      '--jobs',
      '1',
    ]);
    expect(code).toBe(0);
    const line = `crosscheck batch: skipped sources/lonely: only 1 source, nothing to compare\n`;
    expect(stderr).toContain(line);
    const summary = JSON.parse(readFileSync(join(out, 'summary.json'), 'utf8')) as BatchSummary;
    expect(summary.skipped).toEqual([
      { path: 'sources/lonely', reason: 'only 1 source, nothing to compare' },
    ]);
    expect(summary.totals.pairs).toBe(4);
    const index = readFileSync(join(out, 'index.html'), 'utf8');
    expect(index).toContain(`Skipped: sources/lonely: only 1 source, nothing to compare.`);
  }, 120_000);

  it('exits 2 with one line per event and one error line when no pair is left, writing nothing', async () => {
    const root = tempDir();
    mkdirSync(join(root, 'ev1'));
    cpSync(LONE, join(root, 'ev1', 'courier.txt'));
    const out = join(tempDir(), 'out');
    const { code, stdout, stderr } = await batch([root, '--out', out, '--claims', join(root, 'claims')]);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr.trim().split('\n')).toEqual([
      `crosscheck batch: skipped ${basename(root)}/ev1: only 1 source, nothing to compare`,
      `crosscheck: ${root} holds no event folder with two or more sources: put at least two articles of one event in each event folder`,
    ]);
    expect(existsSync(join(out, 'summary.json'))).toBe(false);
  });
});
