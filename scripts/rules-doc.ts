// Writes docs/rules.md from the rule catalogue (src/catalogue.ts), and the catalogue's ruleIds as
// the `ruleId` enum of the claims and report schemas; test/structure/rule-catalogue.test.ts fails
// when a committed file differs. Usage: npm run rules:doc
import { readFileSync, writeFileSync } from 'node:fs';
import { catalogueEntries, renderCatalogueMarkdown } from '../src/catalogue.js';

const write = (url: URL, text: string) => {
  writeFileSync(url, text);
  console.log(`wrote ${url.pathname}`);
};

write(new URL('../docs/rules.md', import.meta.url), renderCatalogueMarkdown());

const ids = catalogueEntries().map((e) => e.id);
// Replaces each `"ruleId": { … }` property in place (formatted as biome formats it), so that the
// rest of the hand-written schema keeps its layout.
const RULE_ID = /^( *)"ruleId": \{[^{}]*\}(,?)$/gm;
for (const name of ['claims', 'report']) {
  const url = new URL(`../src/schema/${name}.schema.json`, import.meta.url);
  const text = readFileSync(url, 'utf8');
  let found = 0;
  const next = text.replace(RULE_ID, (_m, indent: string, comma: string) => {
    found++;
    return [
      `${indent}"ruleId": {`,
      `${indent}  "enum": [`,
      ...ids.map((id, i) => `${indent}    ${JSON.stringify(id)}${i < ids.length - 1 ? ',' : ''}`),
      `${indent}  ]`,
      `${indent}}${comma}`,
    ].join('\n');
  });
  if (found === 0) throw new Error(`${name}.schema.json: no "ruleId" property to write the enum into`);
  write(url, next);
}
