import { existsSync } from 'node:fs';
import type { Report } from '../../model/report.js';
import { compareSources } from '../../pipeline.js';
import { renderCsv } from '../../report/csv.js';
import { renderHtml } from '../../report/html/index.js';
import { renderJson } from '../../report/json.js';
import { renderMarkdown } from '../../report/markdown.js';
import { renderText } from '../../report/text.js';
import { writeAtomic } from '../../report/write.js';
import { analyzeCached } from '../../store/claims-cache.js';
import type { Command } from '../command.js';
import { EXIT } from '../exit-codes.js';

/** The report formats written to a file named by the flag of the same name; combinable with `--json`. */
const FILE_WRITERS: Record<string, (report: Report) => string> = {
  html: renderHtml,
  md: renderMarkdown,
  csv: renderCsv,
};

/** `crosscheck compare <a> <b>`: one pair, JSON to a file or stdout, a human summary. */
export const compareCommand: Command = {
  name: 'compare',
  summary: 'compare two reports of one event',
  args: '<a> <b>',
  positionals: { min: 2, max: 2 },
  flags: {
    json: {
      type: 'string',
      value: 'FILE|-',
      description: 'write the JSON report to FILE, or to stdout with -',
    },
    html: { type: 'string', value: 'FILE', description: 'write the self-contained HTML report to FILE' },
    md: {
      type: 'string',
      value: 'FILE',
      description: 'write a Markdown summary (CI log, PR comment) to FILE',
    },
    csv: { type: 'string', value: 'FILE', description: 'write one CSV row per finding to FILE' },
    claims: {
      type: 'string',
      value: 'DIR',
      description: 'reuse and refresh claims files in DIR (default: reuse ./claims read-only when it exists)',
    },
  },
  run({ values, positionals }, io) {
    const explicit = values.claims as string | undefined;
    const claimsDir = explicit ?? (existsSync('claims') ? 'claims' : undefined);
    const [a, b] = positionals.map((path) => analyzeCached(path, claimsDir, explicit !== undefined).source);
    const report = compareSources(a, b);
    for (const [flag, render] of Object.entries(FILE_WRITERS)) {
      const file = values[flag] as string | undefined;
      if (file) writeAtomic(file, render(report));
    }
    const json = values.json as string | undefined;
    if (json === '-') {
      io.stdout(renderJson(report));
      io.stderr(renderText(report));
      return EXIT.ok;
    }
    if (json) writeAtomic(json, renderJson(report));
    io.stdout(renderText(report));
    return EXIT.ok;
  },
};
