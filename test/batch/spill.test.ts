import { existsSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openSpill } from '../../src/batch/spill.js';
import { UserError } from '../../src/errors.js';
import { entry } from './entries.js';
import { tempDir } from './helpers.js';

const withTop = (id: string, explanation: string) => ({
  ...entry(id, ['A “quoted” \u2028', 'B']),
  top: [{ id: 'f1', kind: 'omission' as const, explanation }],
});

describe('openSpill', () => {
  it('keeps only where an entry is and what orders it, and gives it back whole, in any order', () => {
    const dir = tempDir();
    const spill = openSpill(dir);
    const entries = [
      withTop('e/a--b', 'Only A reports “this”: 12 ✓'),
      withTop('e/a--c', 'x'.repeat(5000)),
      entry('e/b--c', ['B', 'C']),
    ];
    const kept = entries.map((e) => spill.keep(e));
    expect(kept.map(({ event, a, b }) => [event, a, b])).toEqual([
      ['e', 'a', 'b'],
      ['e', 'a', 'c'],
      ['e', 'b', 'c'],
    ]);
    expect(Object.keys(kept[0]).sort()).toEqual(['a', 'at', 'b', 'event', 'length', 'tablesLength']);
    expect(spill.read(kept[1])).toEqual(entries[1]);
    expect(spill.read(kept[0])).toEqual(entries[0]);
    expect(spill.read(kept[2])).toEqual(entries[2]);
    spill.close();
    expect(existsSync(join(dir, '.crosscheck-entries.jsonl'))).toBe(false);
  });

  it("parks a pair's table pieces after its entry and gives them back; none for an entry kept without", () => {
    const spill = openSpill(tempDir());
    const tables = {
      event: 'e',
      outlets: { a: 'A', b: 'B' },
      findingsCsv: 'x,“y”\r\n',
      findingsJsonl: '{"x":1}\n',
      sources: [],
      counts: [],
    };
    const bare = spill.keep(entry('e/a--b', ['A', 'B']));
    const kept = spill.keep(withTop('e/a--c', 'Only A reports “this”'), JSON.stringify(tables));
    const after = spill.keep(entry('e/b--c', ['B', 'C']));
    expect(spill.readTables(kept)).toEqual(tables);
    expect(spill.readTables(bare)).toBeUndefined();
    expect(spill.read(kept)).toEqual(withTop('e/a--c', 'Only A reports “this”'));
    expect(spill.read(after)).toEqual(entry('e/b--c', ['B', 'C']));
    spill.close();
  });

  it('reads back a copy that shares no object with the entry it was given', () => {
    const spill = openSpill(tempDir());
    const given = entry('e/a--b', ['A', 'B']);
    const kept = spill.keep(given);
    given.outlets.a = 'changed';
    expect(spill.read(kept).outlets.a).toBe('A');
    expect(spill.read(kept)).not.toBe(spill.read(kept));
    spill.close();
  });
});

describe('openSpill: what is at its path already (review of mem6, items 1 and 5)', () => {
  it('replaces a link at its path, and never writes into the file the link names', () => {
    const dir = tempDir();
    const kept = join(dir, 'keep.txt');
    writeFileSync(kept, 'user data\n');
    symlinkSync(kept, join(dir, '.crosscheck-entries.jsonl'));
    const spill = openSpill(dir);
    spill.read(spill.keep(entry('e/a--b', ['A', 'B'])));
    spill.close();
    expect(readFileSync(kept, 'utf8')).toBe('user data\n');
    expect(existsSync(join(dir, '.crosscheck-entries.jsonl'))).toBe(false);
  });

  it('a folder at its path is a write-failed user error naming the spill file', () => {
    const dir = tempDir();
    mkdirSync(join(dir, '.crosscheck-entries.jsonl'));
    let thrown: unknown;
    try {
      openSpill(dir);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(UserError);
    expect((thrown as UserError).code).toBe('write-failed');
    expect((thrown as UserError).message).toMatch(/cannot write .*\.crosscheck-entries\.jsonl \(/);
  });
});
