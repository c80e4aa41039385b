import { describe, expect, it } from 'vitest';
import { CONFIDENT, FINDING_KINDS } from '../../src/model/finding.js';
import type { Report } from '../../src/model/report.js';
import { md, renderMarkdown } from '../../src/report/markdown.js';
import { compareFilesChecked } from '../assert-report.js';

const sample: Report = compareFilesChecked(
  'sources/astana-2018-05-14/presstv.txt',
  'sources/astana-2018-05-14/wire.txt',
);
const hostile: Report = compareFilesChecked('test/fixtures/hostile/a.txt', 'test/fixtures/hostile/b.txt');
const text = renderMarkdown(sample);

/** Cells of a Markdown table row, split on pipes that are not backslash-escaped. */
const cells = (line: string) => line.split(/(?<!\\)\|/).slice(1, -1);

describe('md escapes inline Markdown', () => {
  it.each([
    ['plain words, 20 rockets.', 'plain words, 20 rockets.'],
    ['a | b', 'a \\| b'],
    ['<script>x</script>', '\\<script\\>x\\</script\\>'],
    ['**bold** _em_ `code`', '\\*\\*bold\\*\\* \\_em\\_ \\`code\\`'],
    ['![img](http://x) [l](javascript:y)', '\\!\\[img\\](http\\://x) \\[l\\](javascript\\:y)'],
    ['&lt; entity', '\\&lt; entity'],
    ['@someone #1 ~x~', '\\@someone \\#1 \\~x\\~'],
    ['two\nlines\u00a0and  tabs\t', 'two lines and tabs '],
    ['back\\slash', 'back\\\\slash'],
  ])('%j → %j', (input, expected) => {
    expect(md(input)).toBe(expected);
  });
});

describe('renderMarkdown: the sample report', () => {
  it('opens with the generator mark, the pair and a row per source', () => {
    const lines = text.split('\n');
    expect(lines[0]).toBe(`[//]: # (generator: crosscheck ${sample.generator.version})`);
    expect(lines[2]).toBe('## crosscheck: Press TV vs Wire report');
    expect(lines).toContain(
      `| A | Press TV | ${md(sample.sources.a.sentences.find((s) => s.role === 'headline')?.text ?? '—')} | 2018-05-14 | ${sample.sources.a.wordCount} | — |`,
    );
    expect(lines.some((l) => l.startsWith('| B | Wire report |'))).toBe(true);
  });

  it('gives the count of every finding kind it shows, and of all when some are hidden', () => {
    const shown = (k: string) =>
      sample.findings.filter((f) => f.kind === k && f.confidence >= CONFIDENT).length;
    const count = (k: (typeof FINDING_KINDS)[number]) =>
      shown(k) === sample.summary[k] ? `**${shown(k)}** ${k}` : `**${shown(k)}** / ${sample.summary[k]} ${k}`;
    expect(text).toContain(FINDING_KINDS.map(count).join(' · '));
  });

  it('counts a hidden finding apart from the shown ones (user trial 3)', () => {
    const [first, ...rest] = sample.findings;
    const out = renderMarkdown({ ...sample, findings: [{ ...first, confidence: CONFIDENT / 2 }, ...rest] });
    const shown =
      sample.findings.filter((f) => f.kind === first.kind && f.confidence >= CONFIDENT).length - 1;
    expect(out).toContain(`**${shown}** / ${sample.summary[first.kind]} ${first.kind}`);
  });

  it('lists every confident finding with its rule in the table, and each confident framing label pair', () => {
    const confident = sample.findings.filter((f) => f.confidence >= CONFIDENT);
    expect(confident.length).toBeGreaterThan(0);
    for (const f of confident) {
      expect(text).toContain(
        `| ${f.id} | ${f.kind} | ${f.salience.toFixed(2)} | ${f.confidence.toFixed(2)} | ${md(f.explanation)} | \`${f.ruleId}\` |`,
      );
    }
    for (const f of confident.filter((x) => x.kind === 'framing' && x.labels)) {
      expect(text).toContain(`| ${md(f.labels?.a ?? '')} | ${md(f.labels?.b ?? '')} |`);
    }
  });

  it('leaves less confident findings to the JSON report and says how many', () => {
    const [low, ...rest] = sample.findings;
    const out = renderMarkdown({ ...sample, findings: [{ ...low, confidence: CONFIDENT / 2 }, ...rest] });
    expect(out).not.toContain(`| ${low.id} | ${low.kind} |`);
    const hidden = 1 + rest.filter((x) => x.confidence < CONFIDENT).length;
    expect(out).toContain(
      `${hidden} findings with confidence below ${CONFIDENT} are not listed; the JSON report keeps them.`,
    );
    for (const f of rest.filter((x) => x.confidence >= CONFIDENT))
      expect(out).toContain(`| ${f.id} | ${f.kind} |`);
  });

  it('keeps every table rectangular', () => {
    const tables = text.split('\n\n').filter((block) => block.startsWith('|'));
    expect(tables.length).toBeGreaterThanOrEqual(2);
    for (const table of tables) {
      const widths = table
        .trim()
        .split('\n')
        .map((l) => cells(l).length);
      expect(new Set(widths).size).toBe(1);
    }
  });

  it('is deterministic and ends with one newline', () => {
    expect(renderMarkdown(JSON.parse(JSON.stringify(sample)) as Report)).toBe(text);
    expect(text.endsWith('\n') && !text.endsWith('\n\n')).toBe(true);
  });
});

describe('renderMarkdown: a hostile source', () => {
  const out = renderMarkdown(hostile);
  it('leaves no raw HTML tag, link or image from the source', () => {
    expect(out).not.toMatch(/(?<!\\)<(?!https?:\/\/)/);
    expect(out).not.toMatch(/(?<!\\)\]\(/);
    expect(out).toContain('\\<script\\>window.\\_\\_pwned=1\\</script\\>Press \\<b\\>TV\\</b\\>');
  });

  it('turns a javascript: url into no link and keeps an http url inside <…>', () => {
    expect(out).not.toMatch(/javascript:/i);
    expect(out).toContain('<https://example.org/a?q=%22%3E%3Cscript%3Ewindow.__pwned=1%3C/script%3E>');
  });
});
