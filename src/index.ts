// The public API of crosscheck: re-exports only.
export { UserError, type UserErrorCode } from './errors.js';
export type * from './model/index.js';
export { FINDING_KINDS } from './model/index.js';
export {
  type AnalyzedSource,
  analyzeFile,
  analyzeSource,
  analyzeText,
  type CompareOptions,
  compareFiles,
  compareSources,
  DEFAULT_OMISSION_CAP,
  type OmissionCap,
} from './pipeline.js';
export { checkReport } from './report/check.js';
export { renderJson } from './report/json.js';
export { renderText } from './report/text.js';
export { type SchemaName, schemaText, standaloneSchemaText, validate } from './schema/index.js';
export { VERSION } from './version.js';
