import { join } from 'node:path';
import { writeAtomic } from '../io/write-atomic.js';
import type { StreamedSummary } from '../model/summary.js';
import { indexChunks } from '../report/index-page.js';
import { summaryChunks } from '../report/summary.js';
import { clearJournal } from './journal.js';
import { recordedRoot } from './orphans.js';
import type { SkippedPath } from './plan.js';
import type { OutcomeSummary } from './report-lines.js';
import type { BatchOptions } from './run.js';
import type { EntrySpill, ParkedEntry } from './spill.js';
import { sortEntries, summarizeSorted } from './summarize.js';

// The second half of a batch (run.ts runs the first): the summary of the pairs parked in the
// spill file, and the files built from it. `merge` writes its merged summary the same way.

/** Writes `summary.json` and `index.html` of a finished batch, each atomically and pair by pair. */
export function writeBatchOutputs(outDir: string, summary: StreamedSummary): void {
  writeAtomic(join(outDir, 'summary.json'), summaryChunks(summary));
  writeAtomic(join(outDir, 'index.html'), indexChunks(summary));
}

/**
 * The second half of a batch: builds the summary, writes `beforeSummary`'s files, then
 * `summary.json` and `index.html`, and clears the journal. The pairs stay on disk: each pass
 * over the summary's pairs (the summary's own, the tables', `summary.json`'s, the index's) reads
 * them back one at a time, in summary order. Returns the summary with only what the CLI's lines
 * quote of its pairs (report-lines.ts `namedTally`, gathered in the summary's pass).
 */
export async function finishRun(
  options: BatchOptions,
  skipped: SkippedPath[],
  places: ParkedEntry[],
  spill: EntrySpill,
): Promise<OutcomeSummary> {
  const sorted = sortEntries(places);
  // What is parked for each pair, in summary order, read from disk one at a time.
  const each = <T>(read: (place: ParkedEntry) => T): Iterable<T> => ({
    *[Symbol.iterator]() {
      for (const place of sorted) yield read(place);
    },
  });
  const { summary, named } = summarizeSorted(each(spill.read), {
    formats: options.formats,
    omissionCap: options.omissionCap,
    root: recordedRoot(options.sourcesDir),
    gate: options.failOn,
    gateHidden: options.gateHidden,
    shard: options.shard,
    corpus: options.corpus,
    skipped,
  });
  await options.beforeSummary?.(summary, each(spill.readTables));
  writeBatchOutputs(options.outDir, summary);
  clearJournal(options.outDir);
  const { pairs: _all, ...rest } = summary;
  return { ...rest, named };
}
