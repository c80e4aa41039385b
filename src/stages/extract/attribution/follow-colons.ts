// A name and a colon open a whole paragraph of speech in transcripts and Q&A ("WALLACE: Let's
// start with the news. After the debate …"): the sentences after the colon's sentence, up to the
// end of its paragraph, are the speaker's too.
import { rangeOf } from './context.js';
import { type Continuation, type ContinuationPass, continuation } from './follow-quotes.js';

const COLON_RULES = new Set(['extract/attribution-colon']);

/** Continuations for the rest of the paragraph after each "NAME: …" attribution. */
export const followColons: ContinuationPass = ({ sentences, drafts, text }) => {
  const found: Continuation[] = [];
  drafts.forEach((inSentence, i) => {
    const owner = inSentence.find((d) => COLON_RULES.has(d.ruleId));
    if (!owner) return;
    for (let j = i + 1; j < sentences.length && sentences[j].paragraph === sentences[i].paragraph; j++) {
      // A sentence with attributions of its own is sourced by them.
      if (drafts[j].length > 0) break;
      const content = rangeOf(text, sentences[j].start, sentences[j].end);
      if (content)
        found.push({
          owner,
          draft: continuation(owner, sentences[j], content, 'extract/attribution-colon-continuation'),
        });
    }
  });
  return found;
};
