import { closeSync, openSync, readSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import type { PairEntry } from '../model/summary.js';

/**
 * A pair entry parked on disk: only what orders it in the summary, and where its line is.
 * Kept whole in memory, an entry took ~900 bytes of heap (its key, files, counts and labels, JSON
 * round-tripped), so 50,000 pairs held ~45 MB plus the collector's headroom; this takes ~40 bytes,
 * its names shared with the other pairs of its event (issue 13).
 */
export interface ParkedEntry {
  event: string;
  a: string;
  b: string;
  at: number;
  length: number;
}

/**
 * Pair entries parked on disk while a batch runs, read back one at a time when the summary is
 * built and written.
 */
export interface EntrySpill {
  /** Parks an entry; returns where it is. */
  keep: (entry: PairEntry) => ParkedEntry;
  /** The whole entry parked at `place`, read back from disk. */
  read: (place: ParkedEntry) => PairEntry;
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
    keep(entry) {
      const bytes = Buffer.from(`${JSON.stringify(entry)}\n`);
      writeSync(fd, bytes, 0, bytes.length, end);
      const place = { event: shared(entry.event), a: shared(entry.a), b: shared(entry.b), at: end };
      end += bytes.length;
      return { ...place, length: bytes.length - 1 };
    },
    read(place) {
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
