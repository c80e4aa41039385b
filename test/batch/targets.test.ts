import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FORMATS, reportFileOf } from '../../src/batch/formats.js';
import { journalPath } from '../../src/batch/journal.js';
import type { PlannedSource } from '../../src/batch/plan.js';
import { spillPath } from '../../src/batch/spill.js';
import { batchTargets } from '../../src/batch/targets.js';
import { ANALYSIS_FILES } from '../../src/tables/stale.js';

const source = (id: string): PlannedSource => ({ id, path: `/in/e/${id}.txt` });
const pair = (event: string, a: string, b: string) => ({
  id: `${event}/${a}--${b}`,
  event,
  a: source(a),
  b: source(b),
});

const PLAN = {
  events: [
    { name: 'quake', sources: [source('courier'), source('herald'), source('tribune')] },
    { name: 'summit', sources: [source('courier'), source('herald')] },
  ],
  pairs: [
    pair('quake', 'courier', 'herald'),
    pair('quake', 'courier', 'tribune'),
    pair('quake', 'herald', 'tribune'),
    pair('summit', 'courier', 'herald'),
  ],
};

/** The targets as full paths, one each, the way they were listed before they were kept by folder. */
function pathsOf(outDir: string, claimsDir: string): string[] {
  const top = ['summary.json', 'index.html', ...ANALYSIS_FILES].map((n) => join(outDir, n));
  top.push(journalPath(outDir), spillPath(outDir));
  const reports = PLAN.pairs.flatMap((p) => FORMATS.map((f) => join(outDir, reportFileOf(p.id, f))));
  const claims = PLAN.events.flatMap((e) => e.sources.map((s) => join(claimsDir, e.name, `${s.id}.json`)));
  return [...top, ...reports, ...claims];
}

describe('batchTargets', () => {
  it.each([
    ['claims beside the reports', '/o/reports', '/o/claims'],
    ['claims inside the reports folder: its event folders hold both', '/o/reports', '/o/reports'],
    ['a folder named with a dot segment', '/o/./reports/', '/o/claims/../claims'],
  ])('%s: every target once, in its folder', (_what, outDir, claimsDir) => {
    const got = [...batchTargets(outDir, claimsDir, PLAN).folders()].flatMap(([dir, names]) =>
      [...names].map((name) => join(dir, name)),
    );
    const expected = [...new Set(pathsOf(outDir, claimsDir))];
    expect(got.sort()).toEqual(expected.sort());
  });

  it('without a plan: only the top-level files of the output folder', () => {
    const folders = [...batchTargets('/o/reports', '/o/claims').folders()];
    expect(folders.map(([dir]) => dir)).toEqual(['/o/reports']);
    expect(folders[0][1].has('summary.json')).toBe(true);
  });
});
