// Writes the JSON Schemas of findings.jsonl and claims.jsonl lines from their columns, and
// docs/tables.md, which documents every column:
// `npm run tables:schema` (biome formats the schemas). test/tables/table-schemas.test.ts fails when they are stale.
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { catalogueEntries } from '../src/catalogue.js';
import { FINDING_COLUMNS } from '../src/report/finding-table.js';
import { CLAIM_COLUMNS } from '../src/tables/columns.js';
import { TABLE_SCHEMAS, tableSchema, tableValues } from '../src/tables/table-schema.js';
import { renderTablesDoc } from './lib/tables-doc.js';

const COLUMNS = { findings: FINDING_COLUMNS, 'claim-rows': CLAIM_COLUMNS };
const written: string[] = [];
for (const { name, title } of TABLE_SCHEMAS) {
  const url = new URL(`../src/schema/${name}.schema.json`, import.meta.url);
  writeFileSync(
    url,
    tableSchema(name, title, COLUMNS[name], tableValues(catalogueEntries().map((e) => e.id))),
  );
  written.push(fileURLToPath(url));
}
// Laid out as the project's formatter lays out JSON, so that `biome check .` (npm test) passes
// right after a regeneration without a hand-run format step; the test compares parsed JSON.
const biome = createRequire(import.meta.url).resolve('@biomejs/biome/bin/biome');
execFileSync(process.execPath, [biome, 'format', '--write', ...written], { stdio: 'ignore' });
writeFileSync(new URL('../docs/tables.md', import.meta.url), renderTablesDoc());
