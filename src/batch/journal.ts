import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { BatchSummary, PairEntry } from '../model/summary.js';

/** The file a running batch appends finished entries to; removed once `summary.json` is written. */
export function journalPath(outDir: string): string {
  return join(outDir, '.crosscheck-journal.jsonl');
}

function readLines(path: string): PairEntry[] {
  if (!existsSync(path)) return [];
  const entries: PairEntry[] = [];
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    try {
      if (line.trim() !== '') entries.push(JSON.parse(line) as PairEntry);
    } catch {
      // The last line of a killed run may be cut short: that pair simply runs again.
    }
  }
  return entries;
}

function readSummaryPairs(outDir: string): PairEntry[] {
  try {
    return (JSON.parse(readFileSync(join(outDir, 'summary.json'), 'utf8')) as BatchSummary).pairs ?? [];
  } catch {
    return [];
  }
}

/** What earlier runs into this folder recorded: the last summary, then the journal of a killed run. */
export function readPrevious(outDir: string): Map<string, PairEntry> {
  const previous = new Map<string, PairEntry>();
  for (const entry of [...readSummaryPairs(outDir), ...readLines(journalPath(outDir))]) {
    if (entry && typeof entry.id === 'string') previous.set(entry.id, entry);
  }
  return previous;
}

/** Whether a recorded entry still stands: compared without error, same key, every file present. */
export function isFresh(entry: PairEntry | undefined, key: string, outDir: string): entry is PairEntry {
  return (
    entry !== undefined &&
    entry.status === 'ok' &&
    entry.key === key &&
    Array.isArray(entry.files) &&
    entry.files.every((file) => existsSync(join(outDir, file)))
  );
}

/** Removes the journal once its entries are in `summary.json`. */
export function clearJournal(outDir: string): void {
  rmSync(journalPath(outDir), { force: true });
}
