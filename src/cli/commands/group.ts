import { parseColumns } from '../../corpus/index.js';
import { UserError } from '../../errors.js';
import { GROUP_DEFAULTS, type Grouping, groupCorpus } from '../../group/index.js';
import { writeLayout } from '../../group/write-layout.js';
import { writeGroupedRows } from '../../group/write-rows.js';
import type { Command } from '../command.js';
import { EXIT } from '../exit-codes.js';
import { checkCorpusTargets } from './output-targets.js';

function parseNumber(flag: string, text: string | undefined, fallback: number, max: number): number {
  if (text === undefined) return fallback;
  const value = Number(text);
  if (text.trim() === '' || !Number.isFinite(value) || value < 0 || value > max) {
    throw new UserError(
      'bad-usage',
      `--${flag} '${text}' is not a number from 0 to ${max}`,
      `e.g. --${flag} ${fallback}`,
    );
  }
  return value;
}

/** The lines `group` prints: counts, then the first skipped rows. */
function groupLines(grouping: Grouping, rows: number): string[] {
  const { skipped } = grouping;
  const head = `crosscheck group: ${rows} article(s) in ${new Set(grouping.events).size} event(s) (${grouping.made} made by grouping), ${skipped.length} row(s) skipped`;
  const more = skipped.length > 10 ? [`  … and ${skipped.length - 10} more`] : [];
  return [head, ...skipped.slice(0, 10).map((s) => `  skipped ${s}`), ...more];
}

/** `crosscheck group <corpus>`: articles of many stories into events, written back or laid out for batch. */
export const groupCommand: Command = {
  name: 'group',
  summary: 'group a corpus (.jsonl, .csv, news-please .json or folder) into events',
  args: '<corpus>',
  positionals: { min: 1, max: 1 },
  flags: {
    out: {
      type: 'string',
      value: 'FILE',
      description: 'write every row back with its event (.jsonl or .csv)',
    },
    layout: { type: 'string', value: 'DIR', description: 'write DIR/<event>/<outlet>.txt for batch' },
    columns: {
      type: 'string',
      value: 'MAP',
      description: 'column names, e.g. outlet=site,text=body (fields: outlet published title url text event)',
    },
    threshold: {
      type: 'string',
      value: 'X',
      description: `least cosine that links two articles (default ${GROUP_DEFAULTS.threshold})`,
    },
    window: {
      type: 'string',
      value: 'DAYS',
      description: `most days between linked articles (default ${GROUP_DEFAULTS.windowDays})`,
    },
  },
  async run({ values, positionals }, io) {
    const out = values.out as string | undefined;
    const layout = values.layout as string | undefined;
    if (out === undefined && layout === undefined) {
      throw new UserError(
        'bad-usage',
        'group needs somewhere to write',
        'add --out grouped.jsonl or --layout DIR',
      );
    }
    const columns = parseColumns(values.columns as string | undefined);
    const options = {
      ...GROUP_DEFAULTS,
      columns,
      threshold: parseNumber(
        'threshold',
        values.threshold as string | undefined,
        GROUP_DEFAULTS.threshold,
        1,
      ),
      windowDays: parseNumber(
        'window',
        values.window as string | undefined,
        GROUP_DEFAULTS.windowDays,
        36_500,
      ),
    };
    const [corpus] = positionals;
    // A layout folder is emptied before it is written: a corpus inside it would be lost too.
    checkCorpusTargets(corpus, [
      ...(out === undefined ? [] : [{ flag: 'out', path: out }]),
      ...(layout === undefined ? [] : [{ flag: 'layout', path: layout, folder: true }]),
    ]);
    const grouping = await groupCorpus(corpus, options);
    if (out !== undefined) await writeGroupedRows(corpus, columns, grouping, out);
    if (layout !== undefined) await writeLayout(corpus, columns, grouping, layout);
    io.stdout(`${groupLines(grouping, grouping.events.length).join('\n')}\n`);
    return EXIT.ok;
  },
};
