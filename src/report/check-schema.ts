import { schemaText, validate, validateAt } from '../schema/index.js';

// The schema half of the report check (check.ts): a report's schema errors in time linear in its
// size, and the claim properties the claims schema allows.

const SIDES = ['a', 'b'] as const;

let claimKeys: Set<string> | undefined;

/**
 * The properties any claim may carry: those `claims.schema.json` declares for its kinds. The kinds
 * compose `range` and `claimBase` with `allOf`, which draft-07's `additionalProperties` cannot close.
 */
export function allowedClaimKeys(): Set<string> {
  if (!claimKeys) {
    const definitions = JSON.parse(schemaText('claims')).definitions as Record<
      string,
      { properties?: Record<string, { enum?: string[] }> }
    >;
    // Each claim kind has a definition of its own name (`quantity`, `date`…).
    const kinds = definitions.claim.properties?.kind.enum ?? [];
    const names = ['range', 'claimBase', ...kinds];
    claimKeys = new Set(names.flatMap((name) => Object.keys(definitions[name]?.properties ?? {})));
  }
  return claimKeys;
}

const REPORT = 'urn:crosscheck:report#';
const CLAIMS = 'urn:crosscheck:claims#';

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The report's long arrays and the schema of their items. */
const TOP_ARRAYS = [
  { key: 'claims', ref: `${REPORT}/properties/claims/items` },
  { key: 'findings', ref: `${REPORT}/definitions/finding` },
  { key: 'alignment', ref: `${REPORT}/properties/alignment/items` },
  { key: 'diagnostics', ref: `${CLAIMS}/definitions/diagnostic` },
];
const SENTENCE = `${CLAIMS}/definitions/sentence`;

/**
 * Source parts found sound in an earlier report. The pipeline builds a source's part once and
 * shares it by all of that source's reports (a batch compares each source with many others), so
 * its sentences are checked once, not once per pair. Objects, not contents: a report read from a
 * file, or a copy, is checked in full.
 */
export const soundSources = new WeakSet<object>();

/**
 * Schema errors of a report in time linear in its size: the report with its long arrays
 * emptied, then each item of those arrays on its own (see `validateAt`).
 */
export function validateSchema(report: unknown): string[] {
  if (!isObject(report)) return validate('report', report);
  const hollow: Json = { ...report };
  const parts: { ref: string; path: string; items: unknown[] }[] = [];
  for (const { key, ref } of TOP_ARRAYS) {
    const items = report[key];
    if (Array.isArray(items)) parts.push({ ref, path: `/${key}`, items });
    if (Array.isArray(items)) hollow[key] = [];
  }
  if (isObject(report.sources)) {
    const sources: Json = { ...report.sources };
    for (const side of SIDES) {
      const source = sources[side];
      if (!isObject(source) || !Array.isArray(source.sentences)) continue;
      if (!soundSources.has(source))
        parts.push({ ref: SENTENCE, path: `/sources/${side}/sentences`, items: source.sentences });
      sources[side] = { ...source, sentences: [] };
    }
    hollow.sources = sources;
  }
  const problems = validate('report', hollow);
  for (const { ref, path, items } of parts) {
    items.forEach((item, i) => {
      problems.push(...validateAt(ref, item, `${path}/${i}`));
    });
  }
  return problems;
}
