import { basename, dirname, join } from 'node:path';
import { ANALYSIS_FILES } from '../tables/stale.js';
import { FORMATS, reportFileOf } from './formats.js';
import { journalPath } from './journal.js';
import type { BatchPlan } from './plan.js';
import { spillPath } from './spill.js';

/** The files a batch writes directly in its output folder, whatever its sources. */
export function topTargets(outDir: string): string[] {
  return [
    ...['summary.json', 'index.html', ...ANALYSIS_FILES].map((name) => join(outDir, name)),
    journalPath(outDir),
    spillPath(outDir),
  ];
}

/**
 * Every file a batch of a plan may write, folder by folder. Kept as each folder's pair ids and
 * source ids, not as paths: four report paths a pair and one claims path a source were 244,000
 * strings at 50,000 pairs, ~92 MB of heap, held by the CLI for the whole run (its interrupt sweep)
 * and raising the batch's peak RSS while planning (speed log, eighth pass).
 */
export interface BatchTargets {
  /** Each folder with the names of the files the batch may write in it, built one folder at a time. */
  folders(): Iterable<[string, ReadonlySet<string>]>;
}

/** Appends `item` to the list kept under `key`. */
function push<T>(map: Map<string, T[]>, key: string, item: T): void {
  const list = map.get(key);
  if (list) list.push(item);
  else map.set(key, [item]);
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
): BatchTargets {
  const top = new Map<string, string[]>();
  for (const target of topTargets(outDir)) push(top, dirname(target), basename(target));
  // A report's folder does not depend on its format: the extension adds no separator.
  const reports = new Map<string, string[]>();
  for (const pair of plan?.pairs ?? [])
    push(reports, dirname(join(outDir, reportFileOf(pair.id, 'json'))), pair.id);
  // Each source's claims file by name (a source's own few bytes, unlike its path).
  const claims = new Map<string, string[]>();
  for (const event of plan?.events ?? [])
    for (const source of event.sources) {
      const path = join(claimsDir, event.name, `${source.id}.json`);
      push(claims, dirname(path), basename(path));
    }
  return {
    *folders() {
      for (const dir of new Set([...top.keys(), ...reports.keys(), ...claims.keys()])) {
        const names = new Set(top.get(dir));
        for (const id of reports.get(dir) ?? [])
          for (const format of FORMATS) names.add(basename(reportFileOf(id, format)));
        for (const name of claims.get(dir) ?? []) names.add(name);
        yield [dir, names];
      }
    },
  };
}
