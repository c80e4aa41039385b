import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { UserError } from '../errors.js';
import type { BatchSummary } from '../model/summary.js';
import { DEFAULT_OMISSION_CAP } from '../omission-cap.js';
import { VERSION } from '../version.js';

// What `merge` checks before it writes anything: that each folder holds a batch summary, and that
// the shards were run alike and form a whole set (merge.ts).

/** The `summary.json` of a shard's folder; a missing or foreign file is a user error. */
export function readShardSummary(dir: string): BatchSummary {
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
 * Shards must come from one version of crosscheck (reports of two versions differ) and, when
 * sharded, form the whole set 1..n of one n, or the merged summary silently lacks pairs.
 */
export function checkShardSet(dirs: string[], summaries: BatchSummary[]): void {
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
 * The shards were run alike: the same formats, corpus and omission cap. Checked before the lock, so a
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
  // Every shard of one `batch --input` run records the same corpus block (user trial 21b, item 8).
  if (new Set(summaries.map((s) => JSON.stringify(s.corpus ?? null))).size > 1) {
    throw new UserError(
      'bad-shards',
      'the shards were run on different corpora (their summary.json `corpus` blocks differ)',
      'run every shard with the same --input, then merge',
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
