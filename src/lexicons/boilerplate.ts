import type { LineRole } from '../model/source.js';
import { loadLexicon } from './load.js';

/** A line pattern and the role it marks. */
export interface LinePattern {
  role: Extract<LineRole, 'caption' | 'boilerplate'>;
  pattern: RegExp;
  /** `promo`: a link label ("More:", "Related:") that marks a run of promo lines. */
  kind?: 'promo';
}

interface Entry {
  role: LinePattern['role'];
  pattern: string;
  kind?: 'promo';
  case?: 'sensitive';
}

let compiled: LinePattern[] | undefined;

/** Caption and boilerplate line patterns from `data/boilerplate.yaml`, compiled once. */
export function linePatterns(): LinePattern[] {
  compiled ??= loadLexicon<Entry>('boilerplate').entries.map((e) => ({
    role: e.role,
    pattern: new RegExp(e.pattern, e.case === 'sensitive' ? 'u' : 'iu'),
    ...(e.kind ? { kind: e.kind } : {}),
  }));
  return compiled;
}

/** The first line pattern that matches a whole line, if any. */
export const linePatternOf = (text: string): LinePattern | undefined =>
  linePatterns().find(({ pattern }) => pattern.test(text));
