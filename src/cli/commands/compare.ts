import { existsSync } from 'node:fs';
import { compareSources } from '../../pipeline.js';
import { renderJson } from '../../report/json.js';
import { renderText } from '../../report/text.js';
import { writeAtomic } from '../../report/write.js';
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
