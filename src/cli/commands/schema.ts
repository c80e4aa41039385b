import { UserError } from '../../errors.js';
import { type SchemaName, standaloneSchemaText } from '../../schema/index.js';
import type { Command } from '../command.js';
import { EXIT } from '../exit-codes.js';

/** `crosscheck schema [report|claims]`: print a published JSON Schema, one that stands alone. */
export const schemaCommand: Command = {
  name: 'schema',
  summary: 'print the JSON Schema of reports (or of claims files)',
  args: '[report|claims]',
  positionals: { min: 0, max: 1 },
  flags: {},
  run({ positionals }, io) {
    const name = positionals[0] ?? 'report';
    if (name !== 'report' && name !== 'claims') {
      throw new UserError(
        'bad-usage',
        `unknown schema '${name}'`,
        'use `crosscheck schema report` or `crosscheck schema claims`',
      );
    }
    io.stdout(standaloneSchemaText(name as SchemaName));
    return EXIT.ok;
  },
};
