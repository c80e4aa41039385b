/** How much two aligned groups of sentences share. */
export type AlignmentRelation = 'equivalent' | 'partial';

/**
 * One n:m link between sentences of side a and side b. The signals are the
 * inspectable features that carried the decision (lemma overlap, actors, numbers, dice…).
 */
export interface AlignmentLink {
  a: string[];
  b: string[];
  /** 0..1, the paraphrase probability of the fitted model. */
  score: number;
  relation: AlignmentRelation;
  /** Feature name → value in 0..1, as fed to the model. */
  signals: Record<string, number>;
  /** The signals that contributed most, strongest first, for explanations. */
  reasons: string[];
}
