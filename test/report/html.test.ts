import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { CONFIDENT } from '../../src/model/finding.js';
import type { Report } from '../../src/model/report.js';
import { renderHtml } from '../../src/report/html/index.js';
import { compareFilesChecked } from '../assert-report.js';

const sample: Report = compareFilesChecked(
  'sources/astana-2018-05-14/presstv.txt',
  'sources/astana-2018-05-14/wire.txt',
);
const hostile: Report = compareFilesChecked('test/fixtures/hostile/a.txt', 'test/fixtures/hostile/b.txt');
const html = renderHtml(sample);
const hostileHtml = renderHtml(hostile);

const ENTITIES: Record<string, string> = {
  '&lt;': '<',
  '&gt;': '>',
  '&quot;': '"',
  '&#39;': "'",
  '&amp;': '&',
};
const decodeEntities = (s: string) => s.replace(/&(?:lt|gt|quot|#39|amp);/g, (e) => ENTITIES[e]);
const stripTags = (s: string) => decodeEntities(s.replace(/<[^>]*>/g, ''));

/** The inner HTML of a sentence's text, found by its element id (`a-s5`). */
function sentenceHtml(page: string, side: 'a' | 'b', id: string): string {
  const match = new RegExp(`id="${side}-${id}">.*?<span class="st">(.*?)</span></p>`).exec(page);
  if (!match) throw new Error(`sentence ${side}-${id} not rendered`);
  return match[1];
}

/** The text of the runs marked for a finding in one sentence, joined. */
function markedText(inner: string, finding: string): string {
  const runs = [...inner.matchAll(/<span class="hl [^"]*"[^>]*data-f="([^"]*)"[^>]*>([^<]*)<\/span>/g)];
  return runs
    .filter((m) => m[1].split(' ').includes(finding))
    .map((m) => decodeEntities(m[2]))
    .join('');
}

/** Every element name and attribute (name, raw value) in the page, read tag by tag. */
function tags(page: string): { elements: string[]; attributes: Array<[string, string]> } {
  const body = page.replace(/<(script|style)>[\s\S]*?<\/\1>/g, '<$1></$1>');
  const elements: string[] = [];
  const attributes: Array<[string, string]> = [];
  for (const [, name, rest] of body.matchAll(/<([a-z][a-z0-9]*)([^>]*)>/gi)) {
    elements.push(name.toLowerCase());
    const attrs = rest.replace(/\s*\/$/, '');
    // Every attribute the renderer writes is a bare name or name="value" with no quote inside.
    const parsed = [...attrs.matchAll(/\s+([^\s=]+)(?:="([^"]*)")?/g)];
    expect(parsed.map((m) => m[0]).join('')).toBe(attrs);
    for (const m of parsed) attributes.push([m[1].toLowerCase(), m[2] ?? '']);
  }
  return { elements, attributes };
}
// The vocabulary of a report: anything else in the page came from a source and escaped badly.
const ELEMENTS = new Set(
  'html head meta title style body a header p span h1 h2 h3 div section dl dt dd time main svg rect ul li ol button fieldset legend label input aside q br em code table thead tbody tr th td footer script strong'.split(
    ' ',
  ),
);
const ATTRIBUTES = new Set(
  'lang charset http-equiv content name class href aria-label aria-labelledby aria-hidden aria-live aria-pressed aria-sort datetime viewbox preserveaspectratio role x y width height type data-f data-k data-kind data-s data-low data-col data-v value checked title id tabindex hidden rel colspan scope'.split(
    ' ',
  ),
);

function csp(page: string): Map<string, string> {
  const content = /<meta http-equiv="Content-Security-Policy" content="([^"]*)">/.exec(page)?.[1] ?? '';
  return new Map(content.split('; ').map((d) => [d.split(' ')[0], d.slice(d.indexOf(' ') + 1)]));
}
const sha256 = (s: string) => `'sha256-${createHash('sha256').update(s).digest('base64')}'`;

describe.each([
  ['the sample report', sample, html],
  ['the hostile report', hostile, hostileHtml],
])('renderHtml: %s', (_name, report, page) => {
  it('shows every sentence of both sides, escaped, with nothing lost', () => {
    for (const side of ['a', 'b'] as const) {
      for (const s of report.sources[side].sentences) {
        expect(stripTags(sentenceHtml(page, side, s.id))).toBe(s.text);
      }
    }
  });

  it('marks every finding span in its sentence', () => {
    for (const f of report.findings) {
      for (const side of ['a', 'b'] as const) {
        for (const span of f[side]) {
          expect(markedText(sentenceHtml(page, side, span.sentence), f.id)).toContain(span.text);
        }
      }
    }
  });

  it('lists every finding as a button with its explanation and rule, the less confident ones hidden', () => {
    for (const f of report.findings) {
      const low = f.confidence < CONFIDENT ? ' data-low hidden' : '';
      const item = new RegExp(
        `<li id="finding-${f.id}" class="finding" data-kind="${f.kind}"${low}>[\\s\\S]*?</li>`,
      ).exec(page)?.[0];
      expect(item).toContain(`<button type="button" class="pick" data-f="${f.id}"`);
      expect(decodeEntities(item ?? '')).toContain(f.explanation);
      expect(item).toContain(`<code>${f.ruleId}</code>`);
      // Each evidence span is a control naming the sentence whose marks it brings into view.
      for (const side of ['a', 'b'] as const) {
        for (const span of f[side]) {
          const goto = `<button type="button" class="goto" data-f="${f.id}" data-s="${side}-${span.sentence}"`;
          expect(item).toContain(goto);
          expect(page).toContain(`id="${side}-${span.sentence}"`);
        }
      }
    }
  });

  it('allows only its own inline script and style, by hash', () => {
    const scripts = [...page.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => m[1]);
    const styles = [...page.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((m) => m[1]);
    expect(scripts).toHaveLength(1);
    expect(styles).toHaveLength(1);
    const policy = csp(page);
    expect(policy.get('default-src')).toBe("'none'");
    expect(policy.get('script-src')).toBe(sha256(scripts[0]));
    expect(policy.get('style-src')).toBe(sha256(styles[0]));
  });

  it('has only the expected elements and attributes: no handlers, no inline styles, no external resources', () => {
    const { elements, attributes } = tags(page);
    expect(elements.filter((e) => e === 'script' || e === 'style')).toEqual(['style', 'script']);
    expect(elements.filter((e) => !ELEMENTS.has(e))).toEqual([]);
    expect(attributes.filter(([name]) => !ATTRIBUTES.has(name))).toEqual([]);
    const links = attributes.filter(([name]) => name === 'href').map(([, value]) => value);
    expect(links.filter((href) => !/^(?:#[a-z][\w-]*|https?:\/\/[^\s"<>]+)$/.test(href))).toEqual([]);
    expect(page).not.toMatch(/@import|url\(|@font-face/i);
  });
});

describe('renderHtml: hostile front matter', () => {
  it('shows the outlet and title as text and drops a javascript: link', () => {
    expect(hostileHtml).toContain('&lt;script&gt;window.__pwned=1&lt;/script&gt;Press &lt;b&gt;TV&lt;/b&gt;');
    expect(hostileHtml).toContain('&lt;/textarea&gt;&lt;svg/onload=window.__pwned=1&gt;');
    expect(hostileHtml).toContain('javascript:window.__pwned=1 (not an http link)');
    expect(hostileHtml).not.toMatch(/href="javascript:/i);
    expect(hostileHtml).toContain(
      'href="https://example.org/a?q=%22%3E%3Cscript%3Ewindow.__pwned=1%3C/script%3E"',
    );
  });

  it('keeps the hostile markup inside the source text', () => {
    expect(hostile.sources.a.text).toContain('<script>window.__pwned=1</script>');
    expect(hostile.sources.b.text).toContain('<svg onload="window.__pwned=1">');
  });
});

describe('renderHtml: determinism', () => {
  it('renders the same report to byte-identical HTML, also after a JSON round trip', () => {
    const copy = JSON.parse(JSON.stringify(sample)) as Report;
    expect(renderHtml(sample)).toBe(html);
    expect(renderHtml(copy)).toBe(html);
  });

  it('names the pair in the title and carries the generator version', () => {
    expect(html).toContain(
      '<title>Press TV vs Wire report: astana-2018-05-14/presstv--wire · crosscheck</title>',
    );
    expect(html).toContain(`<meta name="generator" content="crosscheck ${sample.generator.version}">`);
  });
});
