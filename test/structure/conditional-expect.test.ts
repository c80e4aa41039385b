import { describe, expect, it } from 'vitest';
import { readText, tsFiles } from './source-files.js';

/** The end (inclusive) of the statement that starts at `at`: a braced block, or up to `;`. */
function statementEnd(text: string, at: number): number {
  if (text[at] !== '{') return text.indexOf(';', at);
  let end = at;
  for (let depth = 0; end < text.length; end++) {
    if (text[end] === '{') depth++;
    else if (text[end] === '}' && --depth === 0) break;
  }
  return end;
}

const skipSpace = (text: string, at: number): number => {
  let i = at;
  while (/\s/.test(text[i] ?? '')) i++;
  return i;
};

/**
 * Lines of `if` statements whose body asserts while some path past them may not: no `else`
 * that asserts too, and no early `return`/`throw` in the body. A lexer would be exact; braces
 * inside strings are rare enough in tests that counting them will do.
 */
function conditionalExpects(text: string): number[] {
  const lines: number[] = [];
  for (const m of text.matchAll(/\bif\s*\(/g)) {
    let at = m.index + m[0].length;
    for (let depth = 1; depth > 0 && at < text.length; at++) {
      if (text[at] === '(') depth++;
      else if (text[at] === ')') depth--;
    }
    const start = skipSpace(text, at);
    const end = statementEnd(text, start);
    const body = text.slice(start, end + 1);
    if (!/\bexpect\s*\(/.test(body) || /\b(return|throw)\b/.test(body)) continue;
    const next = skipSpace(text, end + 1);
    if (text.startsWith('else', next)) {
      const other = skipSpace(text, next + 4);
      if (/\bexpect\s*\(/.test(text.slice(other, statementEnd(text, other) + 1))) continue;
    }
    lines.push(text.slice(0, m.index).split('\n').length);
  }
  return lines;
}

describe('tests that can fail', () => {
  it('no test puts an expect only inside an if: assert the condition instead', () => {
    const found = tsFiles('test')
      .filter((file) => file !== 'test/structure/conditional-expect.test.ts')
      .flatMap((file) => conditionalExpects(readText(file)).map((line) => `${file}:${line}`));
    // Write `expect(hit).toBeDefined(); expect(hit?.x).toBe(1)`, not `if (hit) expect(hit.x).toBe(1)`.
    expect(found).toEqual([]);
  });

  it.each([
    ['if (a) expect(a).toBe(1);', [1]],
    ['if (b) {\n  expect(b).toBe(2);\n}', [1]],
    ['if (c) expect(c).toBe(1);\nelse expect(c).toBeUndefined();', []],
    ['if (d === null) {\n  expect(d).toBeNull();\n  return;\n}\nexpect(d).toBe(1);', []],
    ['if (!e) throw new Error("no e");\nexpect(e).toBe(1);', []],
  ])('%s', (text, lines) => {
    expect(conditionalExpects(text)).toEqual(lines);
  });
});
