import { hedgeAdverb } from '../../../lexicons/reporting-verbs.js';
import type { AttributionClaim } from '../../../model/claim.js';
import type { Token } from '../../../model/source.js';
import { tokensIn } from './attribution-content.js';

// Inputs: the content tokens of an outer attribution and a plain statement's speaker names and
// verb. Output: the report of a named speaker that the
// attribution's content holds ("… indicated that Ro Tae-jin announced the halt of …"), which
// extraction does not give as a claim of its own, and the content words to compare it by.

/** Tokens between the inner speaker's name and its verb: "Ro Tae-jin announced", "Republicans had begun considering". */
const NAME_TO_VERB = 4;

/** The proper names of an attribution's speaker ("Ro", "Tae-jin"; "Republicans"). */
export function namesOf(tokens: Token[], c: AttributionClaim): Set<string> {
  const s = c.speaker;
  if (!s) return new Set();
  return new Set(
    tokensIn(tokens, s)
      .filter((t) => t.pos === 'PROPN')
      .map((t) => t.text),
  );
}

/** Tokens that may stand between a name and its verb: the rest of the name, an auxiliary ("has announced"). */
const BETWEEN = new Set(['PROPN', 'AUX', 'PUNCT']);
/** How near the start of the outer report's content the name stands: it is the subject of that content. */
const SUBJECT_REACH = 6;

/** Whether a token continues a name or stands between it and its verb ("Tae - jin", "has"). */
const between = (t: Token, prev: Token | undefined) =>
  BETWEEN.has(t.pos) || (prev?.text === '-' && prev.end === t.start);

/**
 * What an outer report says a named speaker said with the same verb, given the tokens of the outer
 * report's content (`inReport`): the tokens after a name of `names` near the start of that
 * content, followed, within `NAME_TO_VERB` tokens of name or auxiliary, by the verb `lemma` ("… indicated that Ro Tae-jin announced the halt of …").
 */
export function innerReport(
  inReport: Token[],
  outer: AttributionClaim,
  names: Set<string>,
  lemma: string,
): Token[] | null {
  // Asked for every plain statement and outer report of a pair (issue 13): index loops, no slices
  // or closures until a report is found.
  for (let i = 0; i < Math.min(inReport.length, SUBJECT_REACH); i++) {
    if (!names.has(inReport[i].text)) continue;
    const verb = verbAfter(inReport, i, lemma);
    if (verb >= 0 && bridged(inReport, i + 1, verb, outer)) return inReport.slice(verb + 1);
  }
  return null;
}

/** Where the verb `lemma` stands within `NAME_TO_VERB` tokens after the name at `name`, or -1. */
function verbAfter(tokens: Token[], name: number, lemma: string): number {
  const end = Math.min(tokens.length, name + 1 + NAME_TO_VERB);
  for (let k = name + 1; k < end; k++) if (tokens[k].pos === 'VERB' && tokens[k].lemma === lemma) return k;
  return -1;
}

/**
 * Whether every token in [from, to) goes on the name or stands between it and its verb, or is a
 * hedging adverb standing as the outer cue: "Ro reportedly announced" (not "is expected to
 * announce": an announcement to come is another event).
 */
function bridged(tokens: Token[], from: number, to: number, outer: AttributionClaim): boolean {
  for (let k = from; k < to; k++) {
    const t = tokens[k];
    if (between(t, tokens[k - 1])) continue;
    if (t.start !== outer.cue.start || hedgeAdverb(t.lower) === undefined) return false;
  }
  return true;
}
