import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { copyEvents, memoryIo, tempDir, tree } from '../batch/helpers.js';

// A process id above Linux's largest (2^22): no process with it is running.
const GONE = 99999999;

// Review of ux, item 1: the batch swept every `*.<digits>.tmp` under --out and --claims and removed
// same-named tables without asking whether crosscheck wrote them: the user's own files were lost.
describe('batch into a folder that holds the user’s own files', () => {
  it('keeps every file crosscheck did not write, and removes only its own dead temporaries', async () => {
    const sources = copyEvents();
    const work = tempDir();
    const out = join(work, 'out');
    const claims = join(work, 'claims');
    const foreign: Record<string, string> = {
      'findings.csv': 'my,analysis\n',
      'outlets.json': '{"mine":true}\n',
      'notes.2024.tmp': 'draft\n',
      'sub/export.31337.tmp': 'keep\n',
      [`quake-2020-01-02/mine.csv.${GONE}.tmp`]: 'keep\n',
    };
    const ours = [`summary.json.${GONE}.tmp`, `quake-2020-01-02/courier--herald.md.${GONE}.tmp`];
    for (const [file, text] of Object.entries(foreign)) {
      mkdirSync(join(out, file, '..'), { recursive: true });
      writeFileSync(join(out, file), text);
    }
    for (const file of ours) writeFileSync(join(out, file), 'half\n');
    mkdirSync(join(claims, 'quake-2020-01-02'), { recursive: true });
    writeFileSync(join(claims, 'quake-2020-01-02', `herald.json.${GONE}.tmp`), 'half\n');
    writeFileSync(join(claims, `export.${GONE}.tmp`), 'keep\n');
    const code = await main(
      ['batch', sources, '--out', out, '--claims', claims, '--format', 'md', '--jobs', '1'],
      memoryIo().io,
    );
    expect(code).toBe(0);
    const files = tree(out);
    for (const [file, text] of Object.entries(foreign)) expect(files[file], file).toBe(text);
    for (const file of ours) expect(files[file], file).toBeUndefined();
    const cache = tree(claims);
    expect(cache[`export.${GONE}.tmp`]).toBe('keep\n');
    expect(cache[`quake-2020-01-02/herald.json.${GONE}.tmp`]).toBeUndefined();
  }, 120_000);
});
