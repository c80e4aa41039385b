// A small JSON Schema checker for lexicon entries: the subset entry-schemas.ts uses (type,
// required, properties, items, enum, pattern, minLength, minItems, minimum, exclusiveMinimum).
// Lexicons load in every worker; compiling them with ajv cost ~40 ms each, this costs nothing.
// test/lexicons/lexicon-files.test.ts checks that ajv agrees on every file.

/** The schema subset this checker reads. */
export interface EntrySchema {
  type?: 'object' | 'array' | 'string' | 'number' | 'integer' | 'boolean';
  required?: readonly string[];
  properties?: Readonly<Record<string, EntrySchema>>;
  items?: EntrySchema;
  enum?: readonly (string | number)[];
  pattern?: string;
  minLength?: number;
  minItems?: number;
  minimum?: number;
  exclusiveMinimum?: number;
}

function typeOk(type: EntrySchema['type'], value: unknown): boolean {
  if (type === undefined) return true;
  if (type === 'array') return Array.isArray(value);
  if (type === 'object') return typeof value === 'object' && value !== null && !Array.isArray(value);
  if (type === 'integer') return Number.isInteger(value);
  return typeof value === type;
}

/** Problems of `value` against `schema`, each as `<path> <message>` like ajv's; [] when it fits. */
export function checkEntry(schema: EntrySchema, value: unknown, path = ''): string[] {
  const at = path || '/';
  if (!typeOk(schema.type, value)) return [`${at} must be ${schema.type}`];
  if (schema.enum && !schema.enum.includes(value as string | number))
    return [`${at} must be equal to one of the allowed values`];
  const problems: string[] = [];
  if (typeof value === 'string') {
    if (schema.minLength !== undefined && value.length < schema.minLength)
      problems.push(`${at} must NOT have fewer than ${schema.minLength} characters`);
    if (schema.pattern !== undefined && !new RegExp(schema.pattern, 'u').test(value))
      problems.push(`${at} must match pattern "${schema.pattern}"`);
  }
  if (typeof value === 'number') {
    if (schema.minimum !== undefined && value < schema.minimum)
      problems.push(`${at} must be >= ${schema.minimum}`);
    if (schema.exclusiveMinimum !== undefined && value <= schema.exclusiveMinimum)
      problems.push(`${at} must be > ${schema.exclusiveMinimum}`);
  }
  if (Array.isArray(value)) {
    if (schema.minItems !== undefined && value.length < schema.minItems)
      problems.push(`${at} must NOT have fewer than ${schema.minItems} items`);
    const { items } = schema;
    if (items)
      for (const [i, item] of value.entries()) problems.push(...checkEntry(items, item, `${path}/${i}`));
  } else if (typeof value === 'object' && value !== null) {
    const record = value as Record<string, unknown>;
    for (const key of schema.required ?? [])
      if (!(key in record)) problems.push(`${at} must have required property '${key}'`);
    for (const [key, sub] of Object.entries(schema.properties ?? {}))
      if (key in record) problems.push(...checkEntry(sub, record[key], `${path}/${key}`));
  }
  return problems;
}
