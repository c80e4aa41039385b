import { functionWords } from '../../../lexicons/word-sets.js';
import type { Sentence, Token } from '../../../model/source.js';
import type { Anchor } from './anchors.js';

// Inputs: an absent name or figure of an omission and the sentence it stands in. Whether the lead
// of the omission's explanation ("Only Courier names X; Herald never mentions Y") may name it: an
// actor or a real figure. A user found leads naming "EDT", "Workers", "Pakistan-born", "one
// instance" and "'21'" (of "Project 21"): each still counts as absent for the omission test, but a
// reader takes a lead's words for what the other article lacks, and these say nothing of it.

/** What a time zone follows: "a.m.", "p.m.", a clock time ("10:30 EDT"). */
const CLOCK = /^(?:[ap]\.?m\.?|\d{1,2}:\d\d)$/i;
/**
 * The apostrophe of a plural possessive ("Workers' Party", "Veterans' Affairs"): before a
 * capitalised word it is inside one name. Not "'s": "CNN's Deirdre Walsh" names two actors.
 */
const POSSESSIVE = /^(?:'|’)$/;
/** An opening single quotation mark: a quote is open, so a closing one is no possessive. */
const OPENING = /(?:^|[\s(])['‘]/u;

/** The tokens of a sentence before and after a range. */
function around(sentence: Sentence, range: { start: number; end: number }) {
  const first = sentence.tokens.findIndex((t) => t.start >= range.start);
  const next = sentence.tokens.findIndex((t) => t.start >= range.end);
  const after = next < 0 ? sentence.tokens.length : next;
  return {
    before: sentence.tokens[first - 1] as Token | undefined,
    after: sentence.tokens.slice(after, after + 3),
  };
}

/**
 * A name the lead may name: not a time zone (data/function-words.yaml `time-zone`, after the tz
 * database) after a clock time ("10 a.m. EDT", "10:30 GMT"; not "10 UN inspectors", "a May 10
 * American Bar Association meeting"), not the first part of a plural possessive name the tagger
 * split ("Workers" of "Workers' Party": the word ends in "s" and no quotation is open before it).
 * A name before a hyphen ("Hamas-run", "Pakistan-born") stays named: the name is an actor.
 */
function actorName(a: Anchor, sentence: Sentence): boolean {
  const { before, after } = around(sentence, a.range);
  const clock = before !== undefined && (CLOCK.test(before.text) || /^\d{1,2}$/.test(before.text));
  if (clock && functionWords('time-zone').has(a.range.text)) return false;
  const [x, y] = after;
  const open = OPENING.test(sentence.text.slice(0, a.range.start - sentence.start));
  return !(x && POSSESSIVE.test(x.text) && /s$/.test(a.range.text) && !open && y && /^\p{Lu}/u.test(y.text));
}

/**
 * A figure the lead may name: not "one" before a noun (but "one million dollars" is a figure) ("in one instance", "one side": the numeral
 * as a determiner, where the article would do; Quirk et al. 1985, §5.24), not a number inside a
 * name ("Project 21": a capitalised word right before it, and nothing it counts).
 */
function realFigure(a: Anchor, sentence: Sentence): boolean {
  if (/^one\s(?!(?:thousand|million|billion|trillion)\b)/i.test(a.range.text)) return false;
  const { before } = around(sentence, a.range);
  const counts = a.claim?.kind === 'quantity' && a.claim.noun !== null;
  return !(before && /^\p{Lu}\p{Ll}/u.test(before.text) && before.end === a.range.start - 1 && !counts);
}

/** Whether an omission's lead may name the anchor, found in one of the sentences given. */
export function leadable(a: Anchor, sentences: Sentence[]): boolean {
  const sentence = sentences.find((s) => s.start <= a.range.start && a.range.end <= s.end);
  if (!sentence) return true;
  if (a.type === 'name') return actorName(a, sentence);
  if (a.type === 'figure') return realFigure(a, sentence);
  return true;
}
