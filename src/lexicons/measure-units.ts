import { loadLexicon } from './load.js';

/** A unit of `data/measure-units.yaml`: its dimension and its size in the dimension's base unit. */
export interface MeasureUnit {
  unit: string;
  dimension: 'length' | 'area' | 'mass' | 'volume';
  factor: number;
  /** How far apart, as a share of the value, two figures in two units may be and still be one. */
  tolerance?: number;
}

/** How far a converted figure may be from the other: a writer who converts rounds. */
export const CONVERSION_TOLERANCE = 0.03;

let byUnit: ReadonlyMap<string, MeasureUnit> | undefined;

/** The unit a counted noun's lemma names ("kilometer", "acre", "ton"), if any. */
export function measureUnit(lemma: string | null): MeasureUnit | undefined {
  if (!lemma) return undefined;
  byUnit ??= new Map(loadLexicon<MeasureUnit>('measure-units').entries.map((e) => [e.unit, e] as const));
  return byUnit.get(lemma);
}
