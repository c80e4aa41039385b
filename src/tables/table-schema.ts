import type { TableColumn } from '../report/tidy-table.js';

/**
 * The JSON Schema of one line of a JSONL table (findings.jsonl, claims.jsonl), built from its
 * columns: every column is present, null when absent, but for a column `added` after files were published. `npm run tables:schema` writes it beside
 * the report schema; test/tables/table-schemas.test.ts fails when the file is stale.
 */
export function tableSchema(
  id: string,
  title: string,
  columns: readonly TableColumn[],
  values: Readonly<Record<string, readonly string[]>> = {},
): string {
  const schema = {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: `urn:crosscheck:${id}`,
    title,
    description:
      'One line of the JSONL table: every column present, null when it does not apply. The CSV table has the same columns in the same order.',
    type: 'object',
    // A column added later is not required: files written before it still validate.
    required: columns.filter((c) => !c.added).map((c) => c.name),
    additionalProperties: false,
    properties: Object.fromEntries(
      columns.map((c) => {
        const closed = values[c.name] ?? c.values;
        const type = closed ? { enum: [...closed, null] } : { type: [c.type, 'null'] };
        return [c.name, { ...type, description: c.description }];
      }),
    ),
  };
  return `${JSON.stringify(schema, null, 2)}\n`;
}

/**
 * The closed lists the table schemas take from outside the columns: the rule ids of the rule
 * catalogue (given by the caller, as src/tables must not load every stage's rules).
 */
export const tableValues = (ruleIds: readonly string[]) => ({ rule: ruleIds });

/** The published table schemas: file name under src/schema/, id, title, columns. */
export const TABLE_SCHEMAS = [
  { name: 'findings', title: 'crosscheck findings table (one line of findings.jsonl)' },
  { name: 'claim-rows', title: 'crosscheck claims table (one line of claims.jsonl)' },
] as const;
