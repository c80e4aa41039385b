import { appendFileSync, existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { reasonOf, UserError } from '../errors.js';
import { FINDING_KINDS } from '../model/finding.js';
import type { BatchSummary, PairEntry } from '../model/summary.js';

/** The file a running batch appends finished entries to; removed once `summary.json` is written. */
export function journalPath(outDir: string): string {
  return join(outDir, '.crosscheck-journal.jsonl');
}

/** The journal's entries, from byte `from` on (0: all; a later offset: those appended since). */
export function readJournal(outDir: string, from = 0): PairEntry[] {
  const path = journalPath(outDir);
  if (!existsSync(path)) return [];
  const entries: PairEntry[] = [];
  for (const line of readFileSync(path).subarray(from).toString('utf8').split('\n')) {
    try {
      if (line.trim() !== '') entries.push(JSON.parse(line) as PairEntry);
    } catch {
      // The last line of a killed run may be cut short: that pair simply runs again.
    }
  }
  return entries;
}

function readSummary(outDir: string): Partial<BatchSummary> {
  try {
    return (JSON.parse(readFileSync(join(outDir, 'summary.json'), 'utf8')) as BatchSummary) ?? {};
  } catch {
    return {};
  }
}

/** What earlier runs into a folder recorded: their entries by pair id, and the input root. */
export interface PreviousRun {
  entries: Map<string, PairEntry>;
  /** The last summary's `root` (undefined when it has none, or there is no summary). */
  root: string | undefined;
}

/** What earlier runs into this folder recorded: the last summary, then the journal of a killed run. */
export function readPreviousRun(outDir: string): PreviousRun {
  const summary = readSummary(outDir);
  const entries = new Map<string, PairEntry>();
  for (const entry of [...(Array.isArray(summary.pairs) ? summary.pairs : []), ...readJournal(outDir)]) {
    if (entry && typeof entry.id === 'string') entries.set(entry.id, entry);
  }
  return { entries, root: typeof summary.root === 'string' ? summary.root : undefined };
}

/** The entries earlier runs into this folder recorded, by pair id (readPreviousRun's). */
export function readPrevious(outDir: string): Map<string, PairEntry> {
  return readPreviousRun(outDir).entries;
}

/** How the end of each format looks when the file was written whole. */
const ENDINGS: Record<string, RegExp> = { html: /<\/html>\s*$/, md: /\n$/, csv: /\r\n$/ };

/**
 * Whether a pair's file on disk is whole: a JSON report parses and names the pair, other
 * formats end as their writer ends them. A file cut short or edited by hand is run again.
 */
function isWhole(path: string, pairId: string): boolean {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    return false;
  }
  const format = path.slice(path.lastIndexOf('.') + 1);
  if (format !== 'json') return (ENDINGS[format] ?? /\S/).test(text);
  try {
    return (JSON.parse(text) as { pair?: { id?: string } }).pair?.id === pairId;
  } catch {
    return false;
  }
}

/** Whether an entry counts hidden findings of a kind but agreement: what its `topHidden` names. */
function hidesFindings(entry: PairEntry): boolean {
  return FINDING_KINDS.some((kind) => kind !== 'agreement' && entry.all[kind] > entry.counts[kind]);
}

/** Whether a recorded entry still stands: compared without error, same key, every file whole. */
export function isFresh(entry: PairEntry | undefined, key: string, outDir: string): entry is PairEntry {
  return (
    entry !== undefined &&
    entry.status === 'ok' &&
    entry.key === key &&
    // An entry recorded before it counted shown and all findings apart (user trial 3) is compared again.
    entry.all !== undefined &&
    // So is one that hides findings but was recorded before it named them (user trial 21, item 11).
    (entry.topHidden !== undefined || !hidesFindings(entry)) &&
    Array.isArray(entry.files) &&
    entry.files.every((file) => isWhole(join(outDir, file), entry.id))
  );
}

/**
 * Appends a finished pair's entry to the journal. A full disk or a vanished folder stops the
 * batch with one line: the reports written so far and the journal's earlier lines stay intact.
 */
export function appendJournal(path: string, entry: PairEntry): void {
  try {
    appendFileSync(path, `${JSON.stringify(entry)}\n`);
  } catch (error) {
    const reason = reasonOf(error);
    throw new UserError(
      'write-failed',
      `cannot append to ${path} (${reason})`,
      'free disk space, then run the same batch again: finished pairs are kept',
      path,
    );
  }
}

/** Removes the journal once its entries are in `summary.json`. */
export function clearJournal(outDir: string): void {
  rmSync(journalPath(outDir), { force: true });
}
