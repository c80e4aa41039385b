import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../../src/pipeline.js';
import { factWords } from '../../../src/stages/compare/agreement/agreement-fact.js';
import { article } from './facts-helpers.js';

/** The words of sentence `x` that `factWords` sets aside (speaker, cue, setting, date), lower-cased. */
function setAside(x: string): string[] {
  const s = analyzeText(article('A', '2016-03-02', [x]), {}, 'ev/a.txt').sentences.find((q) =>
    x.startsWith(q.text.slice(0, 20)),
  );
  if (!s) throw new Error(`no sentence for ${x}`);
  const words = factWords(s);
  return s.tokens
    .filter((t, i) => words[i] === undefined && /\p{L}/u.test(t.text) && t.pos !== 'DET')
    .map((t) => t.lower);
}

// Review of agree10, items 2, 3 and 5: sentences written for this test, and the content words that
// must stay facts.
const ROWS: [string, string[]][] = [
  // A run after a cue followed by a verb is the subject of what was said, not the speaker.
  ['Officials said police arrested three harbour pilots on Friday.', ['police']],
  ['The union said the harbour pilots will strike on Monday.', ['harbour', 'pilots']],
  // A fronted adverbial and its comma open no postposed tag: the subject and verb are the fact.
  ['Within hours, the harbour pilots union apologized.', ['union', 'apologized']],
  // A statement noun is the topic, with its modifiers; a setting noun outside its frame is a fact.
  ['Reyes denied the sexual harassment allegations on Friday.', ['sexual', 'harassment', 'allegations']],
  ['The senator gave a speech on free speech at the harbour festival.', ['speech']],
  // Review of fixagree10, N4: a fronted subordinate clause or participle is no reported clause.
  ['After the ferry sank, the harbour pilots union apologized.', ['union', 'apologized']],
  ['Pressed by reporters, the harbour pilots union apologized.', ['union', 'apologized']],
  // N7: a setting's phrase does not reach back over the reported verb.
  ['Reyes said the pilots on the ferry refused interviews.', ['refused']],
  // N3: a postposed speaker ends at "of"; what follows a verb is no speaker's organisation.
  ['Officials said police of the harbour arrested three pilots.', ['police', 'arrested']],
  // User trial 21: only a title set off by commas on both sides stands beside the speaker; the
  // object of the reported clause before a tag does not.
  ['Police arrested the harbour pilots, Ortiz said.', ['harbour', 'pilots']],
  ['Police arrested the harbour pilots, the mayor, Ortiz said.', ['harbour', 'pilots']],
  // Review of truth21: a victim's or a place's name before a speaker the cue follows directly.
  ['The blast killed the mayor, Ana Costa, officials said.', ['ana', 'costa']],
  ['Two people died in Ashby, Kent, police said.', ['kent']],
  // A title's "of" reaches only to the punctuation that closes the tag; the fact stays.
  ['Lena Ortiz, president of the union, said fares rose.', ['fares', 'rose']],
  ['Fares rose, according to the authority, after the strike ended.', ['fares', 'rose', 'strike', 'ended']],
];

describe('fact words kept (factWords)', () => {
  it.each(ROWS)('%s keeps %j', (x, kept) => {
    const aside = setAside(x);
    for (const w of kept) expect(aside).not.toContain(w);
  });
  it.each([
    [
      'Harbour union negotiator Ada Reyes said in a written statement on Friday.',
      ['statement', 'reyes', 'said'],
    ],
    ['"The talks failed," the ferry company added.', ['added']],
    // N2: the setting as the cue's object, as after "at".
    [
      'Union spokeswoman Lena Ortiz told a news conference on Friday that the pilots left.',
      ['news', 'conference'],
    ],
    // N3: "of" and a name or organisation after a postposed speaker go with it.
    [
      'The strike will go on, said union spokeswoman Lena Ortiz of Harbour Lines.',
      ['spokeswoman', 'harbour', 'lines'],
    ],
    ['The strike will go on, said Lena Ortiz of the harbour pilots union.', ['ortiz', 'pilots', 'union']],
    // User trial 21: a title set off by commas beside the speaker's name is the speaker too.
    [
      'Two workers died on Tuesday, the county\u2019s fire marshal, Lena Ortiz, said.',
      ['county', 'fire', 'marshal', 'ortiz'],
    ],
    [
      'Two workers died on Tuesday, Lena Ortiz, the county fire marshal, said.',
      ['county', 'fire', 'marshal'],
    ],
    ['The county fire marshal, Lena Ortiz, said crews fought the blaze.', ['county', 'fire', 'marshal']],
    ['The strike will go on, said Lena Ortiz, the union\u2019s spokeswoman.', ['union', 'spokeswoman']],
    // Blind 33 reader: a tag alone matched as one fact. A title's complement after "of" is the
    // speaker's too, and "according to" is a cue whose speaker may open with a determiner.
    [
      'The strike will go on, said Lena Ortiz, president of the harbour pilots union.',
      ['president', 'harbour', 'pilots', 'union'],
    ],
    [
      'Fares rose 2% in March, according to the Velmar Transport Authority.',
      ['according', 'transport', 'authority'],
    ],
    ['Fares rose, according to economists at the harbour bank.', ['according', 'economists']],
    [
      'The strike will go on, said Lena Ortiz, the firm\u2019s head of harbour operations.',
      ['head', 'harbour', 'operations'],
    ],
  ])('%s sets aside %j', (x, aside) => {
    const got = setAside(x);
    for (const w of aside) expect(got).toContain(w);
  });
});
