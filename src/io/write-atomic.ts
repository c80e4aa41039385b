import {
  closeSync,
  mkdirSync,
  openSync,
  realpathSync,
  renameSync,
  rmSync,
  type Stats,
  statSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { dirname, resolve } from 'node:path';
import { UserError } from '../errors.js';

function reasonOf(error: unknown): string {
  return (error as NodeJS.ErrnoException).code ?? (error as Error).message;
}

/** The stat of a path, or undefined when it or (ENOTDIR) one of its parents is missing. */
function statOrNothing(path: string): Stats | undefined {
  try {
    return statSync(path, { throwIfNoEntry: false });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOTDIR') return undefined;
    throw error;
  }
}

/**
 * Makes sure `path` is a folder we can create files in, creating it and its missing parents one
 * level at a time. Node's `mkdirSync(…, { recursive: true })` spins forever under `/proc`
 * (issue 12, row 4), and a file where a folder should be must be the user's error, not ours.
 */
export function ensureDir(path: string): void {
  const missing: string[] = [];
  let at = resolve(path);
  for (;;) {
    const stat = statOrNothing(at);
    if (stat?.isDirectory()) break;
    if (stat) {
      throw new UserError(
        'bad-out',
        `cannot use ${path} as a folder: ${at} is a file`,
        'name a folder (or a new path) instead',
        path,
      );
    }
    missing.unshift(at);
    const parent = dirname(at);
    if (parent === at) break;
    at = parent;
  }
  for (const dir of missing) {
    try {
      mkdirSync(dir);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EEXIST' && statSync(dir).isDirectory()) continue;
      throw new UserError(
        'bad-out',
        `cannot create the folder ${dir} (${reasonOf(error)})`,
        'name a writable folder',
        path,
      );
    }
  }
}

/** A file to write: its path and its whole content. */
export interface OutputFile {
  path: string;
  /** The content, or its pieces (a generator), written as they come. */
  text: string | Iterable<string>;
}

/**
 * The temporary name every crosscheck writer uses for `path`: `<target>.<process id>.tmp`, so
 * the target says it is crosscheck's and the process id whose (batch/interrupt.ts sweeps them).
 */
export function temporaryOf(path: string): string {
  return `${path}.${process.pid}.tmp`;
}

const TEMPORARY = /^(.+)\.(\d+)\.tmp$/;

/** A file name read as `temporaryOf`'s: the target's name and the writer's process id, else undefined. */
export function parseTemporary(name: string): { target: string; pid: number } | undefined {
  const match = TEMPORARY.exec(name);
  return match ? { target: match[1], pid: Number(match[2]) } : undefined;
}

function removeQuietly(path: string): void {
  try {
    rmSync(path, { force: true });
  } catch {
    // Cleaning up must not hide the error that made us clean up (ENOTDIR, EIO…).
  }
}

/**
 * Where a target is written. An existing target that is not a regular file (a FIFO, a device such
 * as /dev/stderr, a link to one) is written into directly: a rename would replace it with a file
 * (review-ux item 2: `--md /dev/stdout` replaced /dev/stdout for the whole machine). A link to a
 * regular file is written at the file it names, so the link stays.
 */
function placeOf(path: string): { path: string; direct: boolean } {
  const stats = statOrNothing(path);
  if (!stats) return { path, direct: false };
  if (!stats.isFile()) return { path, direct: true };
  return { path: realpathSync(path), direct: false };
}

function writeDirect(path: string, text: string | Iterable<string>): void {
  if (typeof text === 'string') writeFileSync(path, text);
  else writeChunks(path, text);
}

/**
 * Writes several files as one step: every content goes to a temporary file beside its target
 * first, and only when all are on disk are they renamed. A full disk or a bad path therefore
 * leaves the earlier versions (or nothing) in place, never a JSON report without its HTML.
 * Targets that are not regular files (placeOf) are written into last, once the others are in place.
 */
export function writeAllAtomic(files: readonly OutputFile[]): void {
  const written: string[] = [];
  let current = '';
  try {
    const placed = files.map((file) => {
      current = file.path;
      return { ...placeOf(file.path), text: file.text };
    });
    const atomic = placed.filter((file) => !file.direct);
    for (const { path, text } of atomic) {
      current = path;
      ensureDir(dirname(path));
      written.push(temporaryOf(path));
      writeDirect(temporaryOf(path), text);
    }
    for (const { path } of atomic) {
      current = path;
      renameSync(temporaryOf(path), path);
    }
    for (const { path, text } of placed.filter((file) => file.direct)) {
      current = path;
      writeDirect(path, text);
    }
  } catch (error) {
    for (const temporary of written) removeQuietly(temporary);
    if (error instanceof UserError) throw error;
    throw new UserError(
      'write-failed',
      `cannot write ${current} (${reasonOf(error)})`,
      'check that the folder is writable and the disk has room',
      current,
    );
  }
}

/**
 * Writes a file atomically: a temporary file beside the target, then a rename, so a
 * killed run never leaves half a report and an existing report is never lost. Content may come
 * in chunks (a generator), written as they come.
 */
export function writeAtomic(path: string, content: string | Iterable<string>): void {
  writeAllAtomic([{ path, text: content }]);
}

/** Writes chunks as they come, in ~1 MB writes, so a large file is never one string in memory. */
function writeChunks(path: string, chunks: Iterable<string>): void {
  const fd = openSync(path, 'w');
  try {
    let buffer = '';
    for (const chunk of chunks) {
      buffer += chunk;
      if (buffer.length >= 1 << 20) {
        writeSync(fd, buffer);
        buffer = '';
      }
    }
    writeSync(fd, buffer);
  } finally {
    closeSync(fd);
  }
}
