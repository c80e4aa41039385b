import { describe, expect, it } from 'vitest';
import { sameActVerbs } from '../../../src/lexicons/predication-verbs.js';
import type { Token } from '../../../src/model/source.js';
import { analyzeText } from '../../../src/pipeline.js';
import { clauseShapes, weighed } from '../../../src/stages/compare/agreement/agreement-clauses.js';
import {
  predicationsOf,
  sharedPredication,
} from '../../../src/stages/compare/agreement/agreement-predication.js';
import { nominal } from '../../../src/stages/compare/agreement/agreement-predication-parts.js';
import {
  RELATED_DISCOUNT,
  type RelatedWords,
} from '../../../src/stages/compare/agreement/agreement-related.js';
import { agreementTable } from './agreement-table.js';

// Issue 10: one act told in other words keeps its predication (the doer, the act, what it is done
// to). Passages invented for this test: a lighthouse, a ferry line, a choir, a bakery.

/** The predications of the first sentence of `text`, as `doer verb prep object governor`. */
const predications = (text: string): string[] => {
  const source = analyzeText(`---\noutlet: A\npublished: 2016-03-02\n---\n${text}\n`, {}, 'ev/a.txt');
  return predicationsOf(source.sentences[0]).map((p) =>
    [p.doer || '-', p.verb, p.prep || '-', p.object, p.governor].join(' '),
  );
};

describe('predicationsOf', () => {
  it.each([
    ['The lighthouse trust repainted the old tower in May.', ['trust repaint - tower main']],
    ['The bakery would donate its unsold bread.', ['bakery donate - bread modal']],
    ['The choir vowed to restore the chapel organ.', ['choir restore - organ to:vow']],
    ['The old tower was repainted by the lighthouse trust.', ['trust repaint - tower main']],
    ['The ferry union campaigned against the timetable.', ['union campaign against timetable main']],
  ])('%s has %j', (text, expected) => {
    expect(predications(text)).toEqual(expected);
  });
  // Hand-made tokens: the tagger's slips vary, the grammar of the slot does not.
  const tok = (text: string, pos: string, lemma = text.toLowerCase()) =>
    ({ text, lower: text.toLowerCase(), lemma, pos }) as unknown as Token;
  it.each([
    [[tok('jar', 'NOUN'), tok('of', 'ADP'), tok('fresh', 'VERB')], true],
    [[tok('the', 'DET'), tok('stand', 'VERB')], true],
    [[tok('vowed', 'VERB', 'vow'), tok('to', 'PART'), tok('restore', 'VERB')], false],
    [[tok('of', 'ADP'), tok('repainting', 'VERB', 'repaint')], false],
    [[tok('the', 'DET'), tok('repainted', 'VERB', 'repaint')], false],
  ])('nominal(%j): %s', (tokens, expected) => {
    expect(nominal(tokens, tokens.length - 1)).toBe(expected);
  });
  it('a reporting verb is no act: "said" heads no predication', () => {
    expect(predications('The mayor said the harbour wall held.').some((p) => p.includes(' say '))).toBe(
      false,
    );
  });
});

describe('sameActVerbs (WordNet 3.1 synsets, vetted by word vectors)', () => {
  it.each([
    ['issue', 'release', true],
    ['issue', 'issue', true],
    ['release', 'arrest', false],
    ['open', 'close', false],
    ['acquit', 'deport', false],
    ['delay', 'detain', false],
  ])('%s ~ %s: %s', (x, y, expected) => {
    expect(sameActVerbs(x, y)).toBe(expected);
  });
});

agreementTable('agreement by a shared predication', [
  // One doer, one act, one object: told actively and passively.
  [
    'The lighthouse trust repainted the old tower in May.',
    'The old tower was repainted by the lighthouse trust after a long appeal for funds.',
    true,
  ],
  // Another doer, named by a common noun: two facts (the object's modifier is no third participant).
  [
    'On Monday the smugglers freed a ferry passenger.',
    'The coastguard freed a ferry passenger afterward, thanking the harbour pilot.',
    false,
  ],
  // Another doer, as the agent of a passive.
  [
    'The choir timetable was published by volunteers.',
    'The bishop published a new choir timetable afterward, thanking the organist.',
    false,
  ],
  // Another doer and another act.
  [
    'Last week the mayor nominated a new bakery inspector.',
    'The bakers guild appointed a new bakery inspector afterward, thanking the organist.',
    false,
  ],
  // Opposite prepositions after an intransitive verb.
  [
    'The bakers guild lobbied for the flour tariff.',
    'Owners of the small mills lobbied against the flour tariff for weeks before the vote.',
    false,
  ],
  // A speaker's quoted claim against the outlet's own account, another doer.
  [
    '"Our divers freed a ferry passenger," a smuggler boasted.',
    'The coastguard freed a ferry passenger afterward, thanking the harbour pilot.',
    false,
  ],
  // A threat and a promise of the same act, other doers.
  [
    'The smugglers threatened to sink a ferry lifeboat.',
    'Pirates promised to sink a ferry lifeboat next week in a raid.',
    false,
  ],
  // The act denied on one side.
  [
    'Last week the bishop did not publish a new choir timetable.',
    'The bishop published a new choir timetable afterward, thanking the organist.',
    false,
  ],
]);

describe('sharedPredication', () => {
  /** The whole-sentence clause of `text`, every content lemma weighted 3 (rare). */
  const clause = (text: string) => {
    const s = analyzeText(`---\noutlet: A\npublished: 2016-03-02\n---\n${text}\n`, {}, 'ev/a.txt')
      .sentences[0];
    const shape = clauseShapes(s).find((c) => c.whole);
    if (!shape) throw new Error('no whole clause');
    return shape;
  };
  const weights = (...cs: ReturnType<typeof clause>[]) =>
    new Map(cs.flatMap((c) => [...c.lemmas].map((l) => [l, 3])));
  const shared = (x: string, y: string, links: RelatedWords[] = []) => {
    const [a, b] = [clause(x), clause(y)];
    const w = weights(a, b);
    return sharedPredication(weighed(a, w), weighed(b, w), w, links);
  };
  const trust = 'The lighthouse trust issued a repair notice on Tuesday.';
  const trust2 = 'The lighthouse trust released a repair notice after the storm.';
  it('names the act and adds the verb pair at the related-word discount', () => {
    expect(shared(trust, trust2)).toEqual({ act: 'issue ~ release', add: RELATED_DISCOUNT * 3 });
  });
  it('adds nothing for a verb pair the related words counted already', () => {
    const links = [{ a: 'issue', b: 'release', weight: 2.25, verb: true }];
    expect(shared(trust, trust2, links)).toEqual({ act: 'issue ~ release', add: 0 });
  });
  it.each([
    // Another doer.
    [
      'The lighthouse trust issued a repair notice on Tuesday.',
      'The harbour board released a repair notice on Tuesday.',
    ],
    // Only the object's own modifier beside the act.
    ['Volunteers issued a repair notice.', 'Divers released a repair notice.'],
    // Opposite prepositions.
    [
      'The lighthouse trust campaigned for the repair levy.',
      'The lighthouse trust campaigned against the repair levy.',
    ],
  ])('none: %s ~ %s', (x, y) => {
    expect(shared(x, y)).toBeUndefined();
    expect(shared(y, x)).toBeUndefined();
  });
});
