// Writes docs/rules.md from the rule catalogue (src/catalogue.ts); test/structure/rule-catalogue.test.ts
// fails when the committed file differs. Usage: npm run rules:doc
import { writeFileSync } from 'node:fs';
import { renderCatalogueMarkdown } from '../src/catalogue.js';

const path = new URL('../docs/rules.md', import.meta.url);
writeFileSync(path, renderCatalogueMarkdown());
console.log(`wrote ${path.pathname}`);
