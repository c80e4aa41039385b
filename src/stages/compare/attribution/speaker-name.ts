import { reportingVerb } from '../../../lexicons/reporting-verbs.js';
import type { AnalyzedSource } from '../../../model/analyzed-source.js';
import type { AttributionClaim } from '../../../model/claim.js';
import type { Token } from '../../../model/source.js';

// Inputs: an attribution claim of a source and the source's tokens. Output: the name an
// explanation may give its speaker. A speaker is the subject of its reporting verb (or the agent
// of a passive one, or the object of "according to"); extraction sometimes takes the object of a
// preposition ("a claim in district court alleging") or a whole clause ("The memo quotes the
// Guild of …, which wrote"), and naming that would misreport who says it (issue 10, user
// trial 12). Such a speaker is left unnamed in the explanation; the claim keeps it.

/** The preposition whose object is the speaker of a passive reporting verb ("was denied by the ministry"). */
const AGENT = 'by';

/**
 * Whether a token of a speaker is a reporting verb used as a verb, which a clause holds and a name
 * does not: tagged a verb, or a reporting word right before a determiner ("The memo quotes the
 * …", the tagger reading "quotes" as a plural noun), as no noun inside a noun phrase stands.
 */
const reports = (t: Token, next: Token | undefined) =>
  reportingVerb(t.lemma) !== undefined &&
  (t.pos === 'VERB' || (next?.pos === 'DET' && reportingVerb(t.lower.replace(/s$/, '')) !== undefined));

/** The speaker's text when it can be the subject of the reporting verb, else undefined. */
export function speakerName(source: AnalyzedSource, claim: AttributionClaim): string | undefined {
  const speaker = claim.speaker;
  if (!speaker) return undefined;
  const sentence = source.sentences.find((s) => s.start <= speaker.start && speaker.end <= s.end);
  if (!sentence) return speaker.text;
  const tokens = sentence.tokens;
  const first = tokens.findIndex((t) => t.start >= speaker.start);
  const inside = tokens.filter((t) => t.start >= speaker.start && t.end <= speaker.end);
  if (inside.some((t, i) => reports(t, inside[i + 1]))) return undefined;
  let at = first - 1;
  while (at >= 0 && tokens[at].pos === 'DET') at -= 1;
  const before = tokens[at];
  const inCue = (t: Token) => claim.cue.start <= t.start && t.end <= claim.cue.end;
  if (before && before.pos === 'ADP' && before.lower !== AGENT && !inCue(before)) return undefined;
  // "Four children were among the dead, she said": the name the pronoun was resolved to, not "she".
  const antecedent = speaker.antecedent;
  return antecedent ? source.text.slice(antecedent.start, antecedent.end) : speaker.text;
}
