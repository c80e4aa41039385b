import { describe, expect, it } from 'vitest';
import { buildSummary } from '../../src/batch/summarize.js';
import type { FindingKind } from '../../src/model/finding.js';
import type { PairEntry } from '../../src/model/summary.js';
import { entry } from './entries.js';

// A batch's exit code (cli/exit-codes.ts): a source that cannot be read is an input error, 2, as
// for `compare`, whatever the gate says (its verdict covers only the pairs compared); a gate that
// tripped, or a pair that failed while being compared, is 1.

const ok = entry('e/a--b', ['A', 'B'], { omission: 2 });
const badSide = { path: 'e/c.txt', reason: 'e/c.txt is empty: give the article text' };
const unreadable: PairEntry = { ...entry('e/a--c', ['A', 'c'], {}, [], 'error'), failedSources: [badSide] };
const crashed: PairEntry = { ...entry('e/b--d', ['B', 'D'], {}, [], 'error'), error: 'worker failed: oom' };

describe('a batch summary’s exit code', () => {
  it.each<[string, PairEntry[], FindingKind[], 0 | 1 | 2]>([
    ['every pair compared, no gate', [ok], [], 0],
    ['every pair compared, the gate passed', [ok], ['framing'], 0],
    ['the gate tripped', [ok], ['omission'], 1],
    ['a pair failed while being compared', [ok, crashed], [], 1],
    ['a source could not be read', [ok, unreadable], [], 2],
    ['a source could not be read and the gate tripped', [ok, unreadable], ['omission'], 2],
    ['a source could not be read and a pair failed while compared', [ok, unreadable, crashed], [], 2],
  ])('%s: exit %i', (_name, entries, gate, code) => {
    expect(buildSummary(entries, { formats: ['json'], gate }).exitCode).toBe(code);
  });
});
