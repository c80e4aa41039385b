import { describe, expect, it } from 'vitest';
import { occurrences, relocate } from '../../scripts/findings/locate.js';
import { stratify } from '../../scripts/findings/sample.js';
import {
  goldOutcome,
  median,
  nonAgreementCount,
  type ScoredReport,
  stillReported,
} from '../../scripts/findings/score.js';
import { splitOf } from '../../scripts/findings/split.js';

// Two short texts written for this test; offsets are computed, not typed.
const A = 'Ten people died in the blast on Monday. The mayor said the bridge will reopen.';
const B = 'The explosion killed 12 people. The city\u2019s bridge reopens next week, officials say.';
const side = (text: string) => {
  const cut = text.indexOf('. ') + 1;
  return {
    text,
    sentences: [
      { id: 's1', start: 0, end: cut },
      { id: 's2', start: cut + 1, end: text.length },
    ],
  };
};
const at = (text: string, part: string, sentence: string) => {
  const start = text.indexOf(part);
  return { sentence, start, end: start + part.length };
};
const report = (findings: ScoredReport['findings']): ScoredReport => ({ a: side(A), b: side(B), findings });
const divergence = { kind: 'divergence', a: [at(A, 'Ten people', 's1')], b: [at(B, '12 people', 's1')] };
const omission = { kind: 'omission', a: [at(A, 'on Monday', 's1')], b: [] };

describe('locate', () => {
  it.each([
    ['exact', B, '12 people', 1],
    ['curly apostrophe folded', B, "city's bridge", 1],
    ['case folded', A, 'ten PEOPLE', 1],
    ['absent', A, 'rockets', 0],
  ])('%s', (_name, text, needle, count) => {
    expect(occurrences(text, needle)).toHaveLength(count);
  });

  it('relocates a span whose text moved', () => {
    const shifted = `Headline\n\n${A}`;
    const start = A.indexOf('Ten people');
    expect(relocate(shifted, start, start + 10, 'Ten people')).toEqual({
      start: start + 10,
      end: start + 20,
    });
    expect(relocate(A, start, start + 10, 'Ten people')).toEqual({ start, end: start + 10 });
    expect(relocate(A, 0, 3, 'absent words')).toBeNull();
  });
});

describe('goldOutcome', () => {
  it.each([
    [
      'refinement gold covered by a divergence',
      { kind: 'refinement', a: 'Ten people died', b: 'killed 12' },
      [divergence],
      'covered',
    ],
    [
      'divergence gold not covered by an agreement',
      { kind: 'divergence', a: 'Ten people', b: '12 people' },
      [{ ...divergence, kind: 'agreement' }],
      'missed',
    ],
    [
      'a span in the same sentence covers',
      { kind: 'divergence', a: 'died in the blast', b: 'The explosion' },
      [divergence],
      'covered',
    ],
    [
      'wrong sentence on one side',
      { kind: 'divergence', a: 'the bridge will reopen', b: '12 people' },
      [divergence],
      'missed',
    ],
    [
      'omission with the silent side empty',
      { kind: 'omission', a: 'on Monday', b: null },
      [omission],
      'covered',
    ],
    [
      'omission needs the silent side empty',
      { kind: 'omission', a: 'Ten people', b: null },
      [divergence],
      'missed',
    ],
    ['quote not in the text', { kind: 'omission', a: 'a title only', b: null }, [omission], 'unlocated'],
  ])('%s', (_name, item, findings, outcome) => {
    expect(goldOutcome(report(findings), item)).toBe(outcome);
  });
});

describe('stillReported', () => {
  const span = (text: string, part: string): [number, number, string] => {
    const start = text.indexOf(part);
    return [start, start + part.length, part];
  };
  const judged = { kind: 'divergence', a: [span(A, 'Ten')], b: [span(B, '12')], verdict: 'WRONG' as const };
  it.each([
    ['same kind, overlapping both sides', [divergence], true],
    ['other kind', [{ ...divergence, kind: 'refinement' }], false],
    ['nothing reported', [], false],
  ])('%s', (_name, findings, kept) => {
    expect(stillReported(report(findings), judged)).toBe(kept);
  });
  it('an omission is kept only with the same silent side', () => {
    const judgedOmission = { kind: 'omission', a: [span(A, 'Monday')], b: [], verdict: 'CORRECT' as const };
    expect(stillReported(report([omission]), judgedOmission)).toBe(true);
    expect(stillReported(report([{ ...omission, b: divergence.b }]), judgedOmission)).toBe(false);
  });
});

describe('counts', () => {
  it('counts every kind but agreement, and takes medians', () => {
    expect(nonAgreementCount(report([divergence, omission, { ...divergence, kind: 'agreement' }]))).toBe(2);
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBe(0);
  });
  it('keeps the held-out events apart', () => {
    expect(splitOf('corpora/basil/2014-22b6e900/fox.txt')).toBe('heldout');
    expect(splitOf('corpora/newswcl50/event-4/m.txt')).toBe('heldout');
    expect(splitOf('corpora/newswcl50/event-3/m.txt')).toBe('tune');
  });
});

describe('stratify', () => {
  const finding = (kind: string, split: string, n: number) => ({
    a_path: `p${n}`,
    b_path: 'q',
    split,
    kind,
    rule: 'r',
    a: [[n, n + 1, 'x']] as [number, number, string][],
    b: [],
    explanation: '',
  });
  it('takes at most n of each kind and split, the same whatever the input order', () => {
    const all = [1, 2, 3, 4].flatMap((n) => [
      finding('omission', 'tune', n),
      finding('framing', 'heldout', n),
    ]);
    const sample = stratify(all, 2);
    expect(sample).toHaveLength(4);
    expect(sample.filter((f) => f.kind === 'omission')).toHaveLength(2);
    expect(stratify([...all].reverse(), 2)).toEqual(sample);
  });
});
