import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { parseFormats } from '../../batch/formats.js';
import { parseGate } from '../../batch/gate.js';
import { defaultJobs } from '../../batch/pool.js';
import type { BatchOptions } from '../../batch/run.js';
import { parseShard } from '../../batch/shard.js';
import { topTargets } from '../../batch/targets.js';
import { UserError } from '../../errors.js';
import { LAID_OUT_SOURCES } from '../../group/layout-mark.js';
import type { CommandArgs } from '../command.js';
import type { Io } from '../io.js';
import { parseOmissionCap } from '../omission-cap.js';
import { checkCorpusTargets, checkOutNotSources } from './output-targets.js';

/**
 * Parses `--jobs N`: a whole number of workers, at least 1, at most the cores. More workers than
 * cores only cost memory (~110 MB each) and time (issue 12: `--jobs 8` on 2 cores took 4.7× as long).
 */
export function parseJobs(text: string | undefined, io?: Io, cores = availableParallelism()): number {
  if (text === undefined) return defaultJobs(cores);
  const jobs = Number(text);
  if (!/^\d+$/.test(text.trim()) || jobs < 1) {
    throw new UserError('bad-usage', `--jobs '${text}' is not a whole number ≥ 1`, 'e.g. --jobs 4');
  }
  if (jobs > cores) {
    io?.stderr(`crosscheck batch: --jobs ${jobs} is more than the ${cores} core(s) here; using ${cores}\n`);
    return cores;
  }
  return jobs;
}

/** What `batch`'s flags ask for: the batch's options, and the corpus to lay out first (`--input`). */
export interface BatchRequest {
  options: Omit<BatchOptions, 'corpus' | 'onPlanned' | 'beforeSummary'>;
  /** The corpus path of `--input`, laid out in `<out>/sources` before the batch; else undefined. */
  input?: string;
}

/**
 * Parses every flag of `batch`, so that a bad one stops it before anything is locked or written.
 * `--input CORPUS` reads its sources from the folder the corpus is laid out in, `<out>/sources`.
 */
export function batchRequest({ values, positionals }: CommandArgs, io: Io): BatchRequest {
  const outDir = (values.out as string | undefined) ?? 'reports';
  const input = values.input as string | undefined;
  if ((input === undefined) === (positionals[0] === undefined)) {
    throw new UserError(
      'bad-usage',
      'batch takes a sources folder or --input CORPUS, not both or neither',
      'e.g. `crosscheck batch sources` or `crosscheck batch --input corpus.jsonl`',
    );
  }
  if (input === undefined) checkOutNotSources(positionals[0], outDir);
  else
    checkCorpusTargets(input, [
      ...topTargets(outDir).map((path) => ({ flag: 'out', path })),
      // The laid-out sources are replaced as a whole on each run (write-layout.ts).
      { flag: 'out', path: join(outDir, LAID_OUT_SOURCES), folder: true },
    ]);
  const gate = parseGate(values['fail-on'], values['gate-hidden']);
  const options = {
    sourcesDir: input === undefined ? positionals[0] : join(outDir, LAID_OUT_SOURCES),
    outDir,
    claimsDir: (values.claims as string | undefined) ?? 'claims',
    formats: parseFormats((values.format as string | undefined) ?? 'json,html'),
    omissionCap: parseOmissionCap(values['omission-cap'] as string | undefined),
    jobs: parseJobs(values.jobs as string | undefined, io),
    failOn: gate?.kinds ?? [],
    gateHidden: gate?.hidden ?? false,
    shard: values.shard === undefined ? undefined : parseShard(values.shard as string),
    force: values.force === true,
  };
  return { options, input };
}
