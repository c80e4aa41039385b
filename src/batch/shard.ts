import { createHash } from 'node:crypto';
import { UserError } from '../errors.js';

/** The k-th (1-based) of n partitions of a batch's pairs. */
export interface Shard {
  index: number;
  count: number;
}

/** Parses `--shard k/n`, 1 ≤ k ≤ n. */
export function parseShard(text: string): Shard {
  const match = /^(\d+)\/(\d+)$/.exec(text.trim());
  const index = match ? Number(match[1]) : Number.NaN;
  const count = match ? Number(match[2]) : Number.NaN;
  if (!match || count < 1 || index < 1 || index > count) {
    throw new UserError(
      'bad-usage',
      `--shard '${text}' is not k/n with 1 ≤ k ≤ n`,
      'write it as e.g. --shard 2/4 (the second of four shards)',
    );
  }
  return { index, count };
}

/**
 * Whether a pair belongs to a shard. The partition hashes the pair id, so a pair stays in its
 * shard when other sources are added or removed, and each shard's share is near 1/n.
 */
export function inShard(pairId: string, shard: Shard): boolean {
  const bucket = createHash('sha256').update(pairId).digest().readUInt32BE(0) % shard.count;
  return bucket === shard.index - 1;
}
