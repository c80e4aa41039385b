import { describe, expect, it } from 'vitest';
import { FRAMING_CATEGORIES, framingGroups } from '../../../src/lexicons/framing.js';
import type { AlignmentLink } from '../../../src/model/alignment.js';
import type { AnalyzedSource } from '../../../src/model/analyzed-source.js';
import { type FindingDraft, findFraming } from '../../../src/stages/compare/framing/index.js';
import { extract } from '../../../src/stages/extract/index.js';
import { parseSource, readSource } from '../../../src/stages/read/index.js';
import { segment } from '../../../src/stages/segment/index.js';

const SAMPLE = new URL('../../../sources/astana-2018-05-14/', import.meta.url).pathname;
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

  it('ranks delegitimising labels first and reports no plain synonym', () => {
    expect(sample[0].salience).toBeGreaterThanOrEqual(0.9);
    expect(sample.filter((f) => f.labels?.categoryA === f.labels?.categoryB)).toEqual([]);
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
    // Blind 48 and 49 readers: parliament's opposition and a party's rebels are no armed group.
    ['Opposition leader Dana Velk said the vote would pass.', 'The rebels said the vote would pass.', []],
    [
      'Opposition parties in parliament said the vote would pass.',
      'The rebels said the vote would pass.',
      [],
    ],
    ['The opposition said the vote would pass.', 'Centre Party rebels said the vote would pass.', []],
    ['The leader of the opposition said the vote would pass.', 'The rebels said the vote would pass.', []],
    ['Opposition politicians said the vote would pass.', 'The militants said the vote would pass.', []],
    [
      'The opposition Highland Front said the ceasefire would hold.',
      'The rebels said the ceasefire would hold.',
      ['The opposition'],
    ],
  ])('%s / %s', (ta, tb, expected) => {
    const a = inline(ta, 'Outlet A');
    const b = inline(tb, 'Outlet B');
    const found = findFraming(a, b, [link(['s1'], ['s1'])]);
    expect(found.map((f) => f.a[0].text)).toEqual(expected);
  });
});

