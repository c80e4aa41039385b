import { basename, dirname, join } from 'node:path';
import { ANALYSIS_FILES } from '../tables/stale.js';
import { FORMATS, reportFileOf } from './formats.js';
import { journalPath } from './journal.js';
import type { BatchPlan } from './plan.js';
import { spillPath } from './spill.js';

/** The files a batch writes directly in its output folder, whatever its sources. */
function topTargets(outDir: string): string[] {
  return [
    ...['summary.json', 'index.html', ...ANALYSIS_FILES].map((name) => join(outDir, name)),
    journalPath(outDir),
    spillPath(outDir),
  ];
}

/**
 * Every file a batch of this plan may write (in any format) under `outDir` and `claimsDir`: the
 * only paths whose temporaries (`<target>.<pid>.tmp`) crosscheck may sweep (review-ux item 1).
 * Without a plan (a stop before planning), only the top-level files of `outDir`.
 */
export function batchTargets(
  outDir: string,
  claimsDir: string,
  plan?: Pick<BatchPlan, 'events' | 'pairs'>,
): string[] {
  const targets = topTargets(outDir);
  for (const pair of plan?.pairs ?? [])
    for (const format of FORMATS) targets.push(join(outDir, reportFileOf(pair.id, format)));
  for (const event of plan?.events ?? [])
    for (const source of event.sources) targets.push(join(claimsDir, event.name, `${source.id}.json`));
  return targets;
}

/** The targets grouped by folder, by file name: one directory listing per folder when sweeping. */
export function targetsByFolder(targets: readonly string[]): Map<string, Set<string>> {
  const folders = new Map<string, Set<string>>();
  for (const target of targets) {
    const names = folders.get(dirname(target)) ?? new Set<string>();
    names.add(basename(target));
    folders.set(dirname(target), names);
  }
  return folders;
}
