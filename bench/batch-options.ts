import { join } from 'node:path';
import type { BatchOptions } from '../src/batch/run.js';

/** The batch the benchmarks run: `<dir>/sources` into `<dir>/reports` and `<dir>/claims`, JSON only. */
export function benchBatch(dir: string, jobs: number): BatchOptions {
  return {
    sourcesDir: join(dir, 'sources'),
    outDir: join(dir, 'reports'),
    claimsDir: join(dir, 'claims'),
    formats: ['json'],
    jobs,
    failOn: [],
  };
}
