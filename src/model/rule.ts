/** The stages that decide by rules, each with its ordered rule lists. */
export type RuleStage = 'segment' | 'extract' | 'compare';

/** A ruleId a rule writes into claims or findings, with what it means. */
export interface RuleOutcome {
  /** Static and namespaced by stage: `compare/quantity-divergence`. */
  id: string;
  summary: string;
}

/**
 * A rule declared as data (in the manner of ajv's keyword definitions): a static id, its stage,
 * one line on what it does, and the function that does it. Each stage lists its rules in order.
 * The rule writes its own `id` as the `ruleId` of what it makes, unless it lists `outcomes`:
 * then it writes one of those (`[]` for a rule that writes none, such as a segment role rule).
 */
export interface Rule<Run> {
  id: string;
  stage: RuleStage;
  summary: string;
  run: Run;
  outcomes?: readonly RuleOutcome[];
}
