// Reporting cues without a verb (PolNeAR and PARC count them: Pareti 2016, §3): a statement noun
// with its that-clause ("his claim that the plant was safe", "the allegation that …") and a sentence
// that opens with a document or survey as its source ("In the poll, Ostrander led by five points").
import { reportingNoun } from '../../../lexicons/reporting-nouns.js';
import type { Token } from '../../../model/source.js';
import { phraseEndingAt, phraseStartingAt } from '../../../text/noun-phrase.js';
import { contentEnd } from './content-end.js';
import { type AttributionRule, attribution, clauseEnd, speakerOf } from './context.js';
import type { Cue } from './cue.js';
import { surveyCue } from './nominal-survey.js';
import { communicationCue } from './nominal-wordnet.js';
import { GENITIVE, POSSESSIVE, topicCue } from './topic.js';

/** "claim that": a statement noun right before "that"; the cue is the noun. */
function statementCue(tokens: Token[], i: number): Cue | undefined {
  const t = tokens[i];
  if (t.pos !== 'NOUN' || tokens[i + 1]?.lower !== 'that') return undefined;
  const noun = reportingNoun(t.lemma, 'statement') ?? reportingNoun(t.lower, 'statement');
  if (!noun) return undefined;
  return { first: i, last: i, entry: { lemma: noun.noun, kind: 'noun', stance: noun.stance, frame: 'that' } };
}

/** "In the new poll, …": the sentence opens with "In", a document phrase and a comma; the cue is "In". */
function documentCue(tokens: Token[]): Cue | undefined {
  if (tokens[0]?.lower !== 'in') return undefined;
  const np = phraseStartingAt(tokens, 1);
  if (!np || tokens[np.last + 1]?.text !== ',') return undefined;
  const head = tokens[np.last];
  const noun = reportingNoun(head.lemma, 'document') ?? reportingNoun(head.lower, 'document');
  if (!noun) return undefined;
  return {
    first: 0,
    last: 0,
    entry: { lemma: noun.noun, kind: 'document', stance: noun.stance, frame: 'any' },
  };
}

/** Whether token `i` is a cue of `others` or up to five words after one (a loop: asked of every token). */
function nearCue(others: readonly Cue[], i: number): boolean {
  for (const c of others) if (c.first <= i && i - c.last <= 5) return true;
  return false;
}

/** The noun cues of a sentence, given its verb and phrase cues (a document opener only stands alone). */
export function nounCues(tokens: Token[], others: readonly Cue[]): Cue[] {
  const cues: Cue[] = [];
  const opener = others.length === 0 ? documentCue(tokens) : undefined;
  if (opener) cues.push(opener);
  for (let i = 0; i < tokens.length; i++) {
    // "Bloomberg reports that …": a noun already read as a reporting verb is not a second cue.
    // … and "said in a statement that …" is the verb's: a noun a few words after a cue is its adjunct.
    const taken = nearCue(others, i);
    const cue = taken
      ? undefined
      : (statementCue(tokens, i) ??
        topicCue(tokens, i) ??
        communicationCue(tokens, i) ??
        surveyCue(tokens, i));
    if (cue) cues.push(cue);
  }
  return cues;
}

/** "his claim that CONTENT", "Trump's assertion that CONTENT", "the allegation that CONTENT". */
export const statementNoun: AttributionRule = (ctx) => {
  const { tokens, cue } = ctx;
  if (cue.entry.kind !== 'noun') return null;
  const k = cue.last + 2;
  // The clause after "that" needs a verb of its own: "the claim that he made" would be a relative clause
  // with no room for one, so a bare subject + verb ending the sentence is skipped.
  if (k >= tokens.length || ctx.scan.nextVerb[k] >= tokens.length) return null;
  // "the rumour that she had heard": a clause whose last word is its verb lacks an object, a relative clause.
  const lastWord = tokens.at(tokens.at(-1)?.pos === 'PUNCT' ? -2 : -1);
  if (lastWord?.pos === 'VERB' && /(?:ed|en|wn|seen|done|made|said)$/u.test(lastWord.lower)) return null;
  const before = tokens[cue.first - 1];
  let speaker = null;
  if (before && POSSESSIVE.test(before.lower))
    speaker = speakerOf(ctx, { first: cue.first - 1, last: cue.first - 1 });
  else if (before && GENITIVE.test(before.text)) {
    const np = phraseEndingAt(tokens, cue.first - 2);
    if (np) speaker = speakerOf(ctx, np);
  }
  // "the allegation that …" with no possessor is nominalClause's (nominal-clause.ts), which runs next
  // and asks more of the clause before it makes a claim with no speaker.
  if (!speaker) return null;
  return attribution(
    ctx,
    'extract/attribution-statement-noun',
    speaker,
    tokens[cue.last + 1].start,
    contentEnd(ctx, k),
  );
};

/** "In the poll, CONTENT": the document phrase is the source, the rest of the sentence the content. */
export const documentOpener: AttributionRule = (ctx) => {
  const { tokens, cue } = ctx;
  if (cue.entry.kind !== 'document') return null;
  const np = phraseStartingAt(tokens, 1);
  if (!np) return null;
  const from = np.last + 2;
  if (from >= tokens.length || ctx.scan.nextVerb[from] >= tokens.length) return null;
  return attribution(
    ctx,
    'extract/attribution-document-opener',
    speakerOf(ctx, np),
    tokens[from].start,
    clauseEnd(ctx),
  );
};
