// Writes the JSON Schemas of findings.jsonl and claims.jsonl lines from their columns:
// `npm run tables:schema`. test/tables/table-schemas.test.ts fails when they are stale.
import { writeFileSync } from 'node:fs';
import { FINDING_COLUMNS } from '../src/report/finding-table.js';
import { CLAIM_COLUMNS } from '../src/tables/columns.js';
import { TABLE_SCHEMAS, tableSchema } from '../src/tables/table-schema.js';

const COLUMNS = { findings: FINDING_COLUMNS, 'claim-rows': CLAIM_COLUMNS };
for (const { name, title } of TABLE_SCHEMAS) {
  writeFileSync(
    new URL(`../src/schema/${name}.schema.json`, import.meta.url),
    tableSchema(name, title, COLUMNS[name]),
  );
}
