// Precision guards of issue 11: passages (written for the test) where a cue must NOT yield an
// attribution of its own, beside the attributions the passage does hold.
import { describe, expect, it } from 'vitest';
import type { AttributionClaim } from '../../../src/model/claim.js';
import { analyzeText } from '../../../src/pipeline.js';

type Row = [text: string, expected: { cue: string; content: string }[]];

const ROWS: Row[] = [
  // A hedge inside a report's content is the speaker's hedge, already part of what is reported.
  [
    'The mayor said on Friday that she was glad the new levy appeared to work.',
    [{ cue: 'said', content: 'she was glad the new levy appeared to work' }],
  ],
  [
    'Engineers said the old bridge did not appear to need repairs.',
    [{ cue: 'said', content: 'the old bridge did not appear to need repairs' }],
  ],
  // A hedge with no report before it in its clause stays a hedge.
  ['The new levy seems to work.', [{ cue: 'seems to', content: 'The new levy seems to work' }]],
  [
    'The mayor said the vote was close. In May, the levy appeared to work.',
    [
      { cue: 'said', content: 'the vote was close' },
      { cue: 'appeared to', content: 'the levy appeared to work' },
    ],
  ],
  // A bare verb after a singular subject in a mandative that-clause is a subjunctive, adverbs skipped.
  [
    'The council demanded that the state prove that the counts were right.',
    [{ cue: 'demanded', content: 'the state prove that the counts were right' }],
  ],
  [
    'The council demanded that the state quickly prove that the counts were right.',
    [{ cue: 'demanded', content: 'the state quickly prove that the counts were right' }],
  ],
  // After a plural subject the bare form is also the present: "suggest" takes factual clauses too.
  [
    'The study suggests that most residents say the water is safe.',
    [
      { cue: 'suggests', content: 'most residents say the water is safe' },
      { cue: 'say', content: 'the water is safe' },
    ],
  ],
  [
    'Aides suggested that voters believe the economy is weak.',
    [
      { cue: 'suggested', content: 'voters believe the economy is weak' },
      { cue: 'believe', content: 'the economy is weak' },
    ],
  ],
  // Outside a mandative clause a bare verb after a plural subject is a present: a report.
  [
    'The mayor said that officials report that the river is safe.',
    [
      { cue: 'said', content: 'officials report that the river is safe' },
      { cue: 'report', content: 'the river is safe' },
    ],
  ],
  // A fronted adjunct before "X said" is no content: the content is what follows the cue.
  [
    'On the radio, the treasurer called the levy a failure.',
    [{ cue: 'called', content: 'the levy a failure' }],
  ],
  [
    'In her letter on Tuesday, the dean proclaimed a motto of "books for every pupil."',
    [{ cue: 'proclaimed', content: 'a motto of "books for every pupil."' }],
  ],
  [
    'During his term, the mayor said, most voters backed the plan.',
    [{ cue: 'said', content: 'most voters backed the plan' }],
  ],
  // A parenthetical tag after a noun phrase keeps the old reading.
  ['The goal, he said, is a safer city.', [{ cue: 'said', content: 'The goal' }]],
  // A quoted object ends at the mark that pairs with its opening one, not at an apostrophe.
  [
    'The aide typed “the workers’ demands” in the memo.',
    [{ cue: 'typed', content: '“the workers’ demands”' }],
  ],
  [
    'The aide typed "the workers\' demands" in the memo.',
    [{ cue: 'typed', content: '"the workers\' demands"' }],
  ],
  // An opening "asked" clause is the question put to the speaker, never the content of a tag.
  [
    'Asked why the ferry was late, the captain said the engine failed.',
    [
      { cue: 'Asked', content: 'why the ferry was late' },
      { cue: 'said', content: 'the engine failed' },
    ],
  ],
  [
    'When asked about the delay, Ruiz said the engine failed.',
    [
      { cue: 'asked', content: 'about the delay' },
      { cue: 'said', content: 'the engine failed' },
    ],
  ],
  // A verb of operating a device is no verb of speech, whatever WordNet's lexicographer file says.
  ['The officer dialed “911” and waited.', []],
  // A clause before the comma stays the content of a postposed tag.
  [
    'The bridge will reopen, the mayor said in a statement.',
    [{ cue: 'said', content: 'The bridge will reopen' }],
  ],
  // Blind 38 reader: an irregular participle after a form of "be" is a passive, whose subject is
  // what was found or told, not a speaker of what stands before it.
  [
    'The driver testified that he had braked for a deer; no deer was found at the scene.',
    [{ cue: 'testified', content: 'he had braked for a deer; no deer was found at the scene' }],
  ],
  ['The ferry would leave at noon, he was told.', []],
  // A progressive is no passive: "he was speaking" has its speaker.
  [
    'The ferry would leave at noon, he was saying.',
    [{ cue: 'saying', content: 'The ferry would leave at noon' }],
  ],
];

describe('attribution precision guards (issue 11)', () => {
  it.each(ROWS)('%s', (text, expected) => {
    const found = analyzeText(text, { outlet: 'test', published: '2026-11-30' }).claims.filter(
      (c): c is AttributionClaim => c.kind === 'attribution',
    );
    expect(found.map((a) => ({ cue: a.cue.text, content: a.content.text }))).toEqual(expected);
  });
});
