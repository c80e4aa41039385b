import { journalLength, stopBatch } from '../../batch/interrupt.js';
import { lockOutDir } from '../../batch/lock.js';
import { outcomeLines } from '../../batch/report-lines.js';
import { runBatch } from '../../batch/run.js';
import type { BatchTargets } from '../../batch/targets.js';
import { parseColumns } from '../../corpus/index.js';
import { layOutCorpus } from '../../group/lay-out-corpus.js';
import { missingFolders, removeEmptyFolders } from '../../io/created-folders.js';
import { writeAnalysisFiles } from '../../tables/index.js';
import type { Command } from '../command.js';
import { onStopSignal, SIGNAL_EXIT } from '../interrupt.js';
import { wantsBar } from '../io.js';
import { OMISSION_CAP_FLAG } from '../omission-cap.js';
import { batchRequest } from './batch-request.js';

/** What a stopped batch knows of its run: its planned pairs, the files it may write, when --force began. */
interface StopState {
  planned?: readonly { id: string; key: string }[];
  targets?: BatchTargets;
  forcedSince?: number;
}

/**
 * After a stop signal: cleans up (batch/interrupt.ts's stopBatch) and returns the one line saying
 * how many pairs are written (those a run started again skips).
 */
function stopLine(outDir: string, claimsDir: string, { planned, targets, forcedSince }: StopState): string {
  const stop = stopBatch(outDir, claimsDir, planned, targets, forcedSince);
  const done = stop ? ` ${stop.written} of ${stop.planned} pairs written;` : '';
  // With --force, the same command would compare every pair again: without it, the rest only.
  const again = forcedSince === undefined ? 'run the same command again' : 'run it again without --force';
  return `crosscheck batch: interrupted:${done} ${again} to continue`;
}

/** Locks `--out`, removing the folders its lock created when that fails (a parent it cannot write in). */
function lockFresh(outDir: string, made: string[]): () => void {
  try {
    return lockOutDir(outDir, 'batch');
  } catch (error) {
    removeEmptyFolders(made);
    throw error;
  }
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
  async run(args, io) {
    const { options, input } = batchRequest(args, io);
    // Removed again if the batch fails before it writes in them (user trial 18, item 19).
    const made = [missingFolders(options.outDir), missingFolders(options.claimsDir)];
    const release = lockFresh(options.outDir, made[0]);
    // What the interrupt line needs, known once the batch has planned its pairs.
    const run: StopState = {};
    const restore = onStopSignal((signal) => {
      io.stderr(`${wantsBar(io) ? '\n' : ''}${stopLine(options.outDir, options.claimsDir, run)}\n`);
      release();
      process.exit(SIGNAL_EXIT[signal]);
    });
    try {
      // Laid out inside the lock, and only once every flag has parsed, so a bad flag writes nothing.
      const columns = args.values.columns as string | undefined;
      const corpus =
        input === undefined
          ? undefined
          : await layOutCorpus(input, parseColumns(columns), options.sourcesDir);
      const { summary, compared, skipped } = await runBatch(
        {
          ...options,
          corpus,
          onPlanned: (pairs, written) => {
            Object.assign(run, { planned: pairs, targets: written });
            if (options.force) run.forcedSince = journalLength(options.outDir);
          },
          // The workers build each pair's table pieces while its report is in memory (pair-tables.ts).
          tables: true,
          beforeSummary: (built, parked) => writeAnalysisFiles(options.outDir, built, parked),
        },
        { write: io.stderr, live: wantsBar(io) },
      );
      const { totals } = summary;
      const head = `crosscheck batch: ${totals.pairs} pair(s) in ${totals.events} event(s): ${compared} compared, ${skipped} up to date, ${totals.failed} failed`;
      io.stdout(`${outcomeLines(summary, options.outDir, head).join('\n')}\n`);
      return summary.exitCode;
    } catch (error) {
      release();
      for (const folders of made) removeEmptyFolders(folders);
      throw error;
    } finally {
      restore();
      release();
    }
  },
};
