import { reportingVerb } from '../../../lexicons/reporting-verbs.js';
import { functionWords } from '../../../lexicons/word-sets.js';
import type { AttributionClaim } from '../../../model/claim.js';
import type { Token } from '../../../model/source.js';
import type { TextRange } from '../../../model/span.js';
import { isClosingQuote } from '../../../text/quotes.js';
import { tokensIn } from './attribution-content.js';

// Inputs: one attribution claim, the tokens and text of its sentence. Output: the part of its
// content that its own verb governs. Extraction runs a content to the end of the sentence; the
// words past a clause boundary are another verb's or the outlet's, and comparing them as the
// speaker's statement pairs statements that are not the same (issue 10).

/**
 * A word that opens a relative clause ("the buses, which …": a wh-word) or joins a list ("the
 * buses, the trams and …": a coordinator).
 */
const joins = (t: Token) => /^wh/u.test(t.lower) || t.pos === 'CCONJ';
/** Parts of speech a clause's subject starts with. */
const SUBJECT = /^(?:DET|PRON|NOUN|PROPN|ADJ|NUM)$/u;
const VERBAL = /^(?:VERB|AUX)$/u;

/**
 * Whether the words after a comma start a clause: a subject, then a verb within a few words, with
 * no comma or coordinator before it (Huddleston & Pullum 2002, ch. 15: coordination lists).
 */
function mainClause(after: readonly Token[]): boolean {
  if (after.length === 0 || !SUBJECT.test(after[0].pos) || joins(after[0])) return false;
  for (const t of after.slice(1, 6)) {
    if (t.text === ',' || joins(t)) return false;
    if (VERBAL.test(t.pos)) return true;
  }
  return false;
}

/** Where the content stops, as an index into its tokens; `inside.length` when it runs on. */
function boundary(inside: readonly Token[], subordinate: boolean): number {
  for (let i = 1; i < inside.length; i++) {
    const t = inside[i];
    // The comma may sit inside a closing quotation mark: '… fares," adding that …'.
    const comma = isClosingQuote(inside[i - 1].text) && i > 1 ? i - 2 : i - 1;
    if (inside[comma].text !== ',') continue;
    // "While the group claims A, others expect B": the subordinate clause ends at the comma after
    // which the main clause's subject and verb start, not at one of a relative clause or a list.
    if (subordinate) {
      if (mainClause(inside.slice(comma + 1))) return comma;
      continue;
    }
    // "X noted that A, adding that B": B is told with the second verb (judged 2026-11-30).
    if (t.lower.endsWith('ing') && reportingVerb(t.lemma)) return comma;
    // "X says A, though an official said B": B is another speaker's, or the outlet's.
    const later = inside.slice(i + 1);
    if (
      functionWords('contrast').has(t.lower) &&
      later.some((u) => u.pos === 'VERB' && reportingVerb(u.lemma))
    )
      return comma;
  }
  return inside.length;
}

/**
 * The part of an attribution's content its own verb governs: up to a second cue after a comma
 * ("…, adding that …"), a contrasting clause with a verb of speech of its own ("…, though an
 * official said …"), or, when the report stands in a clause opened by a subordinator ("While the
 * group claims …, others …"), that clause's comma (Huddleston & Pullum 2002, ch. 7: the
 * subordinate clause is one constituent).
 */
export function governed(tokens: readonly Token[], text: string, c: AttributionClaim): TextRange {
  const inside = tokensIn(tokens, c.content);
  const opener = tokens.find((t) => /\p{L}/u.test(t.text));
  const subordinate =
    opener !== undefined &&
    functionWords('subordinator').has(opener.lower) &&
    c.cue.start > opener.start &&
    c.content.start > c.cue.start &&
    !tokens.some((t) => t.text === ',' && t.start > opener.start && t.end <= c.cue.start);
  const at = boundary(inside, subordinate);
  if (at >= inside.length) return c.content;
  const end = inside[at].start;
  return { start: c.content.start, end, text: text.slice(c.content.start, end) };
}
