import { readFileSync } from 'node:fs';
import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv';
import { bundleReportSchema } from './bundle.js';

/** The published schemas: `report` for pair reports, `claims` for `claims/` files. */
export type SchemaName = 'report' | 'claims';

const read = (name: SchemaName): Record<string, unknown> =>
  JSON.parse(readFileSync(new URL(`./${name}.schema.json`, import.meta.url), 'utf8'));

let compiled: Record<SchemaName, ValidateFunction> | undefined;
let ajvInstance: Ajv.default | undefined;

/** Compiles both schemas once per process. */
function validators(): Record<SchemaName, ValidateFunction> {
  if (!compiled) {
    const ajv = new Ajv.default({ allErrors: true, strict: false });
    ajv.addSchema(read('claims'));
    ajv.addSchema(read('report'));
    ajvInstance = ajv;
    compiled = {
      claims: ajv.getSchema('urn:crosscheck:claims')!,
      report: ajv.getSchema('urn:crosscheck:report')!,
    };
  }
  return compiled;
}

/** The schema as published, for `crosscheck schema [report|claims]`. */
export function schemaText(name: SchemaName): string {
  return readFileSync(new URL(`./${name}.schema.json`, import.meta.url), 'utf8');
}

/**
 * The schema as `crosscheck schema` prints it: the report schema bundled with the claims
 * definitions it refers to, so it stands alone; the claims schema as published.
 */
export function standaloneSchemaText(name: SchemaName): string {
  if (name === 'claims') return schemaText('claims');
  return `${JSON.stringify(bundleReportSchema(read('report'), read('claims')), null, 2)}\n`;
}

/**
 * Validates one part of a document against the schema at `ref` (e.g.
 * `urn:crosscheck:report#/definitions/finding`); error paths start with `path`. Checking a long
 * array item by item keeps the error path linear: ajv concatenates the error list of every
 * failing `$ref` onto all earlier errors, which is quadratic in the number of errors.
 */
export function validateAt(ref: string, value: unknown, path: string): string[] {
  validators();
  const check = ajvInstance?.getSchema(ref);
  if (!check) throw new Error(`no schema at ${ref}`);
  if (check(value)) return [];
  return (check.errors ?? []).map(
    (e: ErrorObject) => `${path}${e.instancePath} ${e.message ?? 'is invalid'}`,
  );
}

/** Validates a document; returns readable errors (`/findings/3/kind must be equal to one of…`), empty when valid. */
export function validate(name: SchemaName, document: unknown): string[] {
  const check = validators()[name];
  if (check(document)) return [];
  return (check.errors ?? []).map(
    (e: ErrorObject) => `${e.instancePath || '/'} ${e.message ?? 'is invalid'}`,
  );
}
