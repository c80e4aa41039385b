import { closeSync, openSync, readSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { reasonOf, UserError } from '../errors.js';
import { writeFully } from '../io/write-fully.js';
import type { PairEntry } from '../model/summary.js';
import type { PairTables } from '../tables/pair-tables.js';

/**
 * A pair entry parked on disk: only what orders it in the summary, and where its line and its
 * tables line are, its names shared with the other pairs of its event. 50,000 synthetic entries shaped like
 * `reports/summary.json`'s held 53.9 MB of heap kept whole (JSON round-tripped, without their
 * `top` findings), 4.6 MB as places (after a full collection; issue 13).
 */
export interface ParkedEntry {
  event: string;
  a: string;
  b: string;
  at: number;
  length: number;
  /** The byte length of the pair's PairTables line, right after its entry's (without its newline, as `length`); 0 when it has none. */
  tablesLength: number;
}

/**
 * Pair entries parked on disk while a batch runs, read back one at a time when the summary is
 * built and written.
 */
export interface EntrySpill {
  /**
   * Parks an entry, and its pieces of the analysis files when it has them (a PairTables as JSON,
   * serialised by the worker that built it: task.ts); returns where they are.
   */
  keep: (entry: PairEntry, tables?: string) => ParkedEntry;
  /** The whole entry parked at `place`, read back from disk. */
  read: (place: ParkedEntry) => PairEntry;
  /** The pieces of the analysis files parked with the entry at `place`, if any. */
  readTables: (place: ParkedEntry) => PairTables | undefined;
  /** Closes and removes the file. */
  close: () => void;
}

/** The spill file of a batch writing to `outDir`. */
export function spillPath(outDir: string): string {
  return join(outDir, '.crosscheck-entries.jsonl');
}

/** The error line of a spill file that cannot be written: exit 2, and a rerun resumes from the journal. */
function writeFailed(path: string, reason: string): UserError {
  return new UserError(
    'write-failed',
    `cannot write ${path} (${reason})`,
    'free space in --out (or remove what is at that path), then run the same command again to continue',
    path,
  );
}

/**
 * Creates the file anew: whatever is at the path (a killed run's spill, a link) is removed first,
 * and O_EXCL ('wx+') never follows a link, so a link there cannot make the batch overwrite the
 * file it names (review of mem6, item 5).
 */
function createSpill(path: string): number {
  try {
    rmSync(path, { force: true });
    return openSync(path, 'wx+');
  } catch (error) {
    throw writeFailed(path, reasonOf(error));
  }
}

/** Writes all of `bytes` at `at` (io/write-fully.ts), a failure as the one line naming the spill file. */
function writeAll(fd: number, path: string, bytes: Buffer, at: number): void {
  try {
    writeFully(fd, bytes, at);
  } catch (error) {
    throw writeFailed(path, reasonOf(error));
  }
}

/** The `length` bytes at `at`, as text. */
function readLine(fd: number, at: number, length: number): string {
  const bytes = Buffer.alloc(length);
  readSync(fd, bytes, 0, length, at);
  return bytes.toString('utf8');
}

/** Opens the spill file of a batch writing to `outDir`. */
export function openSpill(outDir: string): EntrySpill {
  const path = spillPath(outDir);
  const fd = createSpill(path);
  // One copy of each event and source name: a copy made here, not the entry's own string, which
  // may be a slice of its source's text (an outlet read from front matter keeps the whole file).
  const names = new Map<string, string>();
  const shared = (name: string): string => {
    const known = names.get(name);
    if (known !== undefined) return known;
    const copy = JSON.parse(JSON.stringify(name)) as string;
    names.set(copy, copy);
    return copy;
  };
  let end = 0;
  return {
    keep(entry, tables) {
      const head = Buffer.from(`${JSON.stringify(entry)}\n`);
      const tail = Buffer.from(tables === undefined ? '' : `${tables}\n`);
      writeAll(fd, path, head, end);
      if (tail.length > 0) writeAll(fd, path, tail, end + head.length);
      const at = end;
      end += head.length + tail.length;
      // One literal with every field: built by spreading a partial one, 50,000 places held 17.0 MB
      // of heap instead of 4.6 MB (measured after a full collection).
      return {
        event: shared(entry.event),
        a: shared(entry.a),
        b: shared(entry.b),
        at,
        length: head.length - 1,
        tablesLength: tail.length && tail.length - 1,
      };
    },
    read(place) {
      return JSON.parse(readLine(fd, place.at, place.length)) as PairEntry;
    },
    readTables(place) {
      if (place.tablesLength === 0) return undefined;
      return JSON.parse(readLine(fd, place.at + place.length + 1, place.tablesLength)) as PairTables;
    },
    close() {
      closeSync(fd);
      rmSync(path, { force: true });
    },
  };
}
