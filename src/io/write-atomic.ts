import {
  closeSync,
  lstatSync,
  openSync,
  readlinkSync,
  realpathSync,
  renameSync,
  rmSync,
  type Stats,
  writeFileSync,
} from 'node:fs';
import { dirname, resolve } from 'node:path';
import { reasonOf, UserError } from '../errors.js';
import { ensureDir, statOrNothing } from './ensure-dir.js';
import { temporaryOf } from './temporary-names.js';
import { writeFully } from './write-fully.js';

/** A file to write: its path and its whole content. */
export interface OutputFile {
  path: string;
  /** The content, or its pieces (a generator), written as they come. */
  text: string | Iterable<string>;
}

/** Removes a file if there, ignoring failure: cleaning up must not hide the error that made us clean up. */
export function removeQuietly(path: string): void {
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
  if (!stats) return { path: linkedPath(path), direct: false };
  if (!stats.isFile()) return { path, direct: true };
  return { path: realpathSync(path), direct: false };
}

/**
 * The path a link to nothing names, followed link by link (relative ones from their own folder),
 * or `path` itself when it is no link: the file is created there and the link stays (user trial
 * 18, item 18: the rename replaced the link). A loop fails stat with ELOOP before this; the limit
 * (Linux's MAXSYMLINKS) only guards against one made while we look.
 */
function linkedPath(path: string): string {
  let at = path;
  for (let hops = 0; hops < 40 && lstatOrNothing(at)?.isSymbolicLink(); hops++)
    at = resolve(dirname(at), readlinkSync(at));
  return at;
}

function lstatOrNothing(path: string): Stats | undefined {
  try {
    return lstatSync(path, { throwIfNoEntry: false });
  } catch {
    return undefined; // ENOTDIR: a parent is a file, which the write then reports
  }
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
        writeFully(fd, Buffer.from(buffer));
        buffer = '';
      }
    }
    writeFully(fd, Buffer.from(buffer));
  } finally {
    closeSync(fd);
  }
}
