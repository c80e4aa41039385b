import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isFresh } from '../../src/batch/journal.js';
import { entry } from './entries.js';

// User trial 21, item 11: `--gate-hidden` names the hidden findings that trip it from an entry's
// `topHidden`. An entry recorded before it had them is compared again, so a rerun equals a fresh run.
describe('isFresh and hidden findings', () => {
  const out = mkdtempSync(join(tmpdir(), 'cc-fresh-'));
  mkdirSync(join(out, 'e'));
  writeFileSync(join(out, 'e/a--b.json'), JSON.stringify({ pair: { id: 'e/a--b' } }));
  const hides = entry('e/a--b', ['A', 'B'], { omission: 1 }, [], 'ok', { attribution: 1 });
  const brief = { id: 'f2', kind: 'attribution' as const, explanation: 'B credits no one.' };

  it.each([
    ['shows every finding it has', true, entry('e/a--b', ['A', 'B'], { omission: 1 })],
    ['hides findings and names them', true, { ...hides, topHidden: [brief] }],
    ['hides findings but names none (recorded before topHidden)', false, hides],
    ['hides agreements only', true, entry('e/a--b', ['A', 'B'], {}, [], 'ok', { agreement: 2 })],
  ])('an entry that %s is fresh: %s', (_what, fresh, recorded) => {
    expect(isFresh(recorded, 'k', out)).toBe(fresh);
  });
});
