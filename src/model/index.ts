export type * from './alignment.js';
export type * from './analyzed-source.js';
export type * from './claim.js';
export type * from './diagnostic.js';
export type * from './finding.js';
export { FINDING_KINDS } from './finding.js';
export type * from './report.js';
export type * from './source.js';
export type * from './span.js';
