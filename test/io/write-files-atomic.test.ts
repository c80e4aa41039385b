import * as fs from 'node:fs';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { UserError } from '../../src/errors.js';
import { temporaryOf } from '../../src/io/temporary-names.js';
import { writeFilesAtomic } from '../../src/io/write-lines-atomic.js';

// `renameSync` through a spy, so that one test can fail the rename of one file after the checks.
vi.mock('node:fs', async (original) => {
  const real = await original<typeof import('node:fs')>();
  return { ...real, renameSync: vi.fn(real.renameSync) };
});

const NAMES = ['findings.csv', 'findings.jsonl', 'claims.csv', 'claims.jsonl'];

/** A folder holding the four targets, each with old content. */
function folder(): { dir: string; paths: string[] } {
  const dir = mkdtempSync(join(tmpdir(), 'cc-files-'));
  const paths = NAMES.map((name) => join(dir, name));
  for (const path of paths) writeFileSync(path, `old ${path}\n`);
  return { dir, paths };
}

const fresh = (paths: string[]) => [paths.map(() => 'new\n'), paths.map(() => 'more\n')];
const olds = (paths: string[]) => paths.map((path) => readFileSync(path, 'utf8'));
const leftovers = (dir: string) => readdirSync(dir).filter((name) => name.endsWith('.tmp'));

describe('writeFilesAtomic', () => {
  it('writes every file when nothing fails', async () => {
    const { dir, paths } = folder();
    await writeFilesAtomic(paths, fresh(paths));
    expect(olds(paths)).toEqual(paths.map(() => 'new\nmore\n'));
    expect(readdirSync(dir).sort()).toEqual([...NAMES].sort());
  });

  it.each([0, 1, 2, 3])('a stream of file %i fails: every target as it was, that file named', async (k) => {
    const { dir, paths } = folder();
    const before = olds(paths);
    mkdirSync(temporaryOf(paths[k])); // its temporary file cannot be opened
    await expect(writeFilesAtomic(paths, fresh(paths))).rejects.toThrow(`cannot write ${paths[k]} (EISDIR)`);
    expect(olds(paths)).toEqual(before);
    expect(leftovers(dir)).toEqual([`${NAMES[k]}.${process.pid}.tmp`]); // the folder put there, only
  });

  it.each([0, 1, 2, 3])('target %i is a folder: every other target as it was, that one named', async (k) => {
    const { dir, paths } = folder();
    fs.rmSync(paths[k]);
    mkdirSync(join(paths[k], 'x'), { recursive: true });
    const before = olds(paths.filter((_, i) => i !== k));
    await expect(writeFilesAtomic(paths, fresh(paths))).rejects.toThrow(`cannot write ${paths[k]} (EISDIR)`);
    expect(olds(paths.filter((_, i) => i !== k))).toEqual(before);
    expect(leftovers(dir)).toEqual([]);
  });

  it.each([0, 1, 2, 3])('the rename of file %i fails: every target as it was, that file named', async (k) => {
    const { dir, paths } = folder();
    const before = olds(paths);
    const real = vi.mocked(fs.renameSync).getMockImplementation() ?? fs.renameSync;
    vi.mocked(fs.renameSync).mockImplementation((from, to) => {
      if (to === paths[k] && from === temporaryOf(paths[k]))
        throw Object.assign(new Error('denied'), { code: 'EACCES' });
      return real(from, to);
    });
    try {
      await expect(writeFilesAtomic(paths, fresh(paths))).rejects.toThrow(
        `cannot write ${paths[k]} (EACCES)`,
      );
    } finally {
      vi.mocked(fs.renameSync).mockImplementation(real);
    }
    expect(olds(paths)).toEqual(before);
    expect(readdirSync(dir).sort()).toEqual([...NAMES].sort());
  });

  it.each<[string, Error]>([
    ['an error of its own (a bug)', new TypeError('rows is undefined')],
    ['a user error (a report it cannot read)', new UserError('bad-report', 'r.json is not JSON', 'fix it')],
  ])(
    'the content throws %s: rethrown as it is, not as a write error; targets as they were',
    async (_name, thrown) => {
      const { dir, paths } = folder();
      const before = olds(paths);
      function* content(): Generator<string[]> {
        yield paths.map(() => 'new\n');
        throw thrown;
      }
      await expect(writeFilesAtomic(paths, content())).rejects.toBe(thrown);
      expect(olds(paths)).toEqual(before);
      expect(leftovers(dir)).toEqual([]);
    },
  );

  it('the content cannot read a file: a read error naming that file, targets as they were', async () => {
    const { dir, paths } = folder();
    const before = olds(paths);
    const gone = join(dir, 'gone.json');
    function* content(): Generator<string[]> {
      yield paths.map(() => 'new\n');
      yield [readFileSync(gone, 'utf8'), '', '', ''];
    }
    const error = await writeFilesAtomic(paths, content()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UserError);
    expect((error as UserError).toLine()).toBe(
      `crosscheck: cannot read ${gone} (ENOENT): check the file and the disk`,
    );
    expect(olds(paths)).toEqual(before);
    expect(leftovers(dir)).toEqual([]);
  });
});
