import { copyFileSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { reasonOf, UserError } from '../errors.js';
import { ensureDir } from '../io/ensure-dir.js';
import { temporaryOf } from '../io/temporary-names.js';
import type { FindingKind } from '../model/finding.js';
import type { BatchSummary, PairEntry } from '../model/summary.js';
import { DEFAULT_OMISSION_CAP } from '../omission-cap.js';
import { VERSION } from '../version.js';
import { lockOutDir } from './lock.js';
import { writeBatchOutputs } from './run.js';
import { buildSummary } from './summarize.js';

function readShardSummary(dir: string): BatchSummary {
  const path = join(dir, 'summary.json');
  let summary: BatchSummary;
  try {
    summary = JSON.parse(readFileSync(path, 'utf8')) as BatchSummary;
  } catch {
    throw new UserError(
      'missing-file',
      `${path} is missing or not JSON`,
      'give folders written by `crosscheck batch`',
      path,
    );
  }
  if (summary.schemaVersion !== 1 || !Array.isArray(summary.pairs) || !Array.isArray(summary.formats)) {
    throw new UserError(
      'bad-report',
      `${path} is not a crosscheck batch summary`,
      'give folders written by `crosscheck batch`',
      path,
    );
  }
  return summary;
}

/**
 * Copies a file into the merged folder through a temporary name, so a kill leaves no half file;
 * a missing shard file or a full disk stops the merge with one line naming the path.
 */
function copyAtomic(from: string, to: string): void {
  ensureDir(dirname(to));
  const temporary = temporaryOf(to);
  try {
    copyFileSync(from, temporary);
    renameSync(temporary, to);
  } catch (error) {
    rmSync(temporary, { force: true });
    const reason = reasonOf(error);
    throw new UserError(
      'write-failed',
      `cannot copy ${from} to ${to} (${reason})`,
      'check the shard folder and free disk space, then merge again',
      to,
    );
  }
}

/**
 * Shards must come from one version of crosscheck (reports of two versions differ) and, when
 * sharded, form the whole set 1..n of one n, or the merged summary silently lacks pairs.
 */
function checkShardSet(dirs: string[], summaries: BatchSummary[]): void {
  summaries.forEach((summary, i) => {
    const version = summary.generator?.version;
    if (version !== VERSION) {
      throw new UserError(
        'bad-shards',
        `${dirs[i]} was written by crosscheck ${version ?? '(unknown)'}, this is ${VERSION}`,
        'run every shard with this version, then merge',
        dirs[i],
      );
    }
  });
  checkAlike(summaries);
  const shards = summaries.map((s) => s.shard);
  if (shards.every((s) => s === undefined)) return;
  const counts = new Set(shards.map((s) => s?.count));
  if (shards.some((s) => s === undefined) || counts.size > 1) {
    throw new UserError(
      'bad-shards',
      'the folders mix different --shard counts (or unsharded runs)',
      'merge the shards 1/n … n/n of one run',
    );
  }
  const count = shards[0]?.count ?? 0;
  const present = new Set(shards.map((s) => s?.index));
  const missing = Array.from({ length: count }, (_, i) => i + 1).filter((k) => !present.has(k));
  if (missing.length > 0) {
    throw new UserError(
      'bad-shards',
      `shard(s) ${missing.map((k) => `${k}/${count}`).join(', ')} missing: the merge would lack their pairs`,
      `give the folders of all ${count} shards`,
    );
  }
}

/**
 * The shards were run alike: the same formats and omission cap. Checked before the lock, so a
 * refused merge leaves no `--out` folder behind (review of cap9, item 4).
 */
function checkAlike(summaries: BatchSummary[]): void {
  const formats = summaries[0].formats.join(',');
  if (summaries.some((s) => s.formats.join(',') !== formats)) {
    throw new UserError(
      'bad-shards',
      'the shards were run with different --format',
      'run every shard with the same --format',
    );
  }
  // Reports cut at different caps would sit in one summary as if made alike (a missing omission
  // row would mean "capped" in some pairs, "reported" in others).
  const caps = [...new Set(summaries.map((s) => String(s.omissionCap ?? DEFAULT_OMISSION_CAP)))].sort();
  if (caps.length > 1) {
    throw new UserError(
      'bad-shards',
      `the shards were run with different --omission-cap (${caps.join(', ')})`,
      'run every shard with the same --omission-cap',
    );
  }
}

/** Every pair's entry across the shards; the same pair twice must carry the same key. */
function collect(dirs: string[], summaries: BatchSummary[]): { entry: PairEntry; dir: string }[] {
  const seen = new Map<string, { entry: PairEntry; dir: string }>();
  summaries.forEach((summary, i) => {
    for (const entry of summary.pairs) {
      const earlier = seen.get(entry.id);
      if (earlier && earlier.entry.key !== entry.key) {
        throw new UserError(
          'bad-usage',
          `pair ${entry.id} differs between ${earlier.dir} and ${dirs[i]}`,
          'merge shards of one run only',
        );
      }
      if (!earlier || (earlier.entry.status !== 'ok' && entry.status === 'ok'))
        seen.set(entry.id, { entry, dir: dirs[i] });
    }
  });
  return [...seen.values()];
}

/**
 * Merges the outputs of `batch --shard k/n` runs: copies each pair's files into `outDir` and
 * builds `summary.json` and `index.html` from the shards' entries, as one unsharded run would.
 * The gate is `failOn` when given, else the one the shards ran with (they must agree).
 * `beforeSummary` writes its files before `summary.json`, as `runBatch`'s does.
 */
export async function mergeOutputs(
  dirs: string[],
  outDir: string,
  failOn?: MergeGate,
  beforeSummary?: (summary: BatchSummary) => Promise<void>,
): Promise<BatchSummary> {
  const summaries = dirs.map(readShardSummary);
  checkShardSet(dirs, summaries);
  const release = lockOutDir(outDir, 'merge');
  try {
    const summary = mergeInto(dirs, summaries, outDir, failOn);
    // Before the new summary: the stale-table check reads the formats of the last one written.
    await beforeSummary?.(summary);
    writeBatchOutputs(outDir, summary);
    return summary;
  } finally {
    release();
  }
}

/** The gate `merge` is given: its kinds, and whether it counts hidden findings too. */
export interface MergeGate {
  kinds: FindingKind[];
  hidden: boolean;
}

/**
 * Every shard's skipped paths, each once, in shard order (1/n first, whatever order the folders were
 * given in), each shard's in its own order: shards of one input list the same paths, so the merge
 * equals one unsharded run; shards run apart (a file unreadable in one run only) lose none.
 */
function mergedSkipped(summaries: BatchSummary[]): { path: string; reason: string }[] {
  const byIndex = [...summaries].sort((x, y) => (x.shard?.index ?? 0) - (y.shard?.index ?? 0));
  const seen = new Map<string, { path: string; reason: string }>();
  for (const summary of byIndex)
    for (const skip of summary.skipped ?? []) {
      const key = `${skip.path}\0${skip.reason}`;
      if (!seen.has(key)) seen.set(key, skip);
    }
  return [...seen.values()];
}

function mergeInto(
  dirs: string[],
  summaries: BatchSummary[],
  outDir: string,
  failOn?: MergeGate,
): BatchSummary {
  const formats = summaries[0].formats;
  const gates = new Set(
    summaries.map((s) => `${(s.gate?.kinds ?? []).join(',')}${s.gate?.hidden ? '+hidden' : ''}`),
  );
  if (!failOn && gates.size > 1) {
    throw new UserError(
      'bad-usage',
      'the shards were run with different --fail-on',
      'give merge its own --fail-on',
    );
  }
  const entries = collect(dirs, summaries);
  for (const { entry, dir } of entries) {
    if (resolve(dir) === resolve(outDir)) continue;
    for (const file of entry.files) copyAtomic(join(dir, file), join(outDir, file));
  }
  const gate = failOn ?? {
    kinds: summaries[0].gate?.kinds ?? [],
    hidden: summaries[0].gate?.hidden ?? false,
  };
  const summary = buildSummary(
    entries.map((e) => e.entry),
    {
      formats,
      omissionCap: summaries[0].omissionCap,
      // The shards' input folder, when they all read one: a rerun into the merged folder may prune.
      root: summaries.every((s) => s.root === summaries[0].root) ? summaries[0].root : undefined,
      gate: gate.kinds,
      gateHidden: gate.hidden,
      skipped: mergedSkipped(summaries),
    },
  );
  return summary;
}
