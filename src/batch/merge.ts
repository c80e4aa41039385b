import { join, resolve } from 'node:path';
import { UserError } from '../errors.js';
import type { FindingKind } from '../model/finding.js';
import type { BatchSummary, PairEntry } from '../model/summary.js';
import { writeBatchOutputs } from './finish.js';
import { lockOutDir } from './lock.js';
import { checkShardSet, readShardSummary } from './merge-checks.js';
import { copyAtomic } from './merge-copy.js';
import { copySources, planSources } from './merge-sources.js';
import { buildSummary } from './summarize.js';

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
 * Merges the outputs of `batch --shard k/n` runs: copies each pair's files (and the laid-out
 * `sources/` of a `batch --input` run) into `outDir` and builds `summary.json` and `index.html`
 * from the shards' entries, as one unsharded run would.
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
  const sources = planSources(dirs, outDir);
  const release = lockOutDir(outDir, 'merge');
  try {
    if (sources) copySources(sources, outDir);
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

/** The gate of the merged summary: `failOn` when given, else the shards' own, which must agree. */
function mergedGate(summaries: BatchSummary[], failOn?: MergeGate): MergeGate {
  if (failOn) return failOn;
  const gates = new Set(
    summaries.map((s) => `${(s.gate?.kinds ?? []).join(',')}${s.gate?.hidden ? '+hidden' : ''}`),
  );
  if (gates.size > 1) {
    throw new UserError(
      'bad-usage',
      'the shards were run with different --fail-on',
      'give merge its own --fail-on',
    );
  }
  return { kinds: summaries[0].gate?.kinds ?? [], hidden: summaries[0].gate?.hidden ?? false };
}

function mergeInto(
  dirs: string[],
  summaries: BatchSummary[],
  outDir: string,
  failOn?: MergeGate,
): BatchSummary {
  const formats = summaries[0].formats;
  const gate = mergedGate(summaries, failOn);
  const entries = collect(dirs, summaries);
  for (const { entry, dir } of entries) {
    if (resolve(dir) === resolve(outDir)) continue;
    for (const file of entry.files) copyAtomic(join(dir, file), join(outDir, file));
  }
  const summary = buildSummary(
    entries.map((e) => e.entry),
    {
      formats,
      omissionCap: summaries[0].omissionCap,
      // The shards' input folder, when they all read one: a rerun into the merged folder may prune.
      root: summaries.every((s) => s.root === summaries[0].root) ? summaries[0].root : undefined,
      gate: gate.kinds,
      gateHidden: gate.hidden,
      // The same in every shard (merge-checks.ts), as one unsharded run records it.
      corpus: summaries[0].corpus,
      skipped: mergedSkipped(summaries),
    },
  );
  return summary;
}
