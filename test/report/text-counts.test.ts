import { describe, expect, it } from 'vitest';
import { CONFIDENT } from '../../src/model/finding.js';
import type { Report } from '../../src/model/report.js';
import { renderText } from '../../src/report/text.js';
import { compareFilesChecked } from '../assert-report.js';

// User trial 7, item 8: `compare`'s terminal count line counted hidden findings, while the
// Markdown and the HTML print "shown / all".
const sample: Report = compareFilesChecked(
  'sources/astana-2018-05-14/presstv.txt',
  'sources/astana-2018-05-14/wire.txt',
);
const [first, ...rest] = sample.findings;
const hidden: Report = { ...sample, findings: [{ ...first, confidence: CONFIDENT / 2 }, ...rest] };
const countLine = (report: Report) => renderText(report).split('\n')[1];

describe("the terminal summary's count line", () => {
  it('prints "shown / all" for the kind with a hidden finding', () => {
    const k = first.kind;
    const shown = hidden.findings.filter((f) => f.kind === k && f.confidence >= CONFIDENT).length;
    expect(countLine(hidden)).toContain(`${shown} / ${sample.summary[k]} ${k}`);
  });

  it('prints one number for a kind with none hidden', () => {
    const line = countLine({ ...sample, findings: sample.findings.map((f) => ({ ...f, confidence: 1 })) });
    expect(line).not.toContain(' / ');
    expect(line).toContain(`${sample.summary.divergence} divergence`);
  });
});
