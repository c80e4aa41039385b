import * as fs from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { run } from '../cli/run.js';
import { article, expectLastLine, expectOneLine, tempDir, WIRE, writeTree } from './helpers.js';

// Disk faults are injected: node:fs is wrapped so a test can make one call fail with an errno.
vi.mock('node:fs', async (importOriginal) => {
  const actual = await importOriginal<typeof import('node:fs')>();
  return {
    ...actual,
    appendFileSync: vi.fn(actual.appendFileSync),
    copyFileSync: vi.fn(actual.copyFileSync),
    readFileSync: vi.fn(actual.readFileSync),
    writeFileSync: vi.fn(actual.writeFileSync),
  };
});

const errno = (code: string) => Object.assign(new Error(`${code}: injected`), { code });
const actual = await vi.importActual<typeof import('node:fs')>('node:fs');

/** The wrapped functions, and the real ones they fall back to. */
const MOCKED = {
  appendFileSync: [vi.mocked(fs.appendFileSync), actual.appendFileSync],
  copyFileSync: [vi.mocked(fs.copyFileSync), actual.copyFileSync],
  readFileSync: [vi.mocked(fs.readFileSync), actual.readFileSync],
  writeFileSync: [vi.mocked(fs.writeFileSync), actual.writeFileSync],
} as const;

/** Makes `fn` throw `code` when its first argument matches `when`, and behave normally otherwise. */
function failWhen(fn: keyof typeof MOCKED, when: RegExp, code: string) {
  const [mock, real] = MOCKED[fn];
  mock.mockImplementation(((...args: unknown[]) => {
    if (when.test(String(args[0]))) throw errno(code);
    return (real as (...a: unknown[]) => unknown)(...args);
  }) as never);
}

afterEach(() => {
  for (const [mock, real] of Object.values(MOCKED)) mock.mockImplementation(real as never);
});

/** `crosscheck batch` over `root/sources` into `root/out`, in this thread. */
const batchArgs = (root: string) => [
  'batch',
  join(root, 'sources'),
  '--out',
  join(root, 'out'),
  '--claims',
  join(root, 'claims'),
  '--jobs',
  '1',
];

function sources(events = ['e1', 'e2']) {
  const root = tempDir();
  for (const ev of events) {
    writeTree(join(root, 'sources'), {
      [`${ev}/a.txt`]: article('Alpha', 'Ten people died in the city on Monday, officials said.'),
      [`${ev}/b.txt`]: article('Beta', 'Twelve people were killed in the city on Monday.'),
    });
  }
  return root;
}

describe('fault matrix: disk and read errors are exit 2 with the path (issue 12, rows 6, 13)', () => {
  it('EIO while reading a source', async () => {
    const dir = writeTree(tempDir(), { 'ev/a.txt': article('Alpha') });
    failWhen('readFileSync', /ev\/a\.txt$/, 'EIO');
    expectOneLine(await run(['compare', join(dir, 'ev/a.txt'), WIRE]), /cannot read .*ev\/a\.txt \(EIO\)/);
  });

  it('--json under a file: the failed write and its cleanup stay one line', async () => {
    const dir = writeTree(tempDir(), { afile: 'x' });
    expectOneLine(
      await run(['compare', WIRE, WIRE.replace('wire', 'presstv'), '--json', join(dir, 'afile/x.json')]),
      /cannot use .*afile as a folder: .*afile is a file/,
    );
  });

  it('a full disk while writing the HTML leaves neither the HTML nor the JSON (compare)', async () => {
    const dir = tempDir();
    failWhen('writeFileSync', /r\.html\.\d+\.tmp$/, 'ENOSPC');
    const result = await run([
      'compare',
      WIRE.replace('wire', 'presstv'),
      WIRE,
      '--json',
      join(dir, 'r.json'),
      '--html',
      join(dir, 'r.html'),
    ]);
    expectOneLine(result, /cannot write .*r\.html \(ENOSPC\)/);
    expect(fs.readdirSync(dir)).toEqual([]);
  });

  it('a full disk in the journal stops the batch; what was written stays whole and resumes', async () => {
    const root = sources();
    const out = join(root, 'out');
    const args = batchArgs(root);
    let appends = 0;
    vi.mocked(fs.appendFileSync).mockImplementation(((...a: Parameters<typeof fs.appendFileSync>) => {
      if (++appends === 2) throw errno('ENOSPC');
      return actual.appendFileSync(...a);
    }) as never);
    expectLastLine(await run(args), /cannot append to .*\.crosscheck-journal\.jsonl \(ENOSPC\)/);
    const journal = actual.readFileSync(join(out, '.crosscheck-journal.jsonl'), 'utf8').trim().split('\n');
    expect(journal.map((line) => JSON.parse(line).id)).toEqual(['e1/a--b']);
    expect(JSON.parse(actual.readFileSync(join(out, 'e1/a--b.json'), 'utf8')).pair.id).toBe('e1/a--b');
    vi.mocked(fs.appendFileSync).mockImplementation(actual.appendFileSync as never);
    const again = await run(args);
    expect(again.code).toBe(0);
    expect(again.stdout).toMatch(/1 compared, 1 up to date/);
  });

  it('a full disk in merge is one line naming the file', async () => {
    const root = sources();
    const out = join(root, 'out');
    expect((await run(batchArgs(root))).code).toBe(0);
    failWhen('copyFileSync', /e2\/a--b\.html/, 'ENOSPC');
    expectOneLine(
      await run(['merge', out, '--out', join(root, 'merged')]),
      /cannot copy .*e2\/a--b\.html .*\(ENOSPC\)/,
    );
  });
});
