import { describe, expect, it } from 'vitest';
import { CONFIDENT } from '../../src/model/finding.js';
import type { Report } from '../../src/model/report.js';
import { cappedLines } from '../../src/report/counts.js';
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

// User trial 8, item 8: "9 of 16 omissions shown (6 past the cap …)" left the one finding the
// report holds below the bar unexplained.
describe('the capped line of Markdown and HTML', () => {
  const omission = (confidence: number) => ({ kind: 'omission' as const, confidence });
  const summary = { ...sample.summary, omission: 4 };
  const capped = [{ kind: 'omission' as const, side: 'b' as const, cap: 5, beyond: 6, confident: 4 }];
  it.each([
    [
      [0.9, 0.8, 0.7, 0.2],
      '3 of 10 omissions shown (1 in the report below confidence 0.5; 6 past the cap of 5 per omitting side are not in the report, 4 of them confident)',
    ],
    [
      [0.9, 0.8, 0.7, 0.6],
      '4 of 10 omissions shown (6 past the cap of 5 per omitting side are not in the report, 4 of them confident)',
    ],
  ])('confidences %j: %s', (confidences, line) => {
    const findings = confidences.map(omission) as unknown as Report['findings'];
    expect(cappedLines({ findings, summary, capped })).toEqual([line]);
  });
});
