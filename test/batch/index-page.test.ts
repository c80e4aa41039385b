import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { buildSummary } from '../../src/batch/summarize.js';
import { renderIndex } from '../../src/report/index-page.js';
import { entry } from './entries.js';

const hostile = '<script>window.pwned=1</script><img src=x onerror=alert(1)>';
const summary = buildSummary(
  [
    entry('e1/a--b', [hostile, 'Wire'], { divergence: 2, framing: 1 }, [
      { a: 'regime', b: `gov${hostile}`, count: 7 },
    ]),
    entry('e1/a--c', ['A', 'C'], {}, [], 'error'),
  ],
  { formats: ['json', 'html'], gate: ['divergence'] },
);
const html = renderIndex(summary);

function sha256(text: string): string {
  return `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
}

describe('renderIndex', () => {
  it('links the tables and outlet profiles only when JSON reports (their input) were written', () => {
    expect(html).toContain('<a href="outlets.html">');
    expect(html).toContain('<a href="findings.csv">');
    const htmlOnly = renderIndex(
      buildSummary([entry('e1/a--b', ['A', 'B'], {}, [])], { formats: ['html'], gate: [] }),
    );
    expect(htmlOnly).not.toContain('outlets.html');
  });

  it('escapes every piece of text from the sources', () => {
    expect(html).not.toContain('<script>window');
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;script&gt;window.pwned=1&lt;/script&gt;');
  });

  it('allows only its own inline script and style, by hash', () => {
    const attribute = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)?.[1] ?? '';
    const csp = attribute.replaceAll('&#39;', "'");
    const scripts = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => m[1]);
    const styles = [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((m) => m[1]);
    expect(scripts).toHaveLength(1);
    expect(styles).toHaveLength(1);
    expect(csp).toContain(`script-src ${sha256(scripts[0])}`);
    expect(csp).toContain(`style-src ${sha256(styles[0])}`);
    expect(csp).toContain("default-src 'none'");
    expect(html).not.toMatch(/https?:\/\/|<link|<img|<script src|@import/);
  });

  it('lists every pair with counts, links, errors and sortable columns', () => {
    expect(html).toContain('<a href="e1/a--b.json">json</a>');
    expect(html).toContain('error: source b: it is empty');
    expect(html.match(/<tr data-index=/g)).toHaveLength(2);
    // A failed pair's counts are dashes, not zeros (user trial 8): one row of six.
    expect(html.match(/<td class="n">—<\/td>/g)).toHaveLength(6);
    expect(html).toContain('<th scope="col"><button type="button">divergence</button></th>');
  });

  it('shows the outlet × outlet table and the gate verdict', () => {
    expect(html).toContain('“regime” for “gov&lt;script&gt;');
    expect(html).toContain('×7');
    expect(html).toContain('2 divergence(s) in 1 pair(s)');
    expect(html).toContain('Gate --fail-on divergence: failed: tripped by 1 pair(s).');
  });

  it('depends only on the summary', () => {
    expect(renderIndex(structuredClone(summary))).toBe(html);
  });

  it('counts the findings it shows, and all of them where some are hidden (user trial 3)', () => {
    const page = renderIndex(
      buildSummary(
        [entry('e1/a--b', ['A', 'B'], { agreement: 3, omission: 1 }, [], 'ok', { agreement: 1 })],
        {
          formats: ['json', 'html'],
          gate: [],
        },
      ),
    );
    expect(page).toContain(
      'Findings shown (confidence ≥ 0.5): 0 divergence, 1 omission, 0 attribution, 0 framing, 0 refinement, 3 agreement.',
    );
    expect(page).toContain(
      // Only the hidden ones, by kind: the totals read as hidden counts (user trial 18, item 22).
      '1 more hidden below it: 1 agreement.',
    );
  });
});
