import { cpSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runBatch } from '../../src/batch/run.js';
import type { Report } from '../../src/model/report.js';
import type { BatchSummary } from '../../src/model/summary.js';
import { writeAnalysisFiles } from '../../src/tables/index.js';
import { listingTabler, type PairTables } from '../../src/tables/pair-tables.js';
import { ANALYSIS_FILES } from '../../src/tables/stale.js';
import { copyEvents, tempDir } from '../batch/helpers.js';

// Issue 13: a batch's workers build each pair's pieces of the analysis files while its report is
// in memory (pair-tables.ts); the files must be the same bytes as when they are built from every
// report read back, whatever mix of the two a run has.

const ROOT = new URL('../../', import.meta.url).pathname;

/** A copy of the committed reports/ (the batch of sources/) and its summary. */
function reportsCopy() {
  const out = join(mkdtempSync(join(tmpdir(), 'crosscheck-pair-tables-')), 'reports');
  cpSync(join(ROOT, 'reports'), out, { recursive: true });
  const summary = JSON.parse(readFileSync(join(out, 'summary.json'), 'utf8')) as BatchSummary;
  return { out, summary };
}

const files = (out: string) =>
  Object.fromEntries(ANALYSIS_FILES.map((name) => [name, readFileSync(join(out, name), 'utf8')]));

/** Each pair's pieces as a worker builds them, each source listed in its first pair; `skip`: pairs left to be read back. */
function parkedOf(
  out: string,
  summary: BatchSummary,
  skip: (i: number) => boolean,
): (PairTables | undefined)[] {
  const tabler = listingTabler();
  return summary.pairs.map((pair, i) => {
    if (skip(i)) return undefined;
    const file = pair.files.find((f) => f.endsWith('.json')) as string;
    return tabler(JSON.parse(readFileSync(join(out, file), 'utf8')) as Report);
  });
}

describe('analysis files from parked pair pieces', () => {
  it('are the bytes built from the reports read back, all parked or every other one', async () => {
    const { out, summary } = reportsCopy();
    expect(summary.pairs.length).toBeGreaterThan(2);
    await writeAnalysisFiles(out, summary);
    const readBack = files(out);
    await writeAnalysisFiles(
      out,
      summary,
      parkedOf(out, summary, () => false),
    );
    expect(files(out)).toEqual(readBack);
    await writeAnalysisFiles(
      out,
      summary,
      parkedOf(out, summary, (i) => i % 2 === 0),
    );
    expect(files(out)).toEqual(readBack);
  });
});

/**
 * The analysis files and reports of a batch of the fixture events with the CLI's tables hook, and
 * how many pairs came with pieces built where they ran (so a run that read every report back
 * cannot pass for one that used the pieces).
 */
async function batchFiles(
  sourcesDir: string,
  jobs: number,
  tables: boolean,
): Promise<{ files: Record<string, string>; parked: number }> {
  const root = tempDir();
  const outDir = join(root, 'out');
  let parked = 0;
  await runBatch(
    {
      sourcesDir,
      outDir,
      claimsDir: join(root, 'claims'),
      formats: ['json'],
      jobs,
      failOn: [],
      minPairsPerWorker: 1,
      tables,
      beforeSummary: (summary, pieces) => {
        parked = [...pieces].filter(Boolean).length;
        return writeAnalysisFiles(outDir, summary, pieces);
      },
    },
    { write: () => {}, live: false },
  );
  const files = Object.fromEntries(
    readdirSync(outDir, { recursive: true, encoding: 'utf8' })
      .filter((name) => name.includes('.'))
      .sort()
      .map((name) => [name, readFileSync(join(outDir, name), 'utf8')]),
  );
  return { files, parked };
}

describe('runBatch with tables built where each pair ran', () => {
  it('writes the bytes of tables built from the reports read back, on this thread or on workers', async () => {
    const sources = copyEvents();
    const readBack = await batchFiles(sources, 1, false);
    expect(Object.keys(readBack.files)).toContain('claims.csv');
    expect(readBack.parked).toBe(0);
    for (const jobs of [1, 2]) {
      const built = await batchFiles(sources, jobs, true);
      expect(built.parked).toBeGreaterThan(0);
      expect(built.files).toEqual(readBack.files);
    }
  }, 120_000);
});
