import { existsSync } from 'node:fs';
import { writeAtomic } from '../../io/write-atomic.js';
import { compareSources } from '../../pipeline.js';
import { type Format, RENDERERS } from '../../report/formats.js';
import { renderText } from '../../report/text.js';
import { analyzeCached } from '../../store/claims-cache.js';
import type { Command } from '../command.js';
import { EXIT } from '../exit-codes.js';

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
    // Every format is rendered before any file is written, so a failure leaves no partial set.
    const outputs = (Object.keys(RENDERERS) as Format[])
      .filter((format) => values[format] !== undefined)
      .map((format) => ({ target: values[format] as string, text: RENDERERS[format](report) }));
    for (const { target, text } of outputs) if (target !== '-') writeAtomic(target, text);
    const toStdout = outputs.find((o) => o.target === '-');
    if (toStdout) {
      io.stdout(toStdout.text);
      io.stderr(renderText(report));
      return EXIT.ok;
    }
    io.stdout(renderText(report));
    return EXIT.ok;
  },
};
