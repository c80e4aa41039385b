import { readdirSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import { UserError } from '../errors.js';

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
}

const SOURCE_EXTENSIONS = new Set(['.txt', '.md', '.html', '.htm']);

/** Code-unit order, the same on every machine and locale. */
export function byCodeUnit(x: string, y: string): number {
  return x < y ? -1 : x > y ? 1 : 0;
}

function listDir(path: string): string[] {
  return readdirSync(path).sort(byCodeUnit);
}

function isDir(path: string): boolean {
  return statSync(path).isDirectory();
}

/**
 * Sources of one event folder: `.txt`, `.md` and saved `.html` pages, sorted by id (the file name without its
 * extension), so `merge` can restore the same order from pair ids alone.
 */
function eventSources(dir: string): PlannedSource[] {
  return listDir(dir)
    .filter((name) => SOURCE_EXTENSIONS.has(extname(name)) && !isDir(join(dir, name)))
    .map((name) => ({ id: name.slice(0, -extname(name).length), path: join(dir, name) }))
    .sort((x, y) => byCodeUnit(x.id, y.id) || byCodeUnit(x.path, y.path));
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
  const events = listDir(root)
    .filter((name) => !name.startsWith('.') && isDir(join(root, name)))
    .map((name) => ({ name, sources: eventSources(join(root, name)) }))
    .filter((event) => event.sources.length > 0);
  if (events.length === 0) {
    throw new UserError(
      'bad-usage',
      `${root} holds no event folder with .txt or .md sources`,
      'lay sources out as <dir>/<event>/<outlet>.txt',
      root,
    );
  }
  return { root, events, pairs: events.flatMap((e) => eventPairs(e.name, e.sources)) };
}
