import { parseGate } from '../../batch/gate.js';
import { mergeOutputs } from '../../batch/merge.js';
import { outcomeLines } from '../../batch/report-lines.js';
import { writeAnalysisFiles } from '../../tables/index.js';
import type { Command } from '../command.js';

/** `crosscheck merge <dirs…> --out DIR`: one index and summary from the outputs of shards. */
export const mergeCommand: Command = {
  name: 'merge',
  summary: 'merge the outputs of `batch --shard` runs into one',
  args: '<dirs…>',
  positionals: { min: 1, max: Number.POSITIVE_INFINITY },
  flags: {
    out: { type: 'string', value: 'DIR', description: 'merged output folder (default: reports)' },
    'fail-on': { type: 'string', value: 'KINDS', description: 'gate to apply (default: the shards’ own)' },
    'gate-hidden': {
      type: 'boolean',
      description: 'with --fail-on: count findings hidden below confidence 0.5 too',
    },
  },
  async run({ values, positionals }, io) {
    const outDir = (values.out as string | undefined) ?? 'reports';
    const gate = parseGate(values['fail-on'], values['gate-hidden']);
    const summary = await mergeOutputs(positionals, outDir, gate, (s) => writeAnalysisFiles(outDir, s));
    const head = `crosscheck merge: ${summary.totals.pairs} pair(s) in ${summary.totals.events} event(s) from ${positionals.length} folder(s), ${summary.totals.failed} failed`;
    io.stdout(`${outcomeLines({ ...summary, named: summary.pairs }, outDir, head).join('\n')}\n`);
    return summary.exitCode;
  },
};
