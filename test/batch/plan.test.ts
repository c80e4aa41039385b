import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { planBatch } from '../../src/batch/plan.js';
import { UserError } from '../../src/errors.js';
import { tempDir } from './helpers.js';

function eventsDir(layout: Record<string, string[]>): string {
  const root = tempDir();
  for (const [event, files] of Object.entries(layout)) {
    mkdirSync(join(root, event), { recursive: true });
    for (const file of files) writeFileSync(join(root, event, file), 'Some text.\n');
  }
  return root;
}

describe('planBatch', () => {
  it('pairs five outlets into ten pairs, a before b by file name', () => {
    const root = eventsDir({ e1: ['rr.txt', 'l.txt', 'm.md', 'll.txt', 'r.txt', 'notes.json'] });
    const plan = planBatch(root);
    expect(plan.pairs.map((p) => p.id)).toEqual([
      'e1/l--ll',
      'e1/l--m',
      'e1/l--r',
      'e1/l--rr',
      'e1/ll--m',
      'e1/ll--r',
      'e1/ll--rr',
      'e1/m--r',
      'e1/m--rr',
      'e1/r--rr',
    ]);
  });

  it('orders events by folder name and never pairs across events', () => {
    const plan = planBatch(
      eventsDir({ b: ['x.txt', 'y.txt'], a: ['x.txt', 'y.txt', 'z.txt'], c: ['only.txt'] }),
    );
    expect(plan.events.map((e) => e.name)).toEqual(['a', 'b', 'c']);
    expect(plan.pairs.map((p) => p.id)).toEqual(['a/x--y', 'a/x--z', 'a/y--z', 'b/x--y']);
  });

  it.each([
    ['a missing folder', (root: string) => join(root, 'nope'), 'does not exist'],
    ['a folder with no event folders', (root: string) => root, 'holds no event folder'],
    [
      'a file',
      (root: string) => {
        writeFileSync(join(root, 'f.txt'), 'x');
        return join(root, 'f.txt');
      },
      'is not a folder',
    ],
  ])('rejects %s with a UserError', (_name, make, message) => {
    const root = tempDir();
    expect(() => planBatch(make(root))).toThrow(UserError);
    expect(() => planBatch(make(root))).toThrow(message);
  });
});
