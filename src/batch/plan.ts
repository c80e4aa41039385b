import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { UserError } from '../errors.js';
import { headOf } from '../io/file-head.js';
import { eventSources, listDir } from './event-sources.js';
import { recordedRoot } from './orphans.js';

/** One source file of an event. */
export interface PlannedSource {
  /** File name without extension: the source id. */
  id: string;
  path: string;
}

/** One pair to compare: a before b by file name. */
export interface PlannedPair {
  /** `<event>/<a>--<b>`. */
  id: string;
  event: string;
  a: PlannedSource;
  b: PlannedSource;
}

/** Every pair of every event folder, in a deterministic order. */
export interface BatchPlan {
  root: string;
  events: { name: string; sources: PlannedSource[] }[];
  pairs: PlannedPair[];
  /** Files that look like sources but cannot be read as such, and events with one source. */
  skipped: SkippedPath[];
}

/** A path the batch passes over, and why: one line on stderr and an entry of `summary.json`. */
export interface SkippedPath {
  /**
   * `<input folder name>/<event>[/<file>]`, however the input was typed, so shards started from
   * different folders merge byte-identically (user trial 18, item 11).
   */
  path: string;
  reason: string;
}

/** Why an event folder with a single source makes no pair (user trial 1: it used to vanish). */
const ONE_SOURCE = 'only 1 source, nothing to compare';

function isDir(path: string): boolean {
  return statSync(path).isDirectory();
}

/** Whether a folder holds crosscheck's `summary.json`: a batch's output, not an event (user trial 18, item 10). */
function isOutputFolder(path: string): boolean {
  const summary = join(path, 'summary.json');
  return existsSync(summary) && /"name":\s*"crosscheck"/.test(headOf(summary, 256));
}

/** Pair ids name report files: two pairs with one id (`a` + `b--c` vs `a--b` + `c`) are refused. */
function checkPairIds(pairs: PlannedPair[]): void {
  const seen = new Map<string, PlannedPair>();
  for (const pair of pairs) {
    const earlier = seen.get(pair.id);
    if (earlier) {
      throw new UserError(
        'id-clash',
        `pairs ${earlier.a.path} + ${earlier.b.path} and ${pair.a.path} + ${pair.b.path} would share the id ${pair.id}`,
        "rename the files so that no source id contains '--'",
        pair.a.path,
      );
    }
    seen.set(pair.id, pair);
  }
}

/** Every unordered pair of an event's sources, i < j. */
function eventPairs(event: string, sources: PlannedSource[]): PlannedPair[] {
  const pairs: PlannedPair[] = [];
  for (let i = 0; i < sources.length; i++) {
    for (let j = i + 1; j < sources.length; j++) {
      const [a, b] = [sources[i], sources[j]];
      pairs.push({ id: `${event}/${a.id}--${b.id}`, event, a, b });
    }
  }
  return pairs;
}

/**
 * Plans a batch over `<root>/<event>/*.txt|md`: events by folder name, sources by file name,
 * pairs a < b. Throws a UserError when the folder is missing or holds no event with sources.
 */
export function planBatch(root: string): BatchPlan {
  let isFolder = false;
  try {
    isFolder = isDir(root);
  } catch {
    throw new UserError('missing-file', `${root} does not exist`, 'give a folder of event folders', root);
  }
  if (!isFolder) {
    throw new UserError('not-a-file', `${root} is not a folder`, 'give a folder of event folders', root);
  }
  const skipped: SkippedPath[] = [];
  const shown = recordedRoot(root);
  const events = listDir(root)
    .filter(
      (name) => !name.startsWith('.') && statSync(join(root, name), { throwIfNoEntry: false })?.isDirectory(),
    )
    .filter((name) => {
      if (!isOutputFolder(join(root, name))) return true;
      skipped.push({ path: `${shown}/${name}`, reason: 'a crosscheck output folder' });
      return false;
    })
    .map((name) => ({ name, sources: eventSources(join(root, name), skipped, `${shown}/${name}`) }))
    .filter((event) => event.sources.length > 0);
  for (const event of events)
    if (event.sources.length === 1) skipped.push({ path: `${shown}/${event.name}`, reason: ONE_SOURCE });
  if (events.length === 0) {
    throw new UserError(
      'bad-usage',
      `${root} holds no event folder with .txt, .md or .html sources`,
      'lay sources out as <dir>/<event>/<outlet>.txt',
      root,
    );
  }
  const pairs = events.flatMap((e) => eventPairs(e.name, e.sources));
  checkPairIds(pairs);
  return { root, events, pairs, skipped };
}
