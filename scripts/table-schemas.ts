// Writes the JSON Schemas of findings.jsonl and claims.jsonl lines from their columns, and
// docs/tables.md, which documents every column:
// `npm run tables:schema`. test/tables/table-schemas.test.ts fails when they are stale.
import { writeFileSync } from 'node:fs';
import { catalogueEntries } from '../src/catalogue.js';
import { FINDING_COLUMNS } from '../src/report/finding-table.js';
import { CLAIM_COLUMNS } from '../src/tables/columns.js';
import { TABLE_SCHEMAS, tableSchema, tableValues } from '../src/tables/table-schema.js';
import { renderTablesDoc } from './lib/tables-doc.js';

const COLUMNS = { findings: FINDING_COLUMNS, 'claim-rows': CLAIM_COLUMNS };
for (const { name, title } of TABLE_SCHEMAS) {
  writeFileSync(
    new URL(`../src/schema/${name}.schema.json`, import.meta.url),
    tableSchema(name, title, COLUMNS[name], tableValues(catalogueEntries().map((e) => e.id))),
  );
}
writeFileSync(new URL('../docs/tables.md', import.meta.url), renderTablesDoc());
