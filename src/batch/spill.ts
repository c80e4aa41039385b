import { closeSync, openSync, readSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import type { PairEntry } from '../model/summary.js';

/**
 * Pair entries parked on disk while a batch runs. Most of an entry is its `top` findings (about
 * 70% of its JSON); kept in memory for 50,000 pairs they made the heap grow with the corpus. The
 * batch keeps each entry without them and reads the whole entry back when it writes
 * `summary.json`, pair by pair.
 */
export interface EntrySpill {
  /** Parks an entry; returns it without its `top` findings. */
  keep: (entry: PairEntry) => PairEntry;
  /** The whole entry of one kept before (or the entry itself if it was not kept). */
  full: (entry: PairEntry) => PairEntry;
  /** Closes and removes the file. */
  close: () => void;
}

/** The spill file of a batch writing to `outDir`. */
export function spillPath(outDir: string): string {
  return join(outDir, '.crosscheck-entries.jsonl');
}

/** Opens the spill file of a batch writing to `outDir`. */
export function openSpill(outDir: string): EntrySpill {
  const path = spillPath(outDir);
  const fd = openSync(path, 'w+');
  const where = new Map<string, { at: number; length: number }>();
  let end = 0;
  return {
    keep(entry) {
      if (entry.top.length > 0) {
        const bytes = Buffer.from(`${JSON.stringify(entry)}\n`);
        writeSync(fd, bytes, 0, bytes.length, end);
        where.set(entry.id, { at: end, length: bytes.length - 1 });
        end += bytes.length;
      }
      // A copy rebuilt from JSON, not the entry: one built on this thread shares strings with
      // its sources (an outlet read from front matter is a slice that keeps the whole file
      // alive), so keeping it kept the text of every source of the batch (issue 13).
      return JSON.parse(JSON.stringify({ ...entry, top: [] })) as PairEntry;
    },
    full(entry) {
      const place = where.get(entry.id);
      if (!place) return entry;
      const bytes = Buffer.alloc(place.length);
      readSync(fd, bytes, 0, place.length, place.at);
      return JSON.parse(bytes.toString('utf8')) as PairEntry;
    },
    close() {
      closeSync(fd);
      rmSync(path, { force: true });
    },
  };
}