describe("findFraming keeps only the outlets' own labels of one referent", () => {
  // [outlet A, outlet B, the labels expected on side a]: issue 10's causes of wrong framing.
  it.each([
    // words inside quotation marks are the speaker's
    [
      'The Syrian government attended the talks in Astana.',
      'Officials said "the Syrian regime attended the talks in Astana."',
      [],
    ],
    [
      'The Syrian government attended the talks in Astana.',
      '“We saw that the Syrian regime attended the talks in Astana,” an envoy said.',
      [],
    ],
    // the other outlet also uses the loaded word
    [
      'The Syrian government attended the talks in Astana. The regime sent a large delegation.',
      'The Syrian regime attended the talks in Astana. Envoys met for two days.',
      [],
    ],
    // different proper-name modifiers: two people
    [
      'The South Korean president will meet envoys in Seoul.',
      'The North Korean dictator will meet envoys in Seoul.',
      [],
    ],
    // plain synonyms of one category
    [
      'Protesters gathered outside the ministry on Friday.',
      'Demonstrators gathered outside the ministry on Friday.',
      [],
    ],
    [
      'The lawsuit was filed in federal court on Monday.',
      'The suit was filed in federal court on Monday.',
      [],
    ],
    // a word inside a hyphenated compound is no label
    ['Government-backed fighters entered the town.', 'Regime-backed fighters entered the town.', []],
    // the same referent in the outlets' own words
    [
      'The North Korean leader announced a halt to missile tests.',
      'The North Korean dictator announced a halt to missile tests.',
      ['The North Korean leader'],
    ],
    [
      'The bill would help undocumented immigrants who came as children.',
      'The bill would help illegal immigrants who came as children.',
      ['undocumented immigrants'],
    ],
  ])('%s / %s', (ta, tb, expected) => {
    const a = inline(ta, 'Outlet A');
    const b = inline(tb, 'Outlet B');
    const links = a.sentences.map((s, i) => link([s.id], [b.sentences[i]?.id ?? s.id]));
    expect(findFraming(a, b, links).map((f) => f.a[0].text)).toEqual(expected);
  });

  it('compares the two headlines even when the alignment leaves them unlinked', () => {
    const a = inline('Illegal Immigrants Face New Rules\n\nThe state passed a law on Monday.', 'Outlet A');
    const b = inline('Undocumented Immigrants Face New Rules\n\nLawmakers voted on Monday.', 'Outlet B');
    expect(a.sentences[0].role).toBe('headline');
    const found = findFraming(a, b, []);
    expect(found.map((f) => [f.a[0].text, f.b[0].text])).toEqual([
      ['Illegal Immigrants', 'Undocumented Immigrants'],
    ]);
  });

  it('pairs acts such as a killing only inside linked sentences', () => {
    const a = inline('Soldiers killed four villagers on Monday. A storm hit the coast later.', 'Outlet A');
    const b = inline('Four villagers died on Monday. Police said soldiers were nearby.', 'Outlet B');
    const linked = findFraming(a, b, [link(['s1'], ['s1'])]);
    expect(linked.map((f) => [f.a[0].text, f.b[0].text])).toEqual([['killed', 'died']]);
    expect(findFraming(a, b, [link(['s2'], ['s2'])])).toEqual([]);
  });

  // Trew (1979): an agentless "died" frames a killing against a version that names the killer.
  // Where neither names one ("were killed when the ferry capsized", "the blast killed twelve"),
  // "killed" / "died" is a routine variant, or two tolls of different people (trial 22 and the
  // blind readers: none of seven such findings CORRECT).
  it.each([
    ['Four villagers were killed on Monday.', 'Four villagers died on Monday.'],
    ['Two hostages killed as police end siege.', 'Two hostages died as police end siege.'],
    ['The blast killed four villagers on Monday.', 'Four villagers died on Monday.'],
    ['Four villagers were killed by the flood on Monday.', 'Four villagers lost their lives on Monday.'],
  ])('pairs no killing that names no killer: %s / %s', (ta, tb) => {
    const a = inline(ta, 'Outlet A');
    const b = inline(tb, 'Outlet B');
    expect(findFraming(a, b, [link(['s1'], ['s1'])])).toEqual([]);
  });

  it.each([
    ['Four villagers were killed by soldiers on Monday.', 'Four villagers died on Monday.'],
    ['Troops killed four villagers on Monday.', 'Four villagers lost their lives on Monday.'],
  ])('pairs a killing that names its killer: %s / %s', (ta, tb) => {
    const a = inline(ta, 'Outlet A');
    const b = inline(tb, 'Outlet B');
    expect(findFraming(a, b, [link(['s1'], ['s1'])])).toHaveLength(1);
  });

  it('reports a label pair once, with each of its places as evidence', () => {
    const a = inline('The North Korean leader spoke. Later the North Korean leader left.', 'Outlet A');
    const b = inline('The North Korean dictator spoke. Later the North Korean dictator left.', 'Outlet B');
    const found = findFraming(a, b, [link(['s1'], ['s1']), link(['s2'], ['s2'])]);
    expect(found).toHaveLength(1);
    expect(found[0].a.map((x) => x.sentence)).toEqual(['s1', 's2']);
    expect(found[0].b.map((x) => x.sentence)).toEqual(['s1', 's2']);
  });
});

describe('framing lexicon', () => {
  it('gives every group a source, a known scope and role, and known label categories', () => {
    for (const group of framingGroups()) {
      expect(group.source, group.group).toMatch(/\S/u);
      expect(['modifier', 'event', 'aligned']).toContain(group.scope);
      expect(group.source, group.group).not.toMatch(/shared\/(corpora|eval|sources)|annotations/u);
      for (const label of group.labels) expect(FRAMING_CATEGORIES).toContain(label.category);
    }
  });
});
