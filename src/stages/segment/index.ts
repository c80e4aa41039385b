import type { LineRole, RawSource, SegmentedSource, Sentence } from '../../model/source.js';
import { type TokenizedSentence, tokenizeLine } from '../../text/nlp.js';
import {
  abbreviationInParentheses,
  type JoinRule,
  lowerCaseNext,
  openParenthesis,
  quotedExclamationTag,
  titleAbbreviation,
} from './join-rules.js';
import { splitLines } from './lines.js';
import {
  body,
  byPattern,
  headline,
  type RoleInput,
  type RoleRule,
  repeatedLine,
  trailingFragment,
} from './role-rules.js';

/** Role rules, first match wins. */
export const ROLE_RULES: readonly RoleRule[] = [
  byPattern, // captions and promos named in the boilerplate lexicon
  repeatedLine, // the same line twice in a row: a caption printed twice
  headline, // the title, or the first short line without final punctuation
  trailingFragment, // short unpunctuated lines after the body starts: links, promos
  body, // the rest
];

/** Join rules: a break wink made is undone when any of these says the sentence goes on. */
export const JOIN_RULES: readonly JoinRule[] = [
  lowerCaseNext, // "(D-Calif.)" | "said it.", "“Get out!”" | "he said."
  openParenthesis, // "(D-R." | "I.) agreed."
  abbreviationInParentheses, // "A (D-Calif.)" | "Senator …"
  titleAbbreviation, // "Sgt. Maj." | "Ray", "Rev." | "Al Sharpton."
  quotedExclamationTag, // "“Why?”" | "Trump asked."
];

/** wink's sentences of one line, with the breaks the join rules undo merged back. */
function sentencesOfLine(text: string, start: number): TokenizedSentence[] {
  const pieces: TokenizedSentence[] = [];
  for (const piece of tokenizeLine(text, start)) {
    const before = pieces.at(-1);
    if (before && JOIN_RULES.some((rule) => rule({ before: before.tokens, after: piece.tokens }))) {
      before.tokens.push(...piece.tokens);
      before.end = piece.end;
    } else pieces.push({ ...piece, tokens: [...piece.tokens] });
  }
  return pieces;
}

/** The role the first matching rule gives; later rules do not run. */
function firstRole(input: RoleInput): LineRole {
  for (const rule of ROLE_RULES) {
    const role = rule(input);
    if (role !== null) return role;
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
  for (const line of lines) {
    for (const piece of sentencesOfLine(line.text, line.start)) {
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
  return { ...source, sentences };
}
