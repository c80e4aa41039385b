import { describe, expect, it } from 'vitest';
import { GATE_LINES_PAIRS, gateLines, parseFailOn } from '../../src/batch/gate.js';
import { summarizeSorted } from '../../src/batch/summarize.js';
import { UserError } from '../../src/errors.js';
import type { FindingKind } from '../../src/model/finding.js';
import type { GateResult, PairEntry } from '../../src/model/summary.js';
import { entry } from './entries.js';

/** The gate and the named pairs of a summary of `entries` (in summary order), as a batch makes them. */
const summarize = (entries: PairEntry[], kinds: FindingKind[], hidden = false) =>
  summarizeSorted(entries, { formats: ['json'], gate: kinds, gateHidden: hidden });
const evaluateGate = (entries: PairEntry[], kinds: FindingKind[], hidden = false) =>
  summarize(entries, kinds, hidden).summary.gate;
const namedPairs = (entries: PairEntry[], gate: GateResult) =>
  summarize(entries, gate.kinds, gate.hidden).named;

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

  // User trial 21, item 11: the pairs were named, not the hidden findings that tripped the gate.
  const briefed = [
    {
      ...entry('e/a--b', ['A', 'B'], { attribution: 1, omission: 1 }, [], 'ok', {
        attribution: 1,
        omission: 2,
      }),
      top: [
        { id: 'f1', kind: 'attribution' as const, explanation: 'A credits the police.' },
        { id: 'f2', kind: 'omission' as const, explanation: 'Only A reports this.' },
      ],
      topHidden: [
        { id: 'f3', kind: 'attribution' as const, explanation: 'B credits no one.' },
        { id: 'f4', kind: 'omission' as const, explanation: 'Only B reports this.' },
      ],
    },
  ];

  it('names the hidden findings of the gated kinds after the shown ones, marked hidden', () => {
    const gate = evaluateGate(briefed, ['attribution'], true);
    const lines = [
      'gate --fail-on attribution (hidden findings too): FAILED, tripped by 1 pair(s)',
      '  e/a--b: 2 attribution',
      '    f1 attribution: A credits the police.',
      '    f3 attribution (hidden): B credits no one.',
    ];
    expect(gateLines(gate, briefed)).toEqual(lines);
    expect(gateLines(gate, namedPairs(briefed, gate))).toEqual(lines);
  });

  it('names no hidden finding when the gate counts shown ones only', () => {
    const gate = evaluateGate(briefed, ['attribution']);
    expect(gateLines(gate, briefed)).toEqual([
      'gate --fail-on attribution: FAILED, tripped by 1 pair(s)',
      '  e/a--b: 1 attribution',
      '    f1 attribution: A credits the police.',
    ]);
    expect(namedPairs(briefed, gate)[0].topHidden).toBeUndefined();
  });
});

// Review of mem6, item 3: `--fail-on omission` trips on nearly every pair; 50,000 tripped pairs
// were each kept whole for these lines and printed, four lines a pair.
describe('the gate lines name at most GATE_LINES_PAIRS tripped pairs', () => {
  const many = (n: number) =>
    Array.from({ length: n }, (_, i) =>
      entry(`e/a--b${String(i).padStart(2, '0')}`, ['A', 'B'], { omission: 1 }),
    );

  it.each([
    [GATE_LINES_PAIRS, GATE_LINES_PAIRS + 1, undefined],
    [GATE_LINES_PAIRS + 5, GATE_LINES_PAIRS + 2, '  … and 5 more pair(s): see gate.trips in summary.json'],
  ])('%i tripped pairs: %i lines, the last %j', (n, length, last) => {
    const entries = many(n);
    const lines = gateLines(evaluateGate(entries, ['omission']), entries);
    expect(lines).toHaveLength(length);
    expect(lines[0]).toBe(`gate --fail-on omission: FAILED, tripped by ${n} pair(s)`);
    expect(lines[GATE_LINES_PAIRS]).toBe(
      `  e/a--b${String(GATE_LINES_PAIRS - 1).padStart(2, '0')}: 1 omission`,
    );
    expect(lines[GATE_LINES_PAIRS + 1]).toBe(last);
  });
});

describe('namedPairs keeps only what the lines print', () => {
  const tripped = (id: string) => ({
    ...entry(id, ['A', 'B'], { omission: 1, divergence: 1 }),
    capped: { omission: 4 },
    top: [
      { id: 'f1', kind: 'omission' as const, explanation: 'Only A reports this.' },
      { id: 'f2', kind: 'divergence' as const, explanation: 'A says 10, B says 12.' },
    ],
  });

  it('keeps a failed pair’s error, a tripped pair’s cap and gated top findings, nothing of the rest', () => {
    const entries = [
      tripped('e/a--b'),
      entry('e/a--c', ['A', 'C'], { framing: 2 }),
      entry('e/b--c', ['B', 'C'], {}, [], 'error'),
    ];
    const gate = evaluateGate(entries, ['omission']);
    const named = namedPairs(entries, gate);
    expect(named).toEqual([
      {
        id: 'e/a--b',
        status: 'ok',
        capped: { omission: 4 },
        top: [{ id: 'f1', kind: 'omission', explanation: 'Only A reports this.' }],
      },
      { id: 'e/b--c', status: 'error', error: 'source b: it is empty' },
    ]);
    expect(gateLines(gate, named)).toEqual(gateLines(gate, entries));
  });

  it('keeps no tripped pair past those the lines name', () => {
    const entries = Array.from({ length: GATE_LINES_PAIRS + 3 }, (_, i) => tripped(`e/a--b${i}`));
    expect(namedPairs(entries, evaluateGate(entries, ['omission']))).toHaveLength(GATE_LINES_PAIRS);
  });
});
