import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { planBatch } from '../../src/batch/plan.js';
import type { Report } from '../../src/model/report.js';
import { analyzeFile, compareSources, readSource } from '../../src/pipeline.js';
import { parseSource } from '../../src/stages/read/index.js';
import { assertReport } from '../assert-report.js';

const SAMPLE = new URL('../../sources/astana-2018-05-14/', import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), 'crosscheck-html-'));

const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * A saved page of a sample article, as a site would serve it: metadata in <head>, a menu, the
 * article's paragraphs (line breaks inside one as <br>), a related-links box, a footer, a script.
 */
function savedPage(txt: string): string {
  const { meta, text } = readSource(txt);
  const body = text
    .trim()
    .split(/\n\s*\n/)
    .map((p) => `<p>${p.split('\n').map(escapeHtml).join('<br>\n')}</p>`)
    .join('\n');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(meta.outlet)} | News</title>
<meta property="og:site_name" content="${escapeHtml(meta.outlet)}">
<meta property="article:published_time" content="${meta.published}T08:30:00Z">
<script>window.analytics = [];</script></head>
<body><header><nav class="menu"><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a></nav></header>
<main><article class="story">
${body}
</article>
<aside class="related"><h3>Related</h3><ul><li><a href="/a">Markets close higher</a></li><li><a href="/b">Weather</a></li></ul></aside></main>
<footer class="site-footer">© Example Media. All rights reserved.</footer></body></html>`;
}

/** Findings as what they say (kind, rule, evidence text), without offsets or ids. */
const said = (report: Report) =>
  report.findings.map((f) => [f.kind, f.ruleId, f.a.map((s) => s.text), f.b.map((s) => s.text)]);

describe('saved web pages', () => {
  it.each(['presstv', 'wire'])('%s: the page reads as the .txt article (metadata, paragraphs)', (name) => {
    const txt = join(SAMPLE, `${name}.txt`);
    const page = join(dir, `${name}.html`);
    writeFileSync(page, savedPage(txt));
    const fromTxt = readSource(txt);
    const fromHtml = readSource(page);
    expect(fromHtml.meta).toMatchObject({ outlet: fromTxt.meta.outlet, published: fromTxt.meta.published });
    // HTML collapses runs of spaces; apart from that the paragraphs are the article's.
    const squash = (text: string) =>
      text
        .trim()
        .replace(/[ \t]+/g, ' ')
        .replace(/ *\n */g, '\n')
        .replace(/\n{2,}/g, '\n\n');
    expect(squash(fromHtml.text)).toBe(squash(fromTxt.text));
    expect(fromHtml.text).not.toMatch(/Markets close higher|All rights reserved|analytics/);
  });

  it('a pair of saved pages compares like the .txt pair, and the report holds the text compared', () => {
    for (const name of ['presstv', 'wire'])
      writeFileSync(join(dir, `${name}.html`), savedPage(join(SAMPLE, `${name}.txt`)));
    const html = compareSources(analyzeFile(join(dir, 'presstv.html')), analyzeFile(join(dir, 'wire.html')));
    const txt = compareSources(
      analyzeFile(join(SAMPLE, 'presstv.txt')),
      analyzeFile(join(SAMPLE, 'wire.txt')),
    );
    assertReport(html);
    expect(html.findings.length).toBeGreaterThan(5);
    expect(said(html)).toEqual(said(txt));
    expect(html.sources.a.text).toBe(readSource(join(dir, 'presstv.html')).text);
  });

  it('batch plans .html pages beside .txt articles', () => {
    mkdirSync(join(dir, 'batch', 'event'), { recursive: true });
    writeFileSync(join(dir, 'batch', 'event', 'presstv.html'), savedPage(join(SAMPLE, 'presstv.txt')));
    writeFileSync(join(dir, 'batch', 'event', 'wire.txt'), 'Some text.');
    expect(planBatch(join(dir, 'batch')).pairs.map((p) => [p.a.path, p.b.path])).toEqual([
      [join(dir, 'batch', 'event', 'presstv.html'), join(dir, 'batch', 'event', 'wire.txt')],
    ]);
  });

  it('takes the date from <time datetime> and leaves out a date that is not ISO 8601', () => {
    const page = (head: string, body: string) =>
      parseSource(
        'p.html',
        new TextEncoder().encode(
          `<html><head>${head}</head><body><article><p>${'Words of the story go here. '.repeat(20)}</p>${body}</article></body></html>`,
        ),
      );
    expect(page('', '<time datetime="2020-02-03T10:00">Feb 3</time>').meta.published).toBe('2020-02-03');
    expect(
      page('<meta property="article:published_time" content="Feb 3, 2020">', '').meta.published,
    ).toBeUndefined();
    const titled = page('<meta property="og:title" content="Storm hits the coast">', '');
    expect([titled.meta.title, titled.text.split('\n')[0]]).toEqual([
      'Storm hits the coast',
      'Storm hits the coast',
    ]);
  });
});
