import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { catalogueEntries, knownRuleIds, RULE_LISTS, renderCatalogueMarkdown } from '../../src/catalogue.js';
import { run } from '../cli/run.js';
import { filesUnder, readText, tsFiles } from './source-files.js';

const HOW_TO_REGISTER = [
  "To register a rule: add `{ id, stage, summary, run }` to its stage's ordered list (the lists and",
  'their files are in docs/rules.md); a rule that writes several ruleIds lists them as',
  '`outcomes: [{ id, summary }]`. Ids are static string literals, never built at run time.',
  'Then run `npm run rules:doc` and commit docs/rules.md.',
].join('\n');

const STAGE_LITERAL = /(['"`])((?:segment|extract|align|compare)\/[a-z0-9-]+)\1/g;

/** `file:line: id` for every stage-namespaced literal in src/stages that is not a diagnostic code. */
function ruleIdLiterals(): { where: string; id: string }[] {
  return tsFiles('src/stages').flatMap((file) =>
    readText(file)
      .split('\n')
      .flatMap((line, i) =>
        // Diagnostic codes (`code: 'extract/unresolved-date'`) share the namespace but are not rules;
        // comments and TSDoc quote ids as examples.
        /\bcode\b/.test(line) || /^\s*(\/\/|\*|\/\*)/.test(line)
          ? []
          : [...line.matchAll(STAGE_LITERAL)].map((m) => ({ where: `${file}:${i + 1}`, id: m[2] })),
      ),
  );
}

/** The part of a report or claims schema that holds a ruleId property. */
type SchemaJson = {
  definitions: Record<string, { properties: { ruleId: { enum?: string[] } } }>;
};

/** Every ruleId in the committed JSON files under `dir` (reports and claims files). */
function committedRuleIds(dir: string): Set<string> {
  const ids = new Set<string>();
  for (const file of filesUnder(dir).filter((f) => f.endsWith('.json')))
    for (const m of readFileSync(file, 'utf8').matchAll(/"ruleId": ?"([^"]+)"/g)) ids.add(m[1]);
  return ids;
}

describe('the rule catalogue (src/catalogue.ts)', () => {
  it('gives every rule and outcome a unique static id in its stage namespace, and a summary', () => {
    const ids = RULE_LISTS.flatMap((l) =>
      l.rules.flatMap((r) => [r, ...(r.outcomes ?? [])].map((x) => x.id)),
    );
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
    for (const list of RULE_LISTS) {
      for (const rule of list.rules) {
        expect(rule.id, list.name).toMatch(new RegExp(`^${rule.stage}/[a-z0-9-]+$`));
        expect(list.name.startsWith(rule.stage), rule.id).toBe(true);
        expect(rule.summary.length, rule.id).toBeGreaterThan(0);
        for (const o of rule.outcomes ?? [])
          expect(o.id, rule.id).toMatch(new RegExp(`^${rule.stage}/[a-z0-9-]+$`));
      }
    }
  });

  it('is what docs/rules.md says', () => {
    const committed = readFileSync(new URL('../../docs/rules.md', import.meta.url), 'utf8');
    expect(committed, 'docs/rules.md is stale: run `npm run rules:doc`').toBe(renderCatalogueMarkdown());
  });

  it('no rule id is built at run time', () => {
    const built = tsFiles('src').flatMap((file) =>
      readText(file)
        .split('\n')
        .flatMap((line, i) =>
          /`(segment|extract|align|compare)\/[^`]*\$\{/.test(line) ? [`${file}:${i + 1}`] : [],
        ),
    );
    expect(built, `a ruleId built from a template literal.\n${HOW_TO_REGISTER}`).toEqual([]);
  });

  it('holds every ruleId the stages write', () => {
    const known = knownRuleIds();
    const listed = new Set(RULE_LISTS.flatMap((l) => l.rules.map((r) => r.id)));
    const unknown = ruleIdLiterals()
      .filter(({ id }) => !known.has(id) && !listed.has(id))
      .map(({ where, id }) => `${where}: ${id}`);
    expect(unknown, `ruleIds missing from the rule catalogue.\n${HOW_TO_REGISTER}`).toEqual([]);
  });

  it.each(['reports', 'claims'])('holds every ruleId in the committed %s/', (dir) => {
    const known = knownRuleIds();
    const unknown = [...committedRuleIds(dir)].filter((id) => !known.has(id));
    expect(unknown, `ruleIds in ${dir}/ missing from the rule catalogue.\n${HOW_TO_REGISTER}`).toEqual([]);
  });

  it('is what `crosscheck rules` prints', async () => {
    const { code, stdout } = await run(['rules']);
    expect(code).toBe(0);
    for (const entry of catalogueEntries()) expect(stdout).toContain(entry.id);
    expect((await run(['--help'])).stdout).toMatch(/^ {2}rules /m);
  });

  it.each([
    ['report', (s: SchemaJson) => s.definitions.finding.properties.ruleId],
    ['claims', (s: SchemaJson) => s.definitions.claimBase.properties.ruleId],
  ])('is the ruleId enum of the %s schema that `crosscheck schema` prints', async (name, ruleId) => {
    const { code, stdout } = await run(['schema', name]);
    expect(code).toBe(0);
    const ids = catalogueEntries().map((e) => e.id);
    expect(ruleId(JSON.parse(stdout)).enum, 'the schema is stale: run `npm run rules:doc`').toEqual(ids);
  });

  it('lists each ruleId once with its stage and rule', () => {
    const entries = catalogueEntries();
    expect(new Set(entries.map((e) => e.id)).size).toBe(entries.length);
    expect(entries.find((e) => e.id === 'compare/quantity-divergence')).toMatchObject({
      stage: 'compare',
      rule: 'compare/quantity',
    });
  });
});
