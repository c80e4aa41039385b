import { describe, expect, it } from 'vitest';
import { inShard, parseShard } from '../../src/batch/shard.js';
import { UserError } from '../../src/errors.js';

describe('parseShard', () => {
  it.each([
    ['1/4', { index: 1, count: 4 }],
    ['4/4', { index: 4, count: 4 }],
    [' 2/3 ', { index: 2, count: 3 }],
  ])('parses %s', (text, expected) => {
    expect(parseShard(text)).toEqual(expected);
  });

  it.each(['0/4', '5/4', '1/0', 'a/b', '1-4', '', '1/4/2'])('rejects %j', (text) => {
    expect(() => parseShard(text)).toThrow(UserError);
  });
});

describe('inShard', () => {
  const ids = Array.from({ length: 200 }, (_, i) => `event-${i % 17}/outlet-${i}--outlet-${i + 1}`);

  it('puts every pair in exactly one of n shards', () => {
    for (const count of [1, 2, 4, 7]) {
      for (const id of ids) {
        const hits = Array.from({ length: count }, (_, k) => inShard(id, { index: k + 1, count }));
        expect(hits.filter(Boolean)).toHaveLength(1);
      }
    }
  });

  it('gives every one of four shards a share of the pairs', () => {
    const sizes = [1, 2, 3, 4].map((index) => ids.filter((id) => inShard(id, { index, count: 4 })).length);
    for (const size of sizes) expect(size).toBeGreaterThan(20);
  });
});
