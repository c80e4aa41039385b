import { describe, expect, it } from 'vitest';
import { derived } from '../../../src/stages/compare/agreement/agreement-proposition.js';
import { AGREEMENT_VETOES, NO_FACT } from '../../../src/stages/compare/agreement/agreement-vetoes.js';
import { agreementTable } from './agreement-table.js';

// Issue 10: an agreement needs shared propositional content. Pairs written for this test: once
// the speaker with the title, the reporting cue, its setting and the day are set aside, two
// clauses must still share what happened. Every row runs both ways (the symmetry law).

const ROWS: [string, string, boolean][] = [
  // Two speaker tags of one person's two statements: the speaker, cue, setting and day recur, no fact.
  [
    'Harbour union chief negotiator Ada Reyes told reporters at a news conference on Friday',
    'Harbour union chief negotiator Ada Reyes said in a written statement on Friday',
    false,
  ],
  [
    'Ferry company legal director Tomas Ostrander said in an interview on Thursday morning',
    'said ferry company legal director Tomas Ostrander in a statement on Thursday',
    false,
  ],
  // One speaker, two quotations on two points: the tags agree, the quotes share nothing.
  [
    '"We will never sign a contract that cuts the night shifts," harbour union negotiator Ada Reyes told reporters on Friday.',
    '"The port managers ignored our safety complaints for years," harbour union negotiator Ada Reyes said in a statement on Friday.',
    false,
  ],
  // The same quotation under two tags is one statement.
  [
    '"We will never sign a contract that cuts the night shifts," harbour union negotiator Ada Reyes told reporters on Friday.',
    '"We will never sign a contract that cuts the night shifts," Reyes said in a statement.',
    true,
  ],
  // A title that is the fact, not a speaker tag: "was the port's chief engineer".
  [
    'Before the merger, Tomas Ostrander was the chief engineer of the harbour authority for nine years.',
    'Tomas Ostrander served for nine years as chief engineer of the harbour authority before the merger.',
    true,
  ],
  // Two acts of one actor in one context: an apology is no resignation.
  [
    'Councillor Ada Reyes apologized on Friday for her remarks about the harbour pilots and their union.',
    'Councillor Ada Reyes resigned on Monday over her remarks about the harbour pilots and their union.',
    false,
  ],
  // One act in other words, on the same thing.
  [
    'The ferry company halted all night crossings to the northern island on Tuesday.',
    'On Tuesday the ferry company stopped all night crossings to the northern island.',
    true,
  ],
  [
    'The harbour pilots union filed a lawsuit against the ferry company and its insurer on Friday.',
    'The harbour pilots union is suing the ferry company and its insurer, it said on Friday.',
    true,
  ],
  // The same act in the same words, with a tag on one side only.
  [
    'The harbour authority closed the northern ferry terminal for repairs on Tuesday, its spokesman said.',
    'On Tuesday the harbour authority closed the northern ferry terminal for repairs.',
    true,
  ],
  // A body sentence full of names is no title-case headline: its names stay names.
  [
    'The two sprinters were training separately under Olympic Head Coach Ada M. Reyes in Sydney.',
    'She won the relay final under Olympic Head Coach Ada M. Reyes.',
    false,
  ],
  // Review of agree10: real paraphrases that agreed before its vetoes and must agree again.
  // Item 1: the actor kept, the verb changed (a phrasal verb, a passive).
  [
    'Two harbour pilots died in the explosion at the ferry terminal on Tuesday.',
    'Two harbour pilots were killed in the explosion at the ferry terminal on Tuesday.',
    true,
  ],
  [
    'The mayor stepped down over the harbour bribery scandal on Friday.',
    'The mayor resigned over the harbour bribery scandal on Friday.',
    true,
  ],
  [
    'The ferry company pulled out of the harbour expansion deal.',
    'The ferry company withdrew from the harbour expansion deal.',
    true,
  ],
  [
    'The ferry company backed out of the harbour expansion deal on Friday.',
    'The ferry company walked away from the harbour expansion deal on Friday.',
    true,
  ],
  [
    'The harbour pilots walked off the job over unpaid wages on Monday.',
    'The harbour pilots went on strike over unpaid wages on Monday.',
    true,
  ],
  // Item 2: a statement noun that is the topic, its modifiers before or after it.
  [
    'Reyes denied the sexual harassment allegations on Friday.',
    'On Friday Reyes denied allegations of sexual harassment.',
    true,
  ],
  ['Ostrander denied the bribery charges.', 'Ostrander denied charges of bribery, his lawyer said.', true],
  [
    'Prosecutors filed murder charges against Tomas Ostrander on Friday.',
    'Tomas Ostrander was charged with murder on Friday.',
    true,
  ],
  // Item 3: a fronted adverbial and its comma open no postposed tag.
  [
    'Within hours, the harbour pilots union apologized.',
    'The harbour pilots union apologized within hours.',
    true,
  ],
  // Item 4: the same long quotation under two tags, whatever words it holds.
  [
    '"This is what Ostrander said to us in March," Reyes said.',
    '"This is what Ostrander said to us in March," Reyes told the jury.',
    true,
  ],
  // Review of fixagree10, N1: a quotation that opened in the sentence before leaves only its
  // closing mark; the speaker tag after it is outside the quotation, and two remarks share no fact.
  [
    '"The ferry schedule was never the problem. We were lied to," union spokeswoman Lena Ortiz told reporters on Friday.',
    '"Nobody has paid us since March. The council owes us," union spokeswoman Lena Ortiz told reporters on Friday.',
    false,
  ],
  // A tag wholly outside quotation marks is no shared quotation.
  [
    'Union spokeswoman Lena Ortiz told reporters on Friday that the pilots would "never" return.',
    'Union spokeswoman Lena Ortiz told reporters on Friday that wages were "months" late.',
    false,
  ],
  // N2: a setting noun as the object of the cue ("told a news conference") is set aside as after "at".
  [
    'Union spokeswoman Lena Ortiz told a news conference on Friday that the harbour pilots would return to work.',
    'Lena Ortiz, the union spokeswoman, told a news conference on Friday that wages had not been paid since March.',
    false,
  ],
  // N3: "of" + a name after a postposed speaker ends the speaker and is set aside with it.
  [
    'The strike will go on, said union spokeswoman Lena Ortiz of Harbour Lines.',
    'Wages have not been paid since March, said union spokeswoman Lena Ortiz of Harbour Lines.',
    false,
  ],
];

agreementTable('sentence agreement: shared propositional content', ROWS);

describe('a verb form and its nominalisation (derived)', () => {
  it.each([
    ['resigned', 'resignation', true],
    ['elected', 'election', true],
    ['resigned', 'apology', false],
    ['sue', 'suit', false],
    // A bare word never meets a longer word built on it (review of agree10, item 7).
    ['found', 'foundation', false],
    ['police', 'policy', false],
    ['bill', 'billion', false],
    ['author', 'authority', false],
    ['act', 'activist', false],
  ])('%s / %s: %s', (x, y, expected) => {
    expect(derived(x, y)).toBe(expected);
    expect(derived(y, x)).toBe(expected);
  });
});

// Review of fixagree10, N8: the id the shared-quotation pass exempts is the no-fact veto's own.
describe('the no-fact veto id (NO_FACT)', () => {
  it('names a veto of AGREEMENT_VETOES', () => {
    expect(AGREEMENT_VETOES.map((v) => v.id)).toContain(NO_FACT);
  });
});
