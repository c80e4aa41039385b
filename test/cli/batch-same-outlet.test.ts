import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../batch/helpers.js';
import { run } from './run.js';

// User trial 18, item 12: two articles of one event under one outlet name read as one outlet in
// every explanation; the batch still compares them, and warns once per event.

const article = (outlet: string, body: string) =>
  `---\noutlet: ${outlet}\npublished: 2024-02-03\n---\nDam bursts\n\n${body}\n`;

describe('batch: two sources of one event with the same outlet', () => {
  it('compares them and prints one warning line for the event, the second run too', async () => {
    const root = tempDir();
    mkdirSync(join(root, 'dam'));
    writeFileSync(
      join(root, 'dam', 'one.txt'),
      article('Valley News', 'A dam burst near Tolvan on Friday, flooding 30 homes.'),
    );
    writeFileSync(
      join(root, 'dam', 'two.txt'),
      article('Valley News', 'The Tolvan dam burst on Friday and flooded 40 homes.'),
    );
    writeFileSync(
      join(root, 'dam', 'three.txt'),
      article('Hill Post', 'Floods hit Tolvan after its dam burst on Friday.'),
    );
    const work = tempDir();
    const args = ['batch', root, '--out', join(work, 'out'), '--claims', join(work, 'c'), '--jobs', '1'];
    for (const _ of [1, 2]) {
      const result = await run(args);
      expect(result.code).toBe(0);
      const warnings = result.stderr.split('\n').filter((line) => line.includes('same outlet'));
      expect(warnings).toEqual([
        "crosscheck batch: warning: dam: one and two have the same outlet 'Valley News': their findings name it for both sides",
      ]);
    }
  }, 60_000);
});
