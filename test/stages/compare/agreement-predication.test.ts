import { describe, expect, it } from 'vitest';
import { sameActVerbs } from '../../../src/lexicons/predication-verbs.js';
import { analyzeText } from '../../../src/pipeline.js';
import { predicationsOf } from '../../../src/stages/compare/agreement/agreement-predication.js';
import { agreementTable } from './agreement-table.js';

// Issue 10: one act told in other words keeps its predication (the act, what it is done to, and
// one more participant). Passages written for this test.

/** The predications of the first sentence of `text`, as `verb object governor`. */
const predications = (text: string): string[] => {
  const source = analyzeText(`---\noutlet: A\npublished: 2016-03-02\n---\n${text}\n`, {}, 'ev/a.txt');
  return predicationsOf(source.sentences[0]).map((p) => `${p.verb} ${p.object} ${p.governor}`);
};

describe('predicationsOf', () => {
  it.each([
    ['The two unions released an identical statement on Friday.', 'release statement main'],
    ['The ferry board would issue a formal apology.', 'issue apology modal'],
    ['The council pledged to repair the harbour wall.', 'repair wall to:intent'],
    ['The harbour critics accused him of leaking the audit report.', 'leak report embedded'],
    ['The identical statements were issued by both unions.', 'issue statement main'],
  ])('%s has %s', (text, expected) => {
    expect(predications(text)).toContain(expected);
  });
  it('a base form after a preposition is no verb: "a certificate of live birth" holds no act', () => {
    expect(predications('The clerk has a certificate of live birth from the county.')).toEqual([]);
  });
  it('a reporting verb is no act: "said" heads no predication', () => {
    expect(predications('The mayor said the harbour wall held.').some((p) => p.startsWith('say '))).toBe(
      false,
    );
  });
});

describe('sameActVerbs (WordNet 3.1 synsets)', () => {
  it.each([
    ['issue', 'release', true],
    ['release', 'publish', true],
    ['issue', 'issue', true],
    ['release', 'arrest', false],
    ['open', 'close', false],
  ])('%s ~ %s: %s', (x, y, expected) => {
    expect(sameActVerbs(x, y)).toBe(expected);
  });
});

agreementTable('agreement by a shared predication', [
  // The same act on the same object, a third word both hold, in other words around it.
  [
    'Each side of the ferry dispute released an identical statement.',
    'The ferry owners and the dock union issued identical statements afterward that praised the mediator.',
    true,
  ],
  // The same object, another act.
  [
    'Each side of the ferry dispute released an identical statement.',
    'The ferry owners and the dock union rejected identical statements afterward that praised the mediator.',
    false,
  ],
  // The same act, planned on one side and stated on the other.
  [
    'The dock union has reneged on pledges to release an identical statement.',
    'The ferry owners would release identical statements afterward, the mediator said.',
    false,
  ],
  // The same act and object but nothing else shared: a topic, not one fact.
  [
    'Each side of the ferry dispute released a statement.',
    'The lighthouse keepers issued statements afterward that praised the mediator.',
    false,
  ],
]);
