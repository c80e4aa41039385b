import { describe, expect, it } from 'vitest';
import { escapeHtml, safeHttpUrl } from '../../src/report/html/escape.js';

describe('escapeHtml', () => {
  it.each([
    ['plain text', 'plain text'],
    ['<script>window.__pwned=1</script>', '&lt;script&gt;window.__pwned=1&lt;/script&gt;'],
    ['<img src=x onerror="x()">', '&lt;img src=x onerror=&quot;x()&quot;&gt;'],
    ["it's", 'it&#39;s'],
    ['AT&T &amp;', 'AT&amp;T &amp;amp;'],
    ['Kazakhstan’s capital\u00a0Astana', 'Kazakhstan’s capital\u00a0Astana'],
  ])('%j → %j', (input, expected) => {
    expect(escapeHtml(input)).toBe(expected);
  });
});

describe('safeHttpUrl allows only absolute http(s) links', () => {
  it.each([
    ['https://www.presstv.com/Detail/2018/05/14/x', 'https://www.presstv.com/Detail/2018/05/14/x'],
    ['http://example.org', 'http://example.org/'],
    ['  https://example.org/a b ', 'https://example.org/a%20b'],
    ['https://example.org/?q="><script>', 'https://example.org/?q=%22%3E%3Cscript%3E'],
    ['javascript:window.__pwned=1', null],
    ['JaVaScRiPt:alert(1)', null],
    ['data:text/html,<script>alert(1)</script>', null],
    ['//evil.example/x', null],
    ['/relative/path', null],
    ['ftp://example.org/file', null],
    ['not a url', null],
    ['', null],
    [undefined, null],
  ])('%j → %j', (input, expected) => {
    expect(safeHttpUrl(input)).toBe(expected);
  });
});
