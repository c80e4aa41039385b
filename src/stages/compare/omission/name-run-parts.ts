import { isStateName } from '../../../lexicons/us-states.js';
import type { Token } from '../../../model/source.js';
import type { TextRange } from '../../../model/span.js';
import { hasLetter } from '../weights.js';
import { lettersOf } from './acronyms.js';
import type { NameTest } from './anchors.js';
import type { NameRun } from './name-runs.js';

// Inputs: a run of name words (name-runs.ts) and its source's text. What a name anchor reads of
// the run alone, whatever the other article: where the name is, and how it is written. A
// sentence's runs are kept for its source (anchors.ts `prepared`), and every pair of the source
// built these again for every run (issue 13; speed26's "Left"): once a run now. Shared: only read.

/** A name's range without quotation marks a token may keep at its edge ("2001'"): no part of the name. */
export function runRange(tokens: Token[], text: string): TextRange {
  const [from, to] = [tokens[0].start, tokens[tokens.length - 1].end];
  const raw = text.slice(from, to);
  const lead = raw.length - raw.replace(/^['’"“”‘]+/, '').length;
  const trail = raw.length - raw.replace(/['’"“”‘]+$/, '').length;
  if (lead + trail >= raw.length) return { start: from, end: to, text: raw };
  const [start, end] = [from + lead, to - trail];
  return { start, end, text: text.slice(start, end) };
}

/** A run's range and name test, for the text they were read in. */
interface RunParts {
  text: string;
  where: TextRange;
  written?: NameTest;
}

const partsByRun = new WeakMap<NameRun, RunParts>();

function partsOf(r: NameRun, text: string): RunParts {
  let parts = partsByRun.get(r);
  // The text is checked: a run asked of another text is read anew, so no answer depends on what ran before.
  if (!parts || parts.text !== text) {
    parts = { text, where: r.title ?? runRange(r.run, text) };
    partsByRun.set(r, parts);
  }
  return parts;
}

/** Where a run's name is: a quoted title's words, else the run without quotation marks at its edges. */
export const whereOf = (r: NameRun, text: string): TextRange => partsOf(r, text).where;

/**
 * The name as written, to be looked for in the other article: its head word, initials and
 * lower-cased words, and the state it is. A quoted title is mentioned by all its name words, not
 * by its last one alone (name-mentioned.ts `nameMentioned`).
 */
export function writtenOf(r: NameRun, text: string): NameTest {
  const parts = partsOf(r, text);
  if (!parts.written) {
    const { core, head, initials, title } = r;
    const lowers = (title ? core.filter((t) => hasLetter(t.text)) : core).map(lettersOf);
    const coreText = text.slice(core[0].start, core[core.length - 1].end);
    const state = isStateName(coreText) ? { state: coreText } : {};
    parts.written = { head: title ? '' : head.text, initials, lowers, ...state };
  }
  return parts.written;
}
