import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeChunksAtomic } from '../../src/io/write-lines-atomic.js';

async function* chunks(count: number, size: number): AsyncIterable<string> {
  for (let i = 0; i < count; i++) yield `${String(i).padStart(size, '.')}\n`;
}

describe('writeChunksAtomic', () => {
  it('writes every chunk and leaves no listener behind after many waits for drain', async () => {
    const warnings: Error[] = [];
    const onWarning = (warning: Error) => warnings.push(warning);
    process.on('warning', onWarning);
    const path = join(mkdtempSync(join(tmpdir(), 'cc-chunks-')), 'big.txt');
    // 64 KB chunks overflow the stream's 16 KB buffer every time, so each write waits for drain.
    await writeChunksAtomic(path, chunks(40, 64 * 1024));
    await new Promise((resolve) => setImmediate(resolve));
    process.off('warning', onWarning);
    expect(warnings.map((w) => w.name)).not.toContain('MaxListenersExceededWarning');
    expect(readFileSync(path, 'utf8').split('\n')).toHaveLength(41);
  });
});
