import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONFIDENT } from '../../../src/model/finding.js';
import { analyzeText, compareFiles, compareSources } from '../../../src/pipeline.js';
import { renderHtml } from '../../../src/report/html/index.js';
import { renderMarkdown } from '../../../src/report/markdown.js';
import { AGREEMENT_CAP, capFindings, OMISSION_CAP } from '../../../src/stages/compare/cap.js';
import { compareFilesChecked } from '../../assert-report.js';

// Invented pair (test/fixtures/capped): a long storm report and a two-sentence one, so the long
// one holds more developments the short one never mentions than the omission rule keeps a side.
const LONG = 'test/fixtures/capped/long.txt';
const SHORT = 'test/fixtures/capped/short.txt';
const report = compareFilesChecked(LONG, SHORT);

const draft = (ruleId: string, side: 'a' | 'b', confidence: number) =>
  ({
    kind: ruleId.includes('omitted') ? 'omission' : 'agreement',
    ruleId,
    confidence,
    salience: 0.5,
    a: side === 'a' ? [{ start: 0, end: 1, text: 'x', sentence: 's1' }] : [],
    b: side === 'b' ? [{ start: 0, end: 1, text: 'x', sentence: 's1' }] : [],
    claims: [],
    subject: 'sentence',
    explanation: '',
  }) as unknown as Parameters<typeof capFindings>[1][number];

describe('the caps, a post-pass, return what they cut as data (review-ux6 item 7)', () => {
  it('counts the confident ones past the cap, per omitting side, and keeps other findings', () => {
    const omitted = [0.8, 0.3, 0.9, 0.6, 0.2, 0.7, 0.4].map((c) =>
      draft('compare/omitted-development', 'a', c),
    );
    const other = draft('compare/quantity-divergence', 'b', 0.9);
    const cap = { ...OMISSION_CAP, max: 2 };
    const { findings, capped } = capFindings(cap, [
      other,
      ...omitted,
      draft('compare/omitted-name', 'b', 0.9),
    ]);
    expect(findings).toEqual([
      other,
      omitted[0],
      omitted[1],
      expect.objectContaining({ ruleId: 'compare/omitted-name' }),
    ]);
    expect(capped).toEqual([{ kind: 'omission', side: 'b', cap: 2, beyond: 5, confident: 3 }]);
  });

  it.each([
    [3, 5, []],
    [5, 5, []],
    [8, 5, [{ kind: 'agreement', cap: 5, beyond: 3, confident: 3 }]],
  ])('%i sentence agreements, cap %i → %j', (n, max, expected) => {
    const drafts = Array.from({ length: n }, () => draft('compare/sentence-agreement', 'a', 0.6));
    const { findings, capped } = capFindings({ ...AGREEMENT_CAP, max }, drafts);
    expect(findings).toHaveLength(Math.min(n, max));
    expect(capped).toEqual(expected);
  });
});

describe('a report says how many omissions its cap left out', () => {
  const omittedByB = report.findings.filter((f) => f.kind === 'omission' && f.b.length === 0);
  const capped = report.capped ?? [];

  it('records the candidates past the cap for the omitting side, and holds only the cap', () => {
    expect(capped).toHaveLength(1);
    expect(capped[0]).toMatchObject({ kind: 'omission', side: 'b', cap: 5 });
    expect(capped[0].beyond).toBeGreaterThan(0);
    expect(omittedByB.length).toBeLessThanOrEqual(capped[0].cap);
  });

  it('prints "n of m omissions shown" in Markdown and HTML', () => {
    const shown = report.findings.filter((f) => f.kind === 'omission' && f.confidence >= CONFIDENT).length;
    const all = report.summary.omission + capped[0].beyond;
    const hidden = report.summary.omission - shown;
    const below = hidden > 0 ? `${hidden} in the report below confidence ${CONFIDENT}; ` : '';
    const line = `${shown} of ${all} omissions shown (${below}${capped[0].beyond} past the cap of 5 per omitting side are not in the report, ${capped[0].confident} of them confident)`;
    expect(renderMarkdown(report)).toContain(line);
    expect(renderHtml(report)).toContain(`<p class="capped">${line}</p>`);
  });

  it('holds no capped field when nothing was left out: two different short articles', () => {
    const a = analyzeText(
      'The council approved the new bridge on Monday. Work starts in May.\n',
      {},
      'ev/a.txt',
    );
    const b = analyzeText(
      'The council backed the bridge plan. Building begins next spring.\n',
      {},
      'ev/b.txt',
    );
    const small = compareSources(a, b);
    expect(small.summary.omission).toBeGreaterThan(0);
    expect(small.summary.omission).toBeLessThan(5);
    expect(small.capped).toBeUndefined();
  });
});

describe('a report records the source path relative to the event folders (user trial 6, item 8)', () => {
  it.each([LONG, `./${LONG}`, resolve(LONG)])('%s → capped/long.txt', (path) => {
    expect(compareFiles(path, SHORT).sources.a.path).toBe('capped/long.txt');
  });
});

describe('two byte-identical sources carry a diagnostic (user trial 6, item 7)', () => {
  it('read/duplicate-content on the same bytes, none otherwise', () => {
    const same = compareFilesChecked(SHORT, SHORT);
    expect(same.diagnostics.map((d) => d.code)).toContain('read/duplicate-content');
    expect(report.diagnostics.map((d) => d.code)).not.toContain('read/duplicate-content');
  });
});
