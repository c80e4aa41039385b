import { availableParallelism } from 'node:os';
import { parseFormats } from '../../batch/formats.js';
import { parseFailOn } from '../../batch/gate.js';
import { outcomeLines } from '../../batch/report-lines.js';
import { runBatch } from '../../batch/run.js';
import { parseShard } from '../../batch/shard.js';
import { UserError } from '../../errors.js';
import type { Command } from '../command.js';
import { wantsBar } from '../io.js';

/** Parses `--jobs N`: a whole number of workers, at least 1. */
export function parseJobs(text: string | undefined): number {
  if (text === undefined) return availableParallelism();
  const jobs = Number(text);
  if (!/^\d+$/.test(text.trim()) || jobs < 1) {
    throw new UserError('bad-usage', `--jobs '${text}' is not a whole number ≥ 1`, 'e.g. --jobs 4');
  }
  return jobs;
}

/** `crosscheck batch <sources-dir>`: every pair of outlets of every event, in parallel, resumable. */
export const batchCommand: Command = {
  name: 'batch',
  summary: 'compare every pair of outlets within each event folder',
  args: '<sources-dir>',
  positionals: { min: 1, max: 1 },
  flags: {
    out: { type: 'string', value: 'DIR', description: 'output folder (default: reports)' },
    format: {
      type: 'string',
      value: 'LIST',
      description: 'per-pair formats: json,html,md,csv (default: json,html)',
    },
    jobs: { type: 'string', value: 'N', description: 'worker threads (default: number of cores)' },
    claims: { type: 'string', value: 'DIR', description: 'claims cache folder (default: claims)' },
    shard: { type: 'string', value: 'k/n', description: 'run only the k-th of n partitions of the pairs' },
    'fail-on': {
      type: 'string',
      value: 'KINDS',
      description: 'exit 1 when a pair has findings of these kinds',
    },
  },
  async run({ values, positionals }, io) {
    const outDir = (values.out as string | undefined) ?? 'reports';
    const options = {
      sourcesDir: positionals[0],
      outDir,
      claimsDir: (values.claims as string | undefined) ?? 'claims',
      formats: parseFormats((values.format as string | undefined) ?? 'json,html'),
      jobs: parseJobs(values.jobs as string | undefined),
      failOn: values['fail-on'] === undefined ? [] : parseFailOn(values['fail-on'] as string),
      shard: values.shard === undefined ? undefined : parseShard(values.shard as string),
    };
    const { summary, compared, skipped } = await runBatch(options, { write: io.stderr, live: wantsBar(io) });
    const { totals } = summary;
    const head = `crosscheck batch: ${totals.pairs} pair(s) in ${totals.events} event(s): ${compared} compared, ${skipped} up to date, ${totals.failed} failed`;
    io.stdout(`${outcomeLines(summary, outDir, head).join('\n')}\n`);
    return summary.exitCode;
  },
};
