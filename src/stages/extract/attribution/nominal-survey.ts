// A clause that places its finding "in" a survey: "Vance did well in two online polls", "she gained
// ground in one of the first polls" (invented examples). PolNeAR annotates "in" as the cue, the
// survey as the source and the clause before it as the content (Newell, Margolin & Ruths 2018;
// Pareti 2016, §3: a source may be a survey). The clause needs a verb of its own: "the error in the
// poll" or "gains in some polls" state no finding by themselves. The survey nouns are the document
// nouns of reporting-nouns.yaml marked `surveyIn`. A sentence that opens with "In the poll," is
// documentOpener's (nominal.ts).
import { isSurveyNoun } from '../../../lexicons/nominal-cues.js';
import type { Token } from '../../../model/source.js';
import { phraseStartingAt, type TokenRange } from '../../../text/noun-phrase.js';
import { isVerb } from './content-end.js';
import { type AttributionRule, attribution, speakerOf } from './context.js';
import type { Cue } from './cue.js';

/** Verbs of answering a survey ("responded in the poll", "were asked in the survey"). */
const RESPOND = new Set(['respond', 'participate', 'ask']);

/** Whether token `t` says who took part in a survey rather than what it found ("took part in"). */
const takesPart = (t: Token, i: number, clause: Token[]): boolean =>
  RESPOND.has(t.lemma) || (t.lemma === 'take' && clause[i + 1]?.lower === 'part');

/** Words that head a partitive before "of" ("one of the polls", "some of the surveys"). */
const PARTITIVE = new Set(['NUM', 'DET', 'PRON', 'ADJ']);

/** The survey phrase after "in" at token `i`, over a partitive (Huddleston & Pullum 2002, ch. 5): its range, or null. */
function surveyAfter(tokens: Token[], i: number): TokenRange | null {
  let from = i + 1;
  if (tokens[from + 1]?.lower === 'of' && PARTITIVE.has(tokens[from]?.pos ?? '')) from += 2;
  const np = phraseStartingAt(tokens, from);
  if (!np) return null;
  const head = tokens[np.last];
  return head.pos === 'NOUN' && isSurveyNoun(head.lemma) ? { first: i + 1, last: np.last } : null;
}

/** "in" before a survey phrase, not opening the sentence; the cue is "in". */
export function surveyCue(tokens: Token[], i: number): Cue | undefined {
  const t = tokens[i];
  if (i === 0 || t.lower !== 'in' || t.pos !== 'ADP' || !surveyAfter(tokens, i)) return undefined;
  return { first: i, last: i, entry: { lemma: 'in', kind: 'survey', stance: 'said', frame: 'any' } };
}

/** "CLAUSE in SURVEY": the clause from its start (the sentence's, or after the last comma) to "in". */
export const surveyClause: AttributionRule = (ctx) => {
  const { tokens, cue } = ctx;
  if (cue.entry.kind !== 'survey') return null;
  const survey = surveyAfter(tokens, cue.first);
  // "it was plain in surveys that Ostrander would lose": the finding is the extraposed that-clause, not the clause before.
  if (!survey || tokens[survey.last + 1]?.lower === 'that') return null;
  let from = cue.first - 1;
  while (from > 0 && tokens[from - 1].text !== ',') from--;
  const clause = tokens.slice(from, cue.first);
  // The content states something: a verb before "in" ("did well"); taking part in a survey, answering
  // or being asked in it is the survey's method, not its finding.
  if (!clause.some(isVerb) || clause.some(takesPart)) return null;
  const speaker = speakerOf(ctx, { first: survey.first, last: survey.last });
  return attribution(
    ctx,
    'extract/attribution-survey-clause',
    speaker,
    tokens[from].start,
    tokens[cue.first].start,
  );
};
