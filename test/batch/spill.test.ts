import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openSpill } from '../../src/batch/spill.js';
import { entry } from './entries.js';
import { tempDir } from './helpers.js';

const withTop = (id: string, explanation: string) => ({
  ...entry(id, ['A “quoted” \u2028', 'B']),
  top: [{ id: 'f1', kind: 'omission' as const, explanation }],
});

describe('openSpill', () => {
  it('keeps entries without their top findings and gives them back whole, in any order', () => {
    const dir = tempDir();
    const spill = openSpill(dir);
    const entries = [withTop('e/a--b', 'Only A reports “this”: 12 ✓'), withTop('e/a--c', 'x'.repeat(5000))];
    const kept = entries.map(spill.keep);
    expect(kept.map((e) => e.top)).toEqual([[], []]);
    expect(spill.full(kept[1])).toEqual(entries[1]);
    expect(spill.full(kept[0])).toEqual(entries[0]);
    const plain = entry('e/b--c', ['B', 'C']);
    expect(spill.keep(plain)).toEqual(plain);
    expect(spill.full(plain)).toBe(plain);
    spill.close();
    expect(existsSync(join(dir, '.crosscheck-entries.jsonl'))).toBe(false);
  });

  it('keeps a copy that shares no object with the entry it was given', () => {
    const spill = openSpill(tempDir());
    const given = entry('e/a--b', ['A', 'B']);
    const kept = spill.keep(given);
    expect(kept).not.toBe(given);
    expect(kept.outlets).not.toBe(given.outlets);
    given.outlets.a = 'changed';
    expect(kept.outlets.a).toBe('A');
    spill.close();
  });
});
