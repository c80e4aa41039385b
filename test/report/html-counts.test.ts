import { describe, expect, it } from 'vitest';
import { CONFIDENT, FINDING_KINDS } from '../../src/model/finding.js';
import type { Report } from '../../src/model/report.js';
import { renderHtml } from '../../src/report/html/index.js';
import { compareFilesChecked } from '../assert-report.js';

// User trial 6, item 5: the per-pair page's summary and legend counted hidden findings while the
// Markdown and the index count shown ones.
const sample: Report = compareFilesChecked(
  'sources/astana-2018-05-14/presstv.txt',
  'sources/astana-2018-05-14/wire.txt',
);
const [first, ...rest] = sample.findings;
const hidden: Report = { ...sample, findings: [{ ...first, confidence: CONFIDENT / 2 }, ...rest] };
const html = renderHtml(hidden);
const start = html.indexOf('<section class="summary"');
const summary = html.slice(start, html.indexOf('</section>', start));
const shown = (k: string) => hidden.findings.filter((f) => f.kind === k && f.confidence >= CONFIDENT).length;

describe('the HTML summary counts shown findings, "shown / all" where some are hidden', () => {
  it.each(FINDING_KINDS.map((k) => [k]))('%s', (k) => {
    const all = sample.summary[k];
    const count =
      shown(k) === all ? `<span class="n">${all}</span>` : `<span class="n">${shown(k)}</span> / ${all}`;
    expect(summary).toContain(`${count} ${k}</li>`);
    expect(html).toContain(`<span class="sample hl k-${k}">${k}</span> ${count}<span class="vh">`);
  });

  it('gives the shown total of all findings', () => {
    const total = hidden.findings.filter((f) => f.confidence >= CONFIDENT).length;
    expect(summary).toContain(`<span class="n">${total}</span> findings shown of ${hidden.findings.length}`);
  });
});
