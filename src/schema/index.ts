import { readFileSync } from 'node:fs';
import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv';
import { bundleReportSchema } from './bundle.js';

/** The schemas of a batch's own files, beside its pair reports. */
const BATCH_SCHEMAS = ['summary', 'outlets', 'findings', 'claim-rows'] as const;

/**
 * The published schemas: `report` for pair reports, `claims` for `claims/` files, and a batch's
 * own files (user trial 6, item 9): `summary` (summary.json), `outlets` (outlets.json),
 * `findings` and `claim-rows` (one line of findings.jsonl and claims.jsonl).
 */
export const SCHEMA_NAMES = [...(['report', 'claims'] as const), ...BATCH_SCHEMAS] as const;

/** The name of a published schema. */
export type SchemaName = (typeof SCHEMA_NAMES)[number];

const read = (name: SchemaName): Record<string, unknown> => JSON.parse(schemaText(name));

let instance: Ajv.default | undefined;

/**
 * One Ajv instance holding every schema, added once per process (they refer to each other by
 * URN); Ajv compiles each on first use and keeps it.
 */
function ajv(): Ajv.default {
  if (!instance) {
    instance = new Ajv.default({ allErrors: true, strict: false });
    for (const name of SCHEMA_NAMES) instance.addSchema(read(name));
  }
  return instance;
}

/** The compiled check at a schema URN (`urn:crosscheck:report#/definitions/finding`). */
function checkAt(ref: string): ValidateFunction {
  const check = ajv().getSchema(ref);
  if (!check) throw new Error(`no schema at ${ref}`);
  return check;
}

/** The schema as published. */
export function schemaText(name: SchemaName): string {
  return readFileSync(new URL(`./${name}.schema.json`, import.meta.url), 'utf8');
}

/**
 * The schema as `crosscheck schema` prints it: the report schema bundled with the claims
 * definitions it refers to, so it stands alone; every other schema as published (none refers out).
 */
export function standaloneSchemaText(name: SchemaName): string {
  if (name !== 'report') return schemaText(name);
  return `${JSON.stringify(bundleReportSchema(read('report'), read('claims')), null, 2)}\n`;
}

/**
 * Validates one part of a document against the schema at `ref` (e.g.
 * `urn:crosscheck:report#/definitions/finding`); error paths start with `path`. Checking a long
 * array item by item keeps the error path linear: ajv concatenates the error list of every
 * failing `$ref` onto all earlier errors, which is quadratic in the number of errors.
 */
export function validateAt(ref: string, value: unknown, path: string): string[] {
  const check = checkAt(ref);
  if (check(value)) return [];
  return (check.errors ?? []).map(
    (e: ErrorObject) => `${path}${e.instancePath} ${e.message ?? 'is invalid'}`,
  );
}

/** Validates a document; returns readable errors (`/findings/3/kind must be equal to one of…`), empty when valid. */
export function validate(name: SchemaName, document: unknown): string[] {
  const check = checkAt(`urn:crosscheck:${name}`);
  if (check(document)) return [];
  return (check.errors ?? []).map(
    (e: ErrorObject) => `${e.instancePath || '/'} ${e.message ?? 'is invalid'}`,
  );
}
