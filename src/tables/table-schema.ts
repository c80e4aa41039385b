import type { TableColumn } from '../report/finding-table.js';

/**
 * The JSON Schema of one line of a JSONL table (findings.jsonl, claims.jsonl), built from its
 * columns: every column is present, null when absent. `npm run tables:schema` writes it beside
 * the report schema; test/tables/table-schemas.test.ts fails when the file is stale.
 */
export function tableSchema(id: string, title: string, columns: readonly TableColumn[]): string {
  const schema = {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: `urn:crosscheck:${id}`,
    title,
    description:
      'One line of the JSONL table: every column present, null when it does not apply. The CSV table has the same columns in the same order.',
    type: 'object',
    required: columns.map((c) => c.name),
    additionalProperties: false,
    properties: Object.fromEntries(
      columns.map((c) => [c.name, { type: [c.type, 'null'], description: c.description }]),
    ),
  };
  return `${JSON.stringify(schema, null, 2)}\n`;
}

/** The published table schemas: file name under src/schema/, id, title, columns. */
export const TABLE_SCHEMAS = [
  { name: 'findings', title: 'crosscheck findings table (one line of findings.jsonl)' },
  { name: 'claim-rows', title: 'crosscheck claims table (one line of claims.jsonl)' },
] as const;
