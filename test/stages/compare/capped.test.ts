import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONFIDENT } from '../../../src/model/finding.js';
import { compareFiles } from '../../../src/pipeline.js';
import { renderHtml } from '../../../src/report/html/index.js';
import { renderMarkdown } from '../../../src/report/markdown.js';
import { cappedOf, keepFirst } from '../../../src/stages/compare/cap.js';
import type { CompareContext } from '../../../src/stages/compare/context.js';
import { compareFilesChecked } from '../../assert-report.js';

// Invented pair (test/fixtures/capped): a long storm report and a two-sentence one, so the long
// one holds more developments the short one never mentions than the omission rule keeps a side.
const LONG = 'test/fixtures/capped/long.txt';
const SHORT = 'test/fixtures/capped/short.txt';
const report = compareFilesChecked(LONG, SHORT);

describe('keepFirst records what a cap leaves out (user trial 6, item 2)', () => {
  it('counts the confident ones past the cap when told which would be shown', () => {
    const ctx = {} as CompareContext;
    keepFirst(ctx, 'omission', [1, 2, 3, 4, 5, 6], 2, 'b', (n) => n % 2 === 0);
    expect(cappedOf(ctx)).toEqual([{ kind: 'omission', side: 'b', cap: 2, beyond: 4, confident: 2 }]);
  });

  it.each([
    [3, 5, []],
    [5, 5, []],
    [8, 5, [{ kind: 'omission', side: 'a', cap: 5, beyond: 3 }]],
  ])('%i candidates, cap %i → %j', (n, cap, expected) => {
    const ctx = {} as CompareContext;
    const kept = keepFirst(
      ctx,
      'omission',
      Array.from({ length: n }, (_, i) => i),
      cap,
      'a',
    );
    expect(kept).toEqual(Array.from({ length: Math.min(n, cap) }, (_, i) => i));
    expect(cappedOf(ctx)).toEqual(expected);
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
    const line = `${shown} of ${all} omissions shown (${capped[0].beyond} past the cap of 5 per omitting side are not in the report, ${capped[0].confident} of them confident)`;
    expect(renderMarkdown(report)).toContain(line);
    expect(renderHtml(report)).toContain(`<p class="capped">${line}</p>`);
  });

  it('holds no capped field when nothing was left out', () => {
    const small = compareFilesChecked(SHORT, SHORT.replace('short', 'short'));
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
