import { describe, expect, it } from 'vitest';
import { FRAMING_CATEGORIES, framingGroups } from '../../../src/lexicons/framing.js';
import type { AlignmentLink } from '../../../src/model/alignment.js';
import type { AnalyzedSource } from '../../../src/model/analyzed-source.js';
import { type FindingDraft, findFraming } from '../../../src/stages/compare/framing/index.js';
import { extract } from '../../../src/stages/extract/index.js';
import { parseSource, readSource } from '../../../src/stages/read/index.js';
import { segment } from '../../../src/stages/segment/index.js';

const SAMPLE = 'sources/astana-2018-05-14/';
const analyze = (path: string): AnalyzedSource => extract(segment(readSource(path)));
const inline = (text: string, outlet: string): AnalyzedSource =>
  extract(
    segment(
      parseSource(`inline/${outlet}.txt`, new TextEncoder().encode(`---\noutlet: ${outlet}\n---\n${text}\n`)),
    ),
  );

const link = (a: string[], b: string[]): AlignmentLink => ({
  a,
  b,
  score: 1,
  relation: 'equivalent',
  signals: {},
  reasons: [],
});
const flip = (links: AlignmentLink[]) => links.map((l) => ({ ...l, a: l.b, b: l.a }));

// The sample event's alignment as issue 2 lists it, by hand while the align stage is being built.
const SAMPLE_LINKS = [
  link(['s5'], ['s5']),
  link(['s6'], ['s8']),
  link(['s7'], ['s9', 's10']),
  link(['s8'], ['s11']),
  link(['s9'], ['s17']),
  link(['s14'], ['s13']),
  link(['s17'], ['s7']),
  link(['s18'], ['s14']),
  link(['s20'], ['s16']),
];

const presstv = analyze(`${SAMPLE}presstv.txt`);
const wire = analyze(`${SAMPLE}wire.txt`);
const sample = findFraming(presstv, wire, SAMPLE_LINKS);

/** A finding as a comparable string, sides in a fixed order. */
const key = (f: FindingDraft, swap = false) => {
  const [x, y] = swap ? [f.b[0], f.a[0]] : [f.a[0], f.b[0]];
  return `${x.sentence}:${x.start}-${x.end}|${y.sentence}:${y.start}-${y.end}`;
};

describe('findFraming on the sample event', () => {
  it.each([
    ['the Syrian government', 's6', 'the Syrian regime', 's8'],
    ['opposition delegation', 's7', 'rebel delegation', 's9'],
    ['the Tel Aviv regime', 's11', 'Israel', undefined],
    ['terrorist groups', 's16', 'rebel groups', 's19'],
  ])('finds %s (%s) against %s (%s)', (a, sa, b, sb) => {
    const hit = sample.find((f) => f.a[0].text === a && f.b[0].text === b);
    expect(hit, `${a} / ${b}`).toBeDefined();
    expect(hit?.kind).toBe('framing');
    expect(hit?.a[0].sentence).toBe(sa);
    // "Israel" occurs in several wire sentences; any of them will do.
    expect(hit?.b[0].sentence).toEqual(sb ?? expect.stringMatching(/^s\d+$/));
  });

  it('gives every span exact offsets into its own text', () => {
    for (const f of sample) {
      for (const span of f.a) expect(presstv.text.slice(span.start, span.end)).toBe(span.text);
      for (const span of f.b) expect(wire.text.slice(span.start, span.end)).toBe(span.text);
    }
  });

  it('ranks loaded labels first and the spokesman/spokesperson variant last', () => {
    expect(sample[0].salience).toBeGreaterThanOrEqual(0.9);
    const style = sample.find((f) => f.a[0].text === 'spokesman');
    expect(style, 'the spokesman/spokesperson finding').toBeDefined();
    expect(style?.salience).toBe(Math.min(...sample.map((f) => f.salience)));
    const government = sample.find((f) => f.a[0].text === 'the Syrian government');
    expect(government?.labels).toMatchObject({
      group: 'government',
      categoryA: 'neutral',
      categoryB: 'delegitimising',
    });
    expect(government?.explanation).toBe(
      "Press TV calls it 'the Syrian government' where the wire report says 'the Syrian regime'.",
    );
  });

  it('finds no framing when an article is compared with itself', () => {
    const self = presstv.sentences.map((s) => link([s.id], [s.id]));
    expect(findFraming(presstv, presstv, self)).toEqual([]);
    expect(findFraming(wire, wire, [])).toEqual([]);
  });

  it('mirrors its findings when a and b are swapped', () => {
    const back = findFraming(wire, presstv, flip(SAMPLE_LINKS));
    expect(back.map((f) => key(f, true)).sort()).toEqual(sample.map((f) => key(f)).sort());
  });
});

describe('findFraming on aligned sentence pairs', () => {
  it.each([
    [
      'The Syrian government attended the talks.',
      'The Syrian regime attended the talks.',
      ['The Syrian government'],
    ],
    ['Officials said the strike was a response.', 'Officials claimed the strike was a response.', []],
    ['Officials said the talks began on Monday.', 'Officials said the talks began on Tuesday.', []],
    [
      'The army fought the rebels near the city.',
      'The army fought the terrorists near the city.',
      ['the rebels'],
    ],
    ['Troops left Moscow for the border.', 'Troops left Brussels for the border.', []],
  ])('%s / %s', (ta, tb, expected) => {
    const a = inline(ta, 'Outlet A');
    const b = inline(tb, 'Outlet B');
    const found = findFraming(a, b, [link(['s1'], ['s1'])]);
    expect(found.map((f) => f.a[0].text)).toEqual(expected);
  });

  it('keeps a style variant at the lowest salience', () => {
    const a = inline('A spokesman for the ministry confirmed the plan.', 'Outlet A');
    const b = inline('A spokesperson for the ministry confirmed the plan.', 'Outlet B');
    const [style] = findFraming(a, b, [link(['s1'], ['s1'])]);
    expect(style.salience).toBeLessThanOrEqual(0.1);
  });
});

describe('framing lexicon', () => {
  it('gives every group a source, a known scope and role, and known label categories', () => {
    for (const group of framingGroups()) {
      expect(group.source, group.group).toMatch(/\S/u);
      expect(['modifier', 'event']).toContain(group.scope);
      expect(['label', 'style', 'ignore']).toContain(group.role);
      for (const label of group.labels) expect(FRAMING_CATEGORIES).toContain(label.category);
    }
  });
});
