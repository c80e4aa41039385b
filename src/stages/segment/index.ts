import type { Rule } from '../../model/rule.js';
import type { LineRole, RawSource, SegmentedSource, Sentence } from '../../model/source.js';
import {
  abbreviationInParentheses,
  headlineInitialism,
  type JoinRule,
  lowerCaseNext,
  openParenthesis,
  partyStateTag,
  punctuationNext,
  quotedExclamationTag,
  stateTagCarry,
  titleAbbreviation,
} from './join-rules.js';
import { labelBesidePromo, labelledTitle } from './label-rules.js';
import { sentencesOfLine } from './line-sentences.js';
import { splitLines } from './lines.js';
import { boundSentence } from './long-sentences.js';
import {
  body,
  byPattern,
  frontMatterTitle,
  headline,
  type RoleInput,
  type RoleRule,
  repeatedLine,
  trailingFragment,
} from './role-rules.js';

// Segment rules write no ruleId: a role rule gives a line its role, a join rule joins two pieces.
const rule = <Run>(id: string, summary: string, run: Run): Rule<Run> => ({
  id,
  stage: 'segment',
  summary,
  run,
  outcomes: [],
});
const role = rule<RoleRule>;
const join = rule<JoinRule>;

/** Role rules, first match wins. */
export const ROLE_RULES: readonly Rule<RoleRule>[] = [
  role(
    'segment/role-front-matter-title',
    "the front matter's title before any body text: the headline, whatever the lexicon says",
    frontMatterTitle,
  ),
  role('segment/role-by-pattern', 'captions and promos named in the boilerplate lexicon', byPattern),
  role('segment/role-repeated-line', 'the same line twice in a row: a caption printed twice', repeatedLine),
  role(
    'segment/role-headline',
    'the first short line that is unpunctuated, in title case, or in AP headline style (no leading article, no day, no past tense)',
    headline,
  ),
  role(
    'segment/role-labelled-title',
    '"Series Name: A Title in Title Case" after the body starts, with no digit, date or names-only list: a link to another article',
    labelledTitle,
  ),
  role(
    'segment/role-label-beside-promo',
    'a short "Label: …" line, not a speaker\'s, next to a lexicon link label ("More:", "Related:"): one run of promos (Kohlschütter et al. 2010)',
    labelBesidePromo,
  ),
  role(
    'segment/role-trailing-fragment',
    'short unpunctuated lines after the body starts: links, promos',
    trailingFragment,
  ),
  role('segment/role-body', 'every other line is reporting', body),
];

/** Join rules: a break wink made is undone when any of these says the sentence goes on. */
export const JOIN_RULES: readonly Rule<JoinRule>[] = [
  join('segment/join-lower-case-next', '"(D-Calif.)" | "said it.", "“Get out!”" | "he said."', lowerCaseNext),
  join(
    'segment/join-punctuation-next',
    '"R-Va." | "; House …": no sentence starts with , ; : or )',
    punctuationNext,
  ),
  join(
    'segment/join-open-parenthesis',
    '"(D-R." | "I.) agreed.": no end inside a parenthesis',
    openParenthesis,
  ),
  join(
    'segment/join-abbreviation-in-parentheses',
    '"A (D-Calif.)" | "Senator …": a party-state tag',
    abbreviationInParentheses,
  ),
  join('segment/join-title-abbreviation', '"Sgt. Maj." | "Ray": AP titles, months, "No."', titleAbbreviation),
  join('segment/join-party-state-tag', '"Sen. Ray, R-S." | "C., said …": AP party-state tag', partyStateTag),
  join(
    'segment/join-headline-initialism',
    '"Chance G.O.P." | "Will Lose House": an initialism inside a headline',
    headlineInitialism,
  ),
  join(
    'segment/join-quoted-exclamation-tag',
    '"“Why?”" | "Trump asked.": a quoted ?/! and its tag',
    quotedExclamationTag,
  ),
  join(
    'segment/join-state-tag-carry',
    '"Ruiz, D-N." | "Y. “We …”": the state\'s last part ends the sentence before, the rest starts anew',
    stateTagCarry,
  ),
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
    // Joins first, then the length bound: a join may make a sentence the bound has to split.
    const inHeadline = roles[line.index] === 'headline';
    const bounded = sentencesOfLine(line.text, line.start, inHeadline, JOIN_RULES).map((s) =>
      boundSentence(s, source.id),
    );
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
