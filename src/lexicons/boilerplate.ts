import type { LineRole } from '../model/source.js';
import { loadLexicon } from './load.js';

/** A line pattern and the role it marks. */
export interface LinePattern {
  role: Extract<LineRole, 'caption' | 'boilerplate'>;
  pattern: RegExp;
}

let compiled: LinePattern[] | undefined;

/** Caption and boilerplate line patterns from `data/boilerplate.yaml`, compiled once. */
export function linePatterns(): LinePattern[] {
  compiled ??= loadLexicon<{ role: LinePattern['role']; pattern: string }>('boilerplate').entries.map(
    (e) => ({
      role: e.role,
      pattern: new RegExp(e.pattern, 'iu'),
    }),
  );
  return compiled;
}
