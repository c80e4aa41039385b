import { basename } from 'node:path';
import type { ColumnMap } from '../corpus/index.js';
import type { CorpusInput } from '../model/summary.js';
import { GROUP_DEFAULTS, groupCorpus } from './index.js';
import { writeLayout } from './write-layout.js';

/** How many skipped rows summary.json names; the count is always complete. */
const SKIPPED_NAMED = 100;

/**
 * `batch --input`: groups a corpus (rows that name an event keep it) and lays it out as
 * `dir/<event>/<outlet>.txt`, so the normal batch runs on it and each report keeps the text
 * as the row held it. Returns what the summary records about the corpus.
 */
export async function layOutCorpus(path: string, columns: ColumnMap, dir: string): Promise<CorpusInput> {
  const grouping = await groupCorpus(path, { ...GROUP_DEFAULTS, columns });
  await writeLayout(path, columns, grouping, dir);
  return {
    // Only the name: summary.json must not depend on where the corpus lies or how it was typed (user trial 18, item 11).
    path: basename(path),
    rows: grouping.events.length,
    skipped: grouping.skipped.length,
    skippedRows: grouping.skipped.slice(0, SKIPPED_NAMED),
  };
}
