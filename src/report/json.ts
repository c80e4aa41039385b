import type { Report } from '../model/report.js';
import { validate } from '../schema/index.js';

/** Thrown when the tool itself produced a report that breaks its own schema: a bug, not a user error. */
export class SchemaViolation extends Error {
  constructor(readonly errors: string[]) {
    super(`report breaks report.schema.json: ${errors.slice(0, 3).join('; ')}`);
    this.name = 'SchemaViolation';
  }
}

/** Serialises a report as stable, indented JSON after validating it against the published schema. */
export function renderJson(report: Report): string {
  const errors = validate('report', report);
  if (errors.length > 0) throw new SchemaViolation(errors);
  return serializeJson(report);
}

// A source's part of a report (its text, sentences and claims) is the same in each of its pairs:
// the pipeline builds it once, deeply frozen, and shares it by that source's reports (issue 13: a
// batch re-serialised it for every pair). A deeply frozen part is serialised once, at the depth
// it sits at in a report; anything else is serialised each time, so a report built or changed by
// hand is written as it is now.
const fragments = new WeakMap<object, string>();

function deeplyFrozen(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return true;
  return Object.isFrozen(value) && Object.values(value).every(deeplyFrozen);
}

/** `value` as `JSON.stringify(…, null, 2)` writes it nested `depth` levels deep. */
function nested(value: unknown, depth: number): string {
  const cacheable = typeof value === 'object' && value !== null && Object.isFrozen(value);
  const hit = cacheable ? fragments.get(value) : undefined;
  if (hit !== undefined) return hit;
  // A string's own line breaks are escaped (\n), so every raw one is the layout's.
  // (An array's undefined item is written as null.)
  const json = JSON.stringify(value, null, 2) ?? 'null';
  const text = json.replaceAll('\n', `\n${'  '.repeat(depth)}`);
  if (cacheable && deeplyFrozen(value)) fragments.set(value, text);
  return text;
}

/** An array two levels deep, each item through `nested`. */
function nestedArray(items: readonly unknown[]): string {
  if (items.length === 0) return '[]';
  return `[\n    ${items.map((item) => nested(item, 2)).join(',\n    ')}\n  ]`;
}

/** A report's field, one level deep: its sources and claims part by part. */
function field(key: string, value: unknown): string {
  if (key === 'claims' && Array.isArray(value)) return nestedArray(value);
  if (key === 'sources' && typeof value === 'object' && value !== null && !Array.isArray(value)) {
    const sides = Object.entries(value).filter(([, v]) => v !== undefined);
    if (sides.length === 0) return '{}';
    return `{\n${sides.map(([k, v]) => `    ${JSON.stringify(k)}: ${nested(v, 2)}`).join(',\n')}\n  }`;
  }
  return nested(value, 1);
}

/**
 * Serialises a report that `assertReport` has checked (schema included), without validating it
 * again: the CLI and batch check every report before rendering it, and a second full validation
 * cost as much as the check (~0.5 ms a pair on the dev corpus). The text is exactly
 * `JSON.stringify(report, null, 2)` and a line break.
 */
export function serializeJson(report: Report): string {
  // JSON.stringify leaves out a field whose value is undefined (or a function): so does this.
  const fields = Object.entries(report).filter(([, v]) => v !== undefined && typeof v !== 'function');
  if (fields.length === 0) return '{}\n';
  return `{\n${fields.map(([k, v]) => `  ${JSON.stringify(k)}: ${field(k, v)}`).join(',\n')}\n}\n`;
}
