import { loadLexicon } from './load.js';

/** An entry of `data/measure-units.yaml`: a unit, its dimension, its size in the dimension's base unit. */
interface MeasureUnitEntry {
  unit: string;
  dimension: 'length' | 'area' | 'mass' | 'volume';
  factor: number;
  /** How far apart, as a share of the value, two figures in two units may be and still be one. */
  tolerance?: number;
}

/** A unit as the comparison reads it: its entry, with the tolerance a conversion needs always set. */
export type MeasureUnit = MeasureUnitEntry & { tolerance: number };

/** How far a converted figure may be from the other, unless the unit says: a writer who converts rounds. */
const CONVERSION_TOLERANCE = 0.03;

let byUnit: ReadonlyMap<string, MeasureUnit> | undefined;

/** The unit a counted noun's lemma names ("kilometer", "acre", "ton"), if any. */
export function measureUnit(lemma: string | null): MeasureUnit | undefined {
  if (!lemma) return undefined;
  byUnit ??= new Map(
    loadLexicon<MeasureUnitEntry>('measure-units').entries.map(
      (e) => [e.unit, { ...e, tolerance: e.tolerance ?? CONVERSION_TOLERANCE }] as const,
    ),
  );
  return byUnit.get(lemma);
}
