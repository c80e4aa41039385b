// A comment clause with a reporting verb (Quirk et al. 1985, §15.54) attributes the clause it
// comments on: "As the mayor noted, the budget is tight", "The budget is tight, as the mayor
// pointed out.", "The budget, as the mayor observed, is tight". The verb has no complement of its
// own (withoutObject, and no verb or "that" before the comma): the clause it comments on is its
// content ("as the mayor put it" has its own rule).
import { verbClass } from '../../../lexicons/word-sets.js';
import type { Token } from '../../../model/source.js';
import { phraseStartingAt } from '../../../text/noun-phrase.js';
import { isVerb } from './content-end.js';
import { type AttributionRule, attribution, clauseEnd, speakerOf } from './context.js';
import { cueSubject } from './distant-subject.js';
import { isTimePhrase } from './speaker-time.js';

/** Frames of verbs that take a clause: their comment clause stands for that clause. */
const CLAUSE_FRAMES = new Set(['any', 'that', 'clause']);

/**
 * Whether the word after the cue leaves it without an object: a preposition, an adverb, a mark or a
 * time ("as the mayor noted in May / last week"). "As the firm reported a loss" has its object: "as"
 * is then a time or a reason (Quirk et al. 1985, 15.25, 15.46), not a comment clause. A verb that names
 * its hearer keeps it ("as the engineer told reporters", Quirk 16.59).
 */
function withoutObject(tokens: Token[], after: number, lemma: string): boolean {
  const next = tokens[after];
  if (!next || /^(?:ADP|ADV|PUNCT)$/u.test(next.pos) || verbClass('addressee').has(lemma)) return true;
  const phrase = phraseStartingAt(tokens, after);
  return phrase !== null && isTimePhrase(tokens, phrase);
}

/** "as X noted": the speaker between "as" and the cue; the content is the clause commented on. */
export const asNoted: AttributionRule = (ctx) => {
  const { tokens, cue } = ctx;
  if (cue.entry.kind === 'phrase' ? cue.entry.lemma === 'put it' : tokens[cue.first].pos !== 'VERB')
    return null;
  // "As Trump spoke, …": a verb of talking takes no clause, so its "as" clause is a time.
  if (!CLAUSE_FRAMES.has(cue.entry.frame) || verbClass('talk').has(cue.entry.lemma)) return null;
  const np = cueSubject(tokens, cue, ctx.cues);
  const as = np ? np.first - 1 : -1;
  if (!np || tokens[as]?.lower !== 'as') return null;
  // The clause ends at a comma or the sentence's end with no complement of the verb before it:
  // "as the mayor pointed out in May, …" (an adjunct may stand there), not "as the mayor said that …".
  let end = cue.last + 1;
  if (!withoutObject(tokens, end, cue.entry.lemma)) return null;
  while (end < tokens.length && !/^[,.;!?]$/u.test(tokens[end].text)) {
    if (/^(?:VERB|AUX)$/u.test(tokens[end].pos) || tokens[end].lower === 'that') return null;
    end++;
  }
  const speaker = speakerOf(ctx, np);
  const opens = tokens.slice(0, as).every((t) => t.pos === 'PUNCT' || t.pos === 'CCONJ' || t.pos === 'ADV');
  const comma = tokens[end]?.text === ',';
  if (opens && comma && end + 1 < tokens.length)
    return attribution(ctx, 'extract/attribution-as-noted', speaker, tokens[end + 1].start, clauseEnd(ctx));
  if (tokens[as - 1]?.text !== ',') return null;
  // The content runs from the sentence start, so nothing before "as" may be another report: "Ruiz
  // said that, as the mayor noted, …" would credit the mayor with Ruiz's report. "The budget, as the
  // mayor observed, is tight": the host before the comment is the subject alone, with no verb; the
  // span then holds the comment too (one span cannot leave it out). "…, as the mayor noted.": the clause before it.
  if (ctx.cues.some((c) => c !== cue && c.first < as)) return null;
  if (comma && tokens.slice(0, as).some(isVerb)) return null;
  const to = comma ? clauseEnd(ctx) : tokens[as - 1].start;
  return attribution(ctx, 'extract/attribution-as-noted', speaker, ctx.sentence.start, to);
};
