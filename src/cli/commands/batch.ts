import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { parseFormats } from '../../batch/formats.js';
import { parseGate } from '../../batch/gate.js';
import { journalLength, stopBatch } from '../../batch/interrupt.js';
import { lockOutDir } from '../../batch/lock.js';
import { defaultJobs } from '../../batch/pool.js';
import { outcomeLines } from '../../batch/report-lines.js';
import { runBatch } from '../../batch/run.js';
import { parseShard } from '../../batch/shard.js';
import type { BatchTargets } from '../../batch/targets.js';
import { parseColumns } from '../../corpus/index.js';
import { UserError } from '../../errors.js';
import { layOutCorpus } from '../../group/lay-out-corpus.js';
import { writeAnalysisFiles } from '../../tables/index.js';
import type { Command } from '../command.js';
import { onStopSignal, SIGNAL_EXIT } from '../interrupt.js';
import { type Io, wantsBar } from '../io.js';
import { OMISSION_CAP_FLAG, parseOmissionCap } from '../omission-cap.js';

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

/**
 * After a stop signal: cleans up (batch/interrupt.ts's stopBatch) and returns the one line saying
 * how many pairs are written (those a run started again skips).
 */
function stopLine(
  outDir: string,
  claimsDir: string,
  planned?: readonly { id: string; key: string }[],
  targets?: BatchTargets,
  forcedSince?: number,
): string {
  const stop = stopBatch(outDir, claimsDir, planned, targets, forcedSince);
  const done = stop ? ` ${stop.written} of ${stop.planned} pairs written;` : '';
  // With --force, the same command would compare every pair again: without it, the rest only.
  const again = forcedSince === undefined ? 'run the same command again' : 'run it again without --force';
  return `crosscheck batch: interrupted:${done} ${again} to continue`;
}

/** `crosscheck batch <sources-dir>`: every pair of outlets of every event, in parallel, resumable. */
export const batchCommand: Command = {
  name: 'batch',
  summary: 'compare every pair of outlets within each event folder',
  args: '<sources-dir> | --input CORPUS',
  positionals: { min: 0, max: 1 },
  flags: {
    out: { type: 'string', value: 'DIR', description: 'output folder (default: reports)' },
    format: {
      type: 'string',
      value: 'LIST',
      description: 'per-pair formats: json,html,md,csv (default: json,html)',
    },
    jobs: {
      type: 'string',
      value: 'N',
      description: 'worker threads (default: cores − 1, at least 1; most: cores)',
    },
    claims: { type: 'string', value: 'DIR', description: 'claims cache folder (default: claims)' },
    shard: { type: 'string', value: 'k/n', description: 'run only the k-th of n partitions of the pairs' },
    input: {
      type: 'string',
      value: 'CORPUS',
      description: 'a .jsonl/.csv/news-please corpus: grouped into events, laid out in OUT/sources',
    },
    columns: { type: 'string', value: 'MAP', description: 'corpus column names, as for `group`' },
    'fail-on': {
      type: 'string',
      value: 'KINDS',
      description: 'exit 1 when a pair shows findings of these kinds',
    },
    'gate-hidden': {
      type: 'boolean',
      description: 'let --fail-on count findings hidden below confidence 0.5 too',
    },
    force: { type: 'boolean', description: 'compare every pair again, even those up to date' },
    'omission-cap': OMISSION_CAP_FLAG,
  },
  async run({ values, positionals }, io) {
    const outDir = (values.out as string | undefined) ?? 'reports';
    const input = values.input as string | undefined;
    if ((input === undefined) === (positionals[0] === undefined)) {
      throw new UserError(
        'bad-usage',
        'batch takes a sources folder or --input CORPUS, not both or neither',
        'e.g. `crosscheck batch sources` or `crosscheck batch --input corpus.jsonl`',
      );
    }
    const gate = parseGate(values['fail-on'], values['gate-hidden']);
    const options = {
      sourcesDir: input === undefined ? positionals[0] : join(outDir, 'sources'),
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
    const release = lockOutDir(outDir, 'batch');
    let planned: readonly { id: string; key: string }[] | undefined;
    let targets: BatchTargets | undefined;
    let forcedSince: number | undefined;
    const restore = onStopSignal((signal) => {
      io.stderr(
        `${wantsBar(io) ? '\n' : ''}${stopLine(outDir, options.claimsDir, planned, targets, forcedSince)}\n`,
      );
      release();
      process.exit(SIGNAL_EXIT[signal]);
    });
    try {
      // Laid out inside the lock, and only once every flag has parsed, so a bad flag writes nothing.
      const corpus =
        input === undefined
          ? undefined
          : await layOutCorpus(input, parseColumns(values.columns as string | undefined), options.sourcesDir);
      const { summary, compared, skipped } = await runBatch(
        {
          ...options,
          corpus,
          onPlanned: (pairs, written) => {
            planned = pairs;
            targets = written;
            if (options.force) forcedSince = journalLength(outDir);
          },
          beforeSummary: (built) => writeAnalysisFiles(outDir, built),
        },
        { write: io.stderr, live: wantsBar(io) },
      );
      const { totals } = summary;
      const head = `crosscheck batch: ${totals.pairs} pair(s) in ${totals.events} event(s): ${compared} compared, ${skipped} up to date, ${totals.failed} failed`;
      io.stdout(`${outcomeLines(summary, outDir, head).join('\n')}\n`);
      return summary.exitCode;
    } finally {
      restore();
      release();
    }
  },
};
