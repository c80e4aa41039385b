import { describe, expect, it } from 'vitest';
import { evaluateGate, gateLines, parseFailOn } from '../../src/batch/gate.js';
import { UserError } from '../../src/errors.js';
import { entry } from './entries.js';

describe('parseFailOn', () => {
  it.each([
    ['divergence', ['divergence']],
    ['omission,divergence', ['divergence', 'omission']],
    [' divergence , divergence ', ['divergence']],
  ])('parses %j', (text, expected) => {
    expect(parseFailOn(text)).toEqual(expected);
  });

  it.each(['', 'divergences', 'divergence,bogus', ','])('rejects %j', (text) => {
    expect(() => parseFailOn(text)).toThrow(UserError);
  });
});

describe('evaluateGate', () => {
  const entries = [
    entry('e/a--b', ['A', 'B'], { divergence: 2, omission: 1 }),
    entry('e/a--c', ['A', 'C'], { omission: 3 }),
    entry('e/b--c', ['B', 'C'], {}, [], 'error'),
  ];

  it.each([
    [['divergence'], ['e/a--b']],
    [
      ['divergence', 'omission'],
      ['e/a--b', 'e/a--c'],
    ],
    [['framing'], []],
  ] as const)('gate %j trips on %j', (kinds, pairs) => {
    const gate = evaluateGate(entries, [...kinds]);
    expect(gate.trips.map((t) => t.pair)).toEqual(pairs);
    expect(gate.tripped).toBe(pairs.length > 0);
  });

  it('names the pairs and counts that tripped it', () => {
    const gate = evaluateGate(entries, ['divergence', 'omission']);
    expect(gateLines(gate, entries)).toEqual([
      'gate --fail-on divergence,omission: FAILED, tripped by 2 pair(s)',
      '  e/a--b: 2 divergence, 1 omission',
      '  e/a--c: 3 omission',
    ]);
  });

  it('says when it passed, and says nothing without a gate', () => {
    expect(gateLines(evaluateGate(entries, ['framing']), entries)).toEqual([
      'gate --fail-on framing: passed',
    ]);
    expect(gateLines(evaluateGate(entries, []), entries)).toEqual([]);
  });
});

describe('the gate counts the findings reports show (user trial 3)', () => {
  // e/a--b shows no attribution but hides one below the display confidence.
  const entries = [entry('e/a--b', ['A', 'B'], { omission: 1 }, [], 'ok', { attribution: 1 })];

  it('does not trip on a hidden finding', () => {
    const gate = evaluateGate(entries, ['attribution']);
    expect(gate.tripped).toBe(false);
    expect(gateLines(gate, entries)).toEqual(['gate --fail-on attribution: passed']);
  });

  it('trips on it when asked to count hidden findings, and says so', () => {
    const gate = evaluateGate(entries, ['attribution'], true);
    expect(gate.tripped).toBe(true);
    expect(gate.hidden).toBe(true);
    expect(gateLines(gate, entries)).toEqual([
      'gate --fail-on attribution (hidden findings too): FAILED, tripped by 1 pair(s)',
      '  e/a--b: 1 attribution',
    ]);
  });
});
