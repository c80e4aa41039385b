import { describe, expect, it } from 'vitest';
import { CONFIDENT } from '../../src/model/finding.js';
import type { Report } from '../../src/model/report.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import { renderText } from '../../src/report/text.js';
import { compareFilesChecked } from '../assert-report.js';

// User trial 18, item 22: "1 findings … are", said of a single hidden finding.
const sample: Report = compareFilesChecked(
  'sources/astana-2018-05-14/presstv.txt',
  'sources/astana-2018-05-14/wire.txt',
);
const oneHidden: Report = {
  ...sample,
  findings: sample.findings.map((f, i) => ({ ...f, confidence: i === 0 ? CONFIDENT / 2 : 1 })),
};

describe('counts of hidden findings in the singular', () => {
  it('the terminal summary says "1 finding … is"', () => {
    const text = renderText(oneHidden);
    expect(text).toContain(`(1 finding with confidence below ${CONFIDENT} is in the JSON report only)`);
    expect(text).not.toMatch(/(^|[^0-9])1 findings/);
  });

  it('the Markdown says "1 finding … is"', () => {
    const text = renderMarkdown(oneHidden);
    expect(text).toContain(
      `1 finding with confidence below ${CONFIDENT} is not listed; the JSON report keeps it.`,
    );
    expect(text).not.toMatch(/(^|[^0-9])1 findings/);
  });
});
