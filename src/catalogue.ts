import type { Rule, RuleOutcome, RuleStage } from './model/rule.js';
import { AGREEMENT_VETOES } from './stages/compare/agreement/agreement-vetoes.js';
import { FRAMING_CHECKS } from './stages/compare/framing/checks.js';
import { COMPARE_POST_PASSES, COMPARE_RULES } from './stages/compare/rules.js';
import { ATTRIBUTION_RULES, CONTINUATION_RULES } from './stages/extract/attribution/index.js';
import { BLAME_RULES } from './stages/extract/blame/index.js';
import { DATE_RULES } from './stages/extract/date/index.js';
import { QUANTITY_RULES } from './stages/extract/quantity/index.js';
import { JOIN_RULES, ROLE_RULES } from './stages/segment/index.js';

// The rule catalogue: every stage's ordered rule lists in one place, so that a report's ruleId
// can be looked up. To add a rule, add it to its stage's list; docs/rules.md is generated from
// here (`npm run rules:doc`), and test/structure/rule-catalogue.test.ts checks both.

/** One ordered rule list of a stage, as the stage runs it. */
export interface RuleList {
  /** `extract/date`: the stage, then what the list decides. */
  name: string;
  /** Where the list is declared. */
  file: string;
  rules: readonly Rule<unknown>[];
}

/** Every rule list, in pipeline order. */
export const RULE_LISTS: readonly RuleList[] = [
  { name: 'segment/role', file: 'src/stages/segment/index.ts', rules: ROLE_RULES },
  { name: 'segment/join', file: 'src/stages/segment/index.ts', rules: JOIN_RULES },
  { name: 'extract/attribution', file: 'src/stages/extract/attribution/index.ts', rules: ATTRIBUTION_RULES },
  {
    name: 'extract/attribution-continuation',
    file: 'src/stages/extract/attribution/index.ts',
    rules: CONTINUATION_RULES,
  },
  { name: 'extract/blame', file: 'src/stages/extract/blame/index.ts', rules: BLAME_RULES },
  { name: 'extract/quantity', file: 'src/stages/extract/quantity/index.ts', rules: QUANTITY_RULES },
  { name: 'extract/date', file: 'src/stages/extract/date/index.ts', rules: DATE_RULES },
  { name: 'compare', file: 'src/stages/compare/rules.ts', rules: COMPARE_RULES },
  { name: 'compare/post-passes', file: 'src/stages/compare/post-passes.ts', rules: COMPARE_POST_PASSES },
  {
    name: 'compare/agreement-vetoes',
    file: 'src/stages/compare/agreement/agreement-vetoes.ts',
    rules: AGREEMENT_VETOES,
  },
  { name: 'compare/framing-checks', file: 'src/stages/compare/framing/checks.ts', rules: FRAMING_CHECKS },
];

/** A ruleId that can appear in a claim or finding, with the rule that writes it. */
export interface CatalogueEntry extends RuleOutcome {
  stage: RuleStage;
  list: string;
  /** The id of the rule in its list (the entry's own id when the rule has no outcomes). */
  rule: string;
}

/** What a rule writes: its outcomes, or else its own id. */
export const outcomesOf = (rule: Rule<unknown>): readonly RuleOutcome[] =>
  rule.outcomes ?? [{ id: rule.id, summary: rule.summary }];

/** Every ruleId a claim or finding may carry, in pipeline and list order. */
export function catalogueEntries(): CatalogueEntry[] {
  return RULE_LISTS.flatMap((list) =>
    list.rules.flatMap((rule) =>
      outcomesOf(rule).map((o) => ({ ...o, stage: rule.stage, list: list.name, rule: rule.id })),
    ),
  );
}

/** The set of ruleIds a report or claims file may contain. */
export function knownRuleIds(): Set<string> {
  return new Set(catalogueEntries().map((e) => e.id));
}

/** The catalogue as plain text, one rule a line, its outcomes indented: what `crosscheck rules` prints. */
export function renderCatalogueText(): string {
  const lines: string[] = [];
  for (const list of RULE_LISTS) {
    lines.push(`${list.name} (${list.file}), in order:`);
    list.rules.forEach((rule, i) => {
      lines.push(`  ${i + 1}. ${rule.id}  ${rule.summary}`);
      for (const o of rule.outcomes ?? []) lines.push(`       → ${o.id}  ${o.summary}`);
    });
  }
  return `${lines.join('\n')}\n`;
}

const cell = (text: string): string => text.replace(/\|/g, '\\|');

/** The catalogue as Markdown: docs/rules.md. */
export function renderCatalogueMarkdown(): string {
  const out = [
    '# Rules',
    '',
    'Generated from `src/catalogue.ts` by `npm run rules:doc`; do not edit by hand.',
    'Each list runs in the order shown. A claim or finding names the rule that made it in `ruleId`:',
    'the rule itself, or one of its outcomes (→).',
  ];
  for (const list of RULE_LISTS) {
    out.push(
      '',
      `## ${list.name}`,
      '',
      `Declared in \`${list.file}\`.`,
      '',
      '| # | id | what it does |',
      '|---|---|---|',
    );
    list.rules.forEach((rule, i) => {
      const writes = rule.outcomes?.length === 0 ? ' (writes no ruleId)' : '';
      out.push(`| ${i + 1} | \`${rule.id}\` | ${cell(rule.summary)}${writes} |`);
      for (const o of rule.outcomes ?? []) out.push(`|  | → \`${o.id}\` | ${cell(o.summary)} |`);
    });
  }
  return `${out.join('\n')}\n`;
}
