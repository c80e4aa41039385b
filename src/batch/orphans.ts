import { basename, join, resolve } from 'node:path';
import type { PairEntry } from '../model/summary.js';
import { byCodeUnit } from '../text/by-code-unit.js';
import { FORMATS, reportFileOf } from './formats.js';
import type { BatchPlan } from './plan.js';

/** A pair id crosscheck could have written: `<event>/<a>--<b>`, no folder above or beside. */
const PAIR_ID = /^[^/\\]+\/[^/\\]+--[^/\\]+$/;
const isPlainName = (name: string) => name !== '.' && name !== '..';

/** A report file an earlier run wrote, with the hash of what it wrote (review-ux6 item 2b). */
export interface OrphanFile {
  file: string;
  hash: string;
}

/** What to do with the reports of pairs no longer in the batch. */
export interface OrphanSweep {
  /** Files to remove, each only while its content still has the recorded hash. */
  remove: OrphanFile[];
  /** Reports left because the previous run read another input root: how many, and that root. */
  otherRoot?: { count: number; root: string };
}

/** What the sweep decides from: the previous run and this run's plan, all read beforehand. */
export interface OrphanInput {
  outDir: string;
  plan: Pick<BatchPlan, 'root' | 'events' | 'pairs' | 'skipped'>;
  previous: ReadonlyMap<string, PairEntry>;
  /** The input root the previous summary recorded (undefined: none, as before crosscheck 0.7). */
  previousRoot: string | undefined;
  /** Whether the output folder's file system folds case (APFS, NTFS): paths are then compared folded. */
  caseInsensitive: boolean;
}

/** The input root as `summary.json` records it: the folder's name, so outputs do not depend on where it lies. */
export function recordedRoot(root: string): string {
  return basename(resolve(root)).normalize('NFC');
}

/** A path as compared: NFC and lower case where the file system folds case, else as it is. */
function fold(path: string, caseInsensitive: boolean): string {
  return caseInsensitive ? path.normalize('NFC').toLowerCase() : path;
}

/** `<event>/<source id>` of each file the plan skipped this run (a link to nothing, a pipe). */
function heldSources(plan: OrphanInput['plan']): Set<string> {
  const held = new Set<string>();
  for (const { path } of plan.skipped) {
    // Recorded as `<input folder name>/<event>/<file>` (plan.ts).
    const parts = path.split('/');
    if (parts.length === 3) held.add(`${parts[1]}/${parts[2].replace(/\.[^.]*$/, '')}`);
  }
  return held;
}

/**
 * Decides which reports of pairs no longer in the batch an earlier run wrote and this run may
 * remove (user trial 6, item 6; review-ux6 item 2). A report is left when:
 * - the previous run read another input root, or shares no event with this plan (another corpus);
 * - one of its sources was skipped this run (unreadable, a link to nothing): it may come back;
 * - its path is a planned report, compared case-folded where the file system folds case;
 * - its path lies inside the input root (an `--out` inside the sources: it may be a source).
 * Only files named `<pair id>.<format>` that the previous summary or journal records are listed.
 */
export function orphanReports(input: OrphanInput): OrphanSweep {
  const { plan, caseInsensitive: ci } = input;
  const planned = new Set(plan.pairs.map((p) => p.id));
  const candidates: OrphanFile[] = [];
  for (const entry of input.previous.values()) {
    if (planned.has(entry.id) || !PAIR_ID.test(entry.id) || !Array.isArray(entry.files)) continue;
    if (!entry.id.split('/').every(isPlainName)) continue;
    const own = new Set(FORMATS.map((format) => reportFileOf(entry.id, format)));
    entry.files.forEach((file, i) => {
      if (own.has(file)) candidates.push({ file, hash: entry.hashes?.[i] ?? '' });
    });
  }
  candidates.sort((x, y) => byCodeUnit(x.file, y.file));
  if (candidates.length === 0) return { remove: [] };
  const root = recordedRoot(plan.root);
  const events = new Set(plan.events.map((e) => fold(e.name, ci)));
  const overlaps = [...input.previous.values()].some((e) => events.has(fold(String(e.event), ci)));
  if (input.previousRoot === undefined || fold(input.previousRoot, ci) !== fold(root, ci) || !overlaps)
    return {
      remove: [],
      otherRoot: { count: candidates.length, root: input.previousRoot ?? 'not recorded' },
    };
  const held = heldSources(plan);
  const targets = new Set(
    plan.pairs.flatMap((p) => FORMATS.map((format) => fold(reportFileOf(p.id, format), ci))),
  );
  const inputRoot = fold(resolve(plan.root), ci);
  const keep = (file: string) => {
    const [event, name] = file.split('/');
    const [a, b] = name.replace(/\.[^.]*$/, '').split('--');
    const path = fold(resolve(join(input.outDir, file)), ci);
    return (
      held.has(`${event}/${a}`) ||
      held.has(`${event}/${b}`) ||
      targets.has(fold(file, ci)) ||
      path.startsWith(`${inputRoot}/`) ||
      path.startsWith(`${inputRoot}\\`)
    );
  };
  return { remove: candidates.filter((c) => !keep(c.file)) };
}
