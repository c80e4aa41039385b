import { describe, expect, it } from 'vitest';
import { LayeredWeights } from '../../../src/stages/compare/weights.js';

describe('LayeredWeights', () => {
  // Written for the test: it must read as `new Map([...base, ...top])` does.
  const base = new Map([
    ['say', 0.1],
    ['strike', 2],
  ]);
  const top = new Map([
    ['actor:iran', 1.5],
    ['strike', 3],
  ]);
  const layered = new LayeredWeights(base, top);
  const copy = new Map([...base, ...top]);

  it.each([['say'], ['strike'], ['actor:iran'], ['absent']])('get and has of %s match the copy', (key) => {
    expect([layered.get(key), layered.has(key)]).toEqual([copy.get(key), copy.has(key)]);
  });

  it('iterates in the order and size of the copy', () => {
    expect([...layered]).toEqual([...copy]);
    expect(layered.size).toBe(copy.size);
  });
});
