import { describe, expect, it } from 'vitest';
import type { Finding } from '../src/model/finding.js';
import type { Report, ReportClaim } from '../src/model/report.js';
import { compareFiles } from '../src/pipeline.js';
import { renderJson } from '../src/report/json.js';
import { assertReport, compareFilesChecked } from './assert-report.js';

// Press TV = a, the wire report = b: the expectations of issue 2, each as a test.
const A = 'sources/astana-2018-05-14/presstv.txt';
const B = 'sources/astana-2018-05-14/wire.txt';
const report: Report = compareFiles(A, B);

/** The id of the one sentence on a side that contains `snippet`. */
function sid(side: 'a' | 'b', snippet: string): string {
  const found = report.sources[side].sentences.filter((s) => s.text.includes(snippet));
  if (found.length !== 1) throw new Error(`${found.length} sentences on ${side} contain "${snippet}"`);
  return found[0].id;
}

const linked = (sa: string, sb: string) => report.alignment.some((l) => l.a.includes(sa) && l.b.includes(sb));
const claim = (side: 'a' | 'b', kind: string, text: RegExp): ReportClaim => {
  const found = report.claims.find((c) => c.side === side && c.kind === kind && text.test(c.text));
  if (!found) throw new Error(`no ${kind} claim on ${side} matching ${text}`);
  return found;
};
const findingsWith = (...claimIds: string[]): Finding[] =>
  report.findings.filter((f) => claimIds.every((id) => f.claims.includes(id)));

describe('the sample event: Press TV vs the wire report', () => {
  it('is a valid report whose every offset slices to its text', () => {
    assertReport(report);
  });

  it('is byte-identical from run to run', () => {
    expect(renderJson(compareFilesChecked(A, B))).toBe(renderJson(report));
  });

  it.each([
    [
      'the opening sentences on the talks',
      'have held talks in Kazakhstan',
      'Negotiators from Iran, Russia and Turkey',
    ],
    ['the Kazakh spokesman sentences', 'Anuar Zhainakov, a spokesman', 'a spokesperson for Kazakhstan'],
    [
      'the delegation with the rebel delegation',
      'An opposition delegation and UN special envoy',
      'A rebel delegation was expected',
    ],
    [
      'the delegation with de Mistura',
      'An opposition delegation and UN special envoy',
      'The UN envoy on Syria',
    ],
    [
      'the "further steps" quotes',
      'The two-day negotiations are set to discuss',
      'The latest negotiations in Kazakhstan',
    ],
    ['the start of the talks in 2017', 'began in January 2017', 'at the beginning of 2017'],
    [
      'the rockets with "Israel claims it struck"',
      'Israeli officials said the assault',
      'Israel claims it struck',
    ],
    ['the Trump sentences', 'withdrew the United States', 'announced Washington’s withdrawal'],
    ['Zarif’s travels', 'He has already visited Beijing', 'Zarif has already visited Beijing'],
  ])('aligns %s', (_what, snippetA, snippetB) => {
    expect(linked(sid('a', snippetA), sid('b', snippetB))).toBe(true);
  });

  it('aligns the nuclear-deal sentences', () => {
    const a = sid('a', 'The issue was expected to top the agenda');
    expect(
      linked(a, sid('b', 'The flare-up between the pair')) ||
        linked(a, sid('b', 'main focus of the Moscow talks')),
    ).toBe(true);
  });

  it('never aligns captions or promos', () => {
    for (const link of report.alignment) {
      for (const side of ['a', 'b'] as const) {
        for (const id of link[side]) {
          const role = report.sources[side].sentences.find((s) => s.id === id)?.role;
          expect(['headline', 'body']).toContain(role);
        }
      }
    }
  });

  it('finds that "May 10" agrees with "on Thursday" once resolved', () => {
    const a = claim('a', 'date', /May 10/);
    const b = claim('b', 'date', /Thursday/);
    expect(findingsWith(a.id, b.id).map((f) => f.kind)).toContain('agreement');
  });

  it('finds "January 2017" against "the beginning of 2017" an agreement or a refinement', () => {
    const kinds = findingsWith(
      claim('a', 'date', /January 2017/).id,
      claim('b', 'date', /beginning of 2017/).id,
    ).map((f) => f.kind);
    expect(kinds.some((k) => k === 'agreement' || k === 'refinement')).toBe(true);
    expect(kinds).not.toContain('divergence');
  });

  it('finds the 20 rockets a refinement of "a salvo"', () => {
    const kinds = findingsWith(
      claim('a', 'quantity', /20 rockets/).id,
      claim('b', 'quantity', /salvo/).id,
    ).map((f) => f.kind);
    expect(kinds).toContain('refinement');
  });

  it('finds the death toll only in the wire report: an omission', () => {
    const toll = claim('b', 'quantity', /350,000/);
    const omission = findingsWith(toll.id).find((f) => f.kind === 'omission');
    expect(omission?.a).toEqual([]);
    expect(omission?.b[0].text).toContain('350,000');
  });

  it('finds Press TV stating the strike as fact where the wire reports Israel’s claim', () => {
    const sa = sid('a', 'Israel attacked dozens of targets');
    const sb = sid('b', 'Israel claims it struck');
    const found = report.findings.filter(
      (f) =>
        f.kind === 'attribution' && f.a.some((s) => s.sentence === sa) && f.b.some((s) => s.sentence === sb),
    );
    expect(found).toHaveLength(1);
    expect(found[0].explanation).toMatch(/as fact/);
  });

  it('finds both blaming the rockets on Iran, each as Israel’s account: agreement on blame', () => {
    const blame = report.findings.filter((f) => f.kind === 'agreement' && f.subject === 'blame');
    expect(blame).toHaveLength(1);
    const [a, b] = blame[0].claims.map((id) => report.claims.find((c) => c.id === id));
    for (const c of [a, b]) expect(c).toMatchObject({ kind: 'blame', agent: { group: 'iran' } });
  });

  it.each([
    [/Syrian government/i, /Syrian regime/i],
    [/opposition delegation/i, /rebel delegation/i],
    [/Tel Aviv regime/i, /^Israel$/i],
  ])('finds the framing %s vs %s', (labelA, labelB) => {
    const framing = report.findings.filter((f) => f.kind === 'framing');
    expect(framing.some((f) => labelA.test(f.labels?.a ?? '') && labelB.test(f.labels?.b ?? ''))).toBe(true);
  });

  it('reports no divergence where the two sources agree', () => {
    expect(report.findings.filter((f) => f.kind === 'divergence')).toEqual([]);
  });
});
