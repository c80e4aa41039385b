import type { Rule } from '../../model/rule.js';
import type { LineRole, RawSource, SegmentedSource, Sentence } from '../../model/source.js';
import { tokenizeLine } from '../../text/nlp.js';
import { splitLines } from './lines.js';
import { boundSentence } from './long-sentences.js';
import {
  body,
  byPattern,
  headline,
  type RoleInput,
  type RoleRule,
  repeatedLine,
  trailingFragment,
} from './role-rules.js';

// A role rule writes no ruleId: it gives the line a role.
const role = (id: string, summary: string, run: RoleRule): Rule<RoleRule> => ({
  id,
  stage: 'segment',
  summary,
  run,
  outcomes: [],
});

/** Role rules, first match wins. */
export const ROLE_RULES: readonly Rule<RoleRule>[] = [
  role('segment/role-by-pattern', 'captions and promos named in the boilerplate lexicon', byPattern),
  role('segment/role-repeated-line', 'the same line twice in a row: a caption printed twice', repeatedLine),
  role('segment/role-headline', 'the title, or the first short line without final punctuation', headline),
  role(
    'segment/role-trailing-fragment',
    'short unpunctuated lines after the body starts: links, promos',
    trailingFragment,
  ),
  role('segment/role-body', 'every other line is reporting', body),
];

/** The role the first matching rule gives; later rules do not run. */
function firstRole(input: RoleInput): LineRole {
  for (const rule of ROLE_RULES) {
    const found = rule.run(input);
    if (found !== null) return found;
  }
  return 'body';
}

/**
 * Splits a source into lines, gives each line a role, and splits lines into sentences
 * with tokens. Each line is segmented on its own, which keeps sentence offsets exact
 * and stops a sentence from running across a caption.
 */
export function segment(source: RawSource): SegmentedSource {
  const lines = splitLines(source.text);
  const roles: LineRole[] = [];
  for (const line of lines) {
    const input = { line, lines, roles, title: source.meta.title };
    roles.push(firstRole(input));
  }
  const sentences: Sentence[] = [];
  const diagnostics = [...source.diagnostics];
  for (const line of lines) {
    const bounded = tokenizeLine(line.text, line.start).map((s) => boundSentence(s, source.id));
    diagnostics.push(...bounded.flatMap((b) => b.diagnostics));
    for (const piece of bounded.flatMap((b) => b.pieces)) {
      sentences.push({
        id: `s${sentences.length + 1}`,
        index: sentences.length,
        start: piece.start,
        end: piece.end,
        text: source.text.slice(piece.start, piece.end),
        role: roles[line.index],
        paragraph: line.index,
        tokens: piece.tokens,
      });
    }
  }
  return { ...source, diagnostics, sentences };
}
