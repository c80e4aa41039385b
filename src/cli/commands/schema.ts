import { UserError } from '../../errors.js';
import { SCHEMA_NAMES, type SchemaName, standaloneSchemaText } from '../../schema/index.js';
import type { Command } from '../command.js';
import { EXIT } from '../exit-codes.js';

/** `crosscheck schema [NAME]`: print a published JSON Schema, one that stands alone. */
export const schemaCommand: Command = {
  name: 'schema',
  summary: `print a JSON Schema: ${SCHEMA_NAMES.join(', ')} (report when none is named)`,
  args: '[NAME]',
  positionals: { min: 0, max: 1 },
  flags: {},
  run({ positionals }, io) {
    const name = positionals[0] ?? 'report';
    if (!(SCHEMA_NAMES as readonly string[]).includes(name)) {
      throw new UserError('bad-usage', `unknown schema '${name}'`, `use one of ${SCHEMA_NAMES.join(', ')}`);
    }
    io.stdout(standaloneSchemaText(name as SchemaName));
    return EXIT.ok;
  },
};
