import { copyFileSync, mkdirSync, readFileSync, renameSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { UserError } from '../errors.js';
import type { FindingKind } from '../model/finding.js';
import type { BatchSummary, PairEntry } from '../model/summary.js';
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

/** Copies a file into the merged folder through a temporary name, so a kill leaves no half file. */
function copyAtomic(from: string, to: string): void {
  mkdirSync(dirname(to), { recursive: true });
  const temporary = `${to}.${process.pid}.tmp`;
  copyFileSync(from, temporary);
  renameSync(temporary, to);
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
 */
export function mergeOutputs(dirs: string[], outDir: string, failOn?: FindingKind[]): BatchSummary {
  const summaries = dirs.map(readShardSummary);
  const formats = summaries[0].formats;
  const gates = new Set(summaries.map((s) => (s.gate?.kinds ?? []).join(',')));
  if (summaries.some((s) => s.formats.join(',') !== formats.join(','))) {
    throw new UserError(
      'bad-usage',
      'the shards were run with different --format',
      'run every shard with the same --format',
    );
  }
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
  const gate = failOn ?? summaries[0].gate?.kinds ?? [];
  const summary = buildSummary(
    entries.map((e) => e.entry),
    { formats, gate },
  );
  writeBatchOutputs(outDir, summary);
  return summary;
}
