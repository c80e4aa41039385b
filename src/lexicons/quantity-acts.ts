import type { QuantityClaim } from '../model/claim.js';
import { loadLexicon } from './load.js';

/** An act a count can measure ("killed", "fired"), and the casualty kind it reports, if any. */
export interface QuantityAct {
  /** The lemma as wink gives it. */
  lemma: string;
  /** The act lemma recorded on the claim; defaults to `lemma`. */
  act: string;
  casualty?: NonNullable<QuantityClaim['casualty']>;
  /** True when the word is a counted noun that is itself the act ("deaths"). */
  noun: boolean;
  /** The object lemma the verb needs to be this act ("lost their lives"), if any. */
  object?: string;
  /** For a counted noun: the verbs before or after it that make it this act ("claimed 48 lives"), if any. */
  verbs?: string[];
}

let table: Map<string, QuantityAct> | undefined;

/** Acts by lemma, from `data/quantity-acts.yaml`. */
export function quantityActs(): Map<string, QuantityAct> {
  table ??= new Map(
    loadLexicon<Partial<QuantityAct> & { lemma: string }>('quantity-acts').entries.map((e) => [
      e.lemma,
      {
        lemma: e.lemma,
        act: e.act ?? e.lemma,
        noun: e.noun === true,
        ...(e.casualty ? { casualty: e.casualty } : {}),
        ...(e.object ? { object: e.object } : {}),
        ...(e.verbs ? { verbs: e.verbs } : {}),
      },
    ]),
  );
  return table;
}
