import { describe, expect, it } from 'vitest';
import type { Report } from '../../src/model/report.js';
import { claimRows, outletProfiles } from './tables-of.js';

// User trial 7, item 2: claims.csv's speaker was the raw string, one person under four names and
// pronouns unresolved. `speaker_key` keys one person once within a source. Passages invented.
const ref = (text: string, antecedent?: string) => ({
  text,
  start: 0,
  end: text.length,
  group: null,
  ...(antecedent ? { antecedent: { text: antecedent, start: 0, end: antecedent.length } } : {}),
});
const said = (id: string, side: 'a' | 'b', speaker: ReturnType<typeof ref>) => ({
  id: `${side}:${id}`,
  side,
  kind: 'attribution',
  sentence: 's1',
  ruleId: 'extract/attribution-postposed',
  start: 0,
  end: 1,
  text: 'x',
  speaker,
  stance: 'said',
  cue: { start: 0, end: 1, text: 'x', lemma: 'say' },
  content: { start: 0, end: 1, text: 'x' },
  basis: { stance: 'fact' },
});
const figure = (id: string, side: 'a' | 'b', speaker: ReturnType<typeof ref>) => ({
  id: `${side}:${id}`,
  side,
  kind: 'quantity',
  sentence: 's1',
  ruleId: 'extract/quantity-number',
  start: 0,
  end: 1,
  text: '3',
  value: 3,
  precision: 'exact',
  noun: null,
  act: null,
  subtype: 'count',
  basis: { stance: 'said', speaker, attribution: 'c1' },
});

const report = {
  pair: { id: 'ev/x--y', event: 'ev' },
  sources: { a: { id: 'x', outlet: 'X', sentences: [] }, b: { id: 'y', outlet: 'Y', sentences: [] } },
  claims: [
    said('c1', 'a', ref('President Donald Trump')),
    said('c2', 'a', ref('Mr. Trump')),
    said('c3', 'a', ref('he', 'Mr. Trump')),
    figure('c4', 'a', ref('Trump')),
    said('c5', 'a', ref('they')),
    said('c1', 'b', ref('Trump')),
  ],
} as unknown as Report;

describe('claims.csv speaker_key', () => {
  const rows = claimRows(report);
  const key = (source: string, claim: string) =>
    rows.find((r) => r.source === source && r.claim === claim)?.speaker_key;

  it('keys every name of one person in a source, and a resolved pronoun, by the longest name', () => {
    expect(['c1', 'c2', 'c3', 'c4'].map((c) => key('x', c))).toEqual(Array(4).fill('Donald Trump'));
  });
  it('keeps the speaker as written beside it', () => {
    expect(rows.find((r) => r.source === 'x' && r.claim === 'c3')?.speaker).toBe('he');
  });
  it('leaves an unresolved pronoun without a key', () => {
    expect(key('x', 'c5')).toBeUndefined();
  });
  it('keys within one source only', () => {
    expect(key('y', 'c1')).toBe('Trump');
  });
});

// Review of fixux8, item 5: the profile's `speakers` keyed other mentions than claims.csv and
// joined keys across articles. It is now the distinct `speaker_key`s of each article's rows, summed.
const blame = (id: string, side: 'a' | 'b', blamedBy: ReturnType<typeof ref>) => ({
  id: `${side}:${id}`,
  side,
  kind: 'blame',
  sentence: 's2',
  ruleId: 'extract/blame-verb',
  start: 0,
  end: 1,
  text: 'x',
  blamedBy,
  basis: { stance: 'fact' },
});
const second = {
  pair: { id: 'ev2/x--z', event: 'ev2' },
  sources: { a: { id: 'x', outlet: 'X', sentences: [] }, b: { id: 'z', outlet: 'Z', sentences: [] } },
  claims: [
    said('c1', 'a', ref('Smith')),
    blame('c2', 'a', ref('John Smith')),
    said('c3', 'a', ref('Donald Trump')),
  ],
  findings: [],
} as unknown as Report;

describe('outlet profile speakers', () => {
  const reports = [{ ...report, findings: [] } as unknown as Report, second];
  const profile = outletProfiles(reports).find((p) => p.outlet === 'X');
  const rows = reports.flatMap((r) => claimRows(r)).filter((r) => r.outlet === 'X');

  it('keys the same mentions as claims.csv', () => {
    expect(rows.filter((r) => r.event === 'ev2').map((r) => r.speaker_key)).toEqual([
      'John Smith',
      'John Smith',
      'Donald Trump',
    ]);
  });

  it('is the sum over articles of their distinct speaker_key values in claims.csv', () => {
    const perArticle = new Map<string, Set<unknown>>();
    for (const row of rows) {
      const article = `${row.event}/${row.source}`;
      if (!perArticle.has(article)) perArticle.set(article, new Set());
      if (row.speaker_key !== undefined) perArticle.get(article)?.add(row.speaker_key);
    }
    const total = [...perArticle.values()].reduce((n, keys) => n + keys.size, 0);
    // ev/x: Donald Trump; ev2/x: John Smith, Donald Trump (counted again: per article).
    expect(total).toBe(3);
    expect(profile?.claims.speakers).toBe(total);
  });
});

// Review of kind9, 1, 4 and 10: a speaker's kind through claimRows, per source. Passages invented.
const kinds = {
  pair: { id: 'ev3/x--w', event: 'ev3' },
  sources: {
    a: { id: 'x', outlet: 'X', text: 'The harbour reopened. Mayor Lena Osei spoke at noon.', sentences: [] },
    b: { id: 'w', outlet: 'W', text: 'Tremaine spoke.', sentences: [] },
  },
  claims: [
    said('c1', 'a', ref('Senator Ana Tremaine')),
    said('c8', 'a', ref('Osei')),
    said('c9', 'a', ref('it', 'Harbour Watch Trust')),
    said('c10', 'a', ref('he', 'the ministry')),
    said('c2', 'a', ref('Tremaine')),
    said('c3', 'a', ref('he', 'Ms. Tremaine’s remarks')),
    said('c4', 'a', ref('the ministry', 'Ivo Brandt, a spokesman for the Harbour Ministry')),
    said('c5', 'a', ref('she', 'Vellacott')),
    said('c6', 'a', ref('The statement', 'Ivo Brandt')),
    said('c7', 'a', ref('Russia')),
    said('c1', 'b', ref('Tremaine')),
  ],
} as unknown as Report;

const KIND_CASES: [string, string, string | undefined][] = [
  ['x', 'c1', 'person'],
  // a bare surname with a longer name of the same source
  ['x', 'c2', 'person'],
  // "he" resolved to a possessor's remarks is the possessor, a person, not a document
  ['x', 'c3', 'person'],
  // a mention that is no pronoun keeps its own kind, whatever its antecedent
  ['x', 'c4', 'organisation'],
  // "she" is a person even when the name alone has no evidence
  ['x', 'c5', 'person'],
  ['x', 'c6', 'document'],
  ['x', 'c7', 'organisation'],
  // a bare surname with a titled name in the article's text
  ['x', 'c8', 'person'],
  // "it" is no person; "he" is no ministry: no kind rather than a guess
  ['x', 'c9', undefined],
  ['x', 'c10', undefined],
  // the same surname alone in another source: no evidence there
  ['w', 'c1', undefined],
];

describe('claims.csv speaker_kind', () => {
  const rows = claimRows(kinds);
  it.each(KIND_CASES)('%s %s → %s', (source, claim, kind) => {
    expect(rows.find((r) => r.source === source && r.claim === claim)?.speaker_kind).toBe(kind);
  });
});
