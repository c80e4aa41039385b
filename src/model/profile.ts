/** A label an outlet used for a referent, and how often (framing findings across the batch). */
export interface LabelChoice {
  /** The referent's group in the framing lexicon (`israel`, `government`). */
  referent: string;
  label: string;
  count: number;
}

/** One outlet across a batch: what it calls things, how it attributes, what it leaves out. */
export interface OutletProfile {
  outlet: string;
  /** Pairs the outlet is in. */
  pairs: number;
  /** Labels from framing findings, by referent, most used first. */
  labels: LabelChoice[];
  /** Attribution findings: it states as fact what the other outlet attributes, or the reverse. */
  attribution: { statesAsFact: number; attributes: number };
  /** Shown omission findings where it is the side without the fact, by the fact's subject (`quantity`…). */
  omits: Record<string, number>;
  /**
   * What the omission cap (a few per omitting side and pair) left out for this outlet: the pairs
   * where it cut, the candidates past it, and of those the ones confident enough to be shown. When `pairs` here nears the outlet's `pairs`, `omits`
   * measures the cap, not the outlet (user trial 6, item 2).
   */
  omitsCapped: { pairs: number; beyond: number; confident: number };
}
