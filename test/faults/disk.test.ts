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
    openSync: vi.fn(actual.openSync),
    readFileSync: vi.fn(actual.readFileSync),
    writeFileSync: vi.fn(actual.writeFileSync),
    writeSync: vi.fn(actual.writeSync),
  };
});

const errno = (code: string) => Object.assign(new Error(`${code}: injected`), { code });
const actual = await vi.importActual<typeof import('node:fs')>('node:fs');

/** The wrapped functions, and the real ones they fall back to. */
const MOCKED = {
  appendFileSync: [vi.mocked(fs.appendFileSync), actual.appendFileSync],
  copyFileSync: [vi.mocked(fs.copyFileSync), actual.copyFileSync],
  openSync: [vi.mocked(fs.openSync), actual.openSync],
  readFileSync: [vi.mocked(fs.readFileSync), actual.readFileSync],
  writeFileSync: [vi.mocked(fs.writeFileSync), actual.writeFileSync],
  writeSync: [vi.mocked(fs.writeSync), actual.writeSync],
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
      [`${ev}/b.txt`]: article('Beta', 'Troops killed twelve people in the city on Monday.'),
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

  it('a full disk in the spill file stops the batch with one line naming it, and resumes', async () => {
    const root = sources();
    const out = join(root, 'out');
    failSpillWrites(() => {
      throw errno('ENOSPC');
    });
    expectLastLine(await run(batchArgs(root)), /cannot write .*\.crosscheck-entries\.jsonl \(ENOSPC\)/);
    expect(
      actual.readdirSync(out).filter((f) => f.startsWith('.crosscheck-') && !f.includes('journal')),
    ).toEqual([]);
    vi.mocked(fs.writeSync).mockImplementation(actual.writeSync as never);
    const again = await run(batchArgs(root));
    expect(again.code).toBe(0);
    expect(again.stdout).toMatch(/1 compared, 1 up to date/);
  });

  it('a short write in the spill file is finished, not read back cut (review of mem6, item 1)', async () => {
    const root = sources();
    const whole = await run(batchArgs(root));
    expect(whole.code).toBe(0);
    const expected = actual.readFileSync(join(root, 'out', 'summary.json'), 'utf8');
    actual.rmSync(join(root, 'out'), { recursive: true });
    let short = 0;
    failSpillWrites((fd, bytes, offset, length, at) => {
      short++;
      return actual.writeSync(fd, bytes, offset, Math.min(length, 7), at);
    });
    const cut = await run(batchArgs(root));
    expect(short).toBeGreaterThan(2);
    expect(cut.code).toBe(0);
    expect(actual.readFileSync(join(root, 'out', 'summary.json'), 'utf8')).toBe(expected);
  });
});

/** Makes every write to the spill file (`.crosscheck-entries.jsonl`) call `write` instead. */
function failSpillWrites(
  write: (fd: number, bytes: Uint8Array, offset: number, length: number, at: number) => number,
) {
  const spills = new Set<number>();
  vi.mocked(fs.openSync).mockImplementation(((...args: Parameters<typeof fs.openSync>) => {
    const fd = actual.openSync(...args);
    if (String(args[0]).endsWith('.crosscheck-entries.jsonl')) spills.add(fd);
    return fd;
  }) as never);
  vi.mocked(fs.writeSync).mockImplementation(((fd: number, ...rest: unknown[]) => {
    if (spills.has(fd)) return write(fd, ...(rest as [Uint8Array, number, number, number]));
    return (actual.writeSync as (...a: unknown[]) => number)(fd, ...rest);
  }) as never);
}
