import type { EntrySchema } from './check-entry.js';

// The pieces every entry schema is built of (entry-schemas.ts, entry-schemas-words.ts).

/** A non-empty string. */
export const str: EntrySchema = { type: 'string', minLength: 1 };
/** A non-empty list of non-empty strings. */
export const words: EntrySchema = { type: 'array', minItems: 1, items: str };
/** One of the values given. */
export const oneOf = (...values: string[]): EntrySchema => ({ enum: values });
/** An object with the properties given, `required` among them. */
export const entry = (required: string[], properties: Record<string, EntrySchema>): EntrySchema => ({
  type: 'object',
  required,
  properties,
});
