import { lstatSync, mkdtempSync, readdirSync, readFileSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeAllAtomic, writeAtomic } from '../../src/io/write-atomic.js';

// User trial 18, item 18: writing to a link to nothing replaced the link with a regular file,
// while a link to an existing file is written at that file and stays a link.

const folder = () => mkdtempSync(join(tmpdir(), 'cc-links-'));
const isLink = (path: string) => lstatSync(path).isSymbolicLink();

describe('writeAtomic through a link to nothing', () => {
  it('creates the file the link names and keeps the link', () => {
    const dir = folder();
    const [target, link] = [join(dir, 'target.json'), join(dir, 'link.json')];
    symlinkSync(target, link);
    writeAtomic(link, '{"a":1}\n');
    expect(isLink(link)).toBe(true);
    expect(readFileSync(target, 'utf8')).toBe('{"a":1}\n');
    expect(readdirSync(dir).sort()).toEqual(['link.json', 'target.json']);
  });

  it('reads a relative link from the link’s folder', () => {
    const dir = folder();
    const link = join(dir, 'link.json');
    symlinkSync('target.json', link);
    writeAtomic(link, 'x');
    expect(isLink(link)).toBe(true);
    expect(readFileSync(join(dir, 'target.json'), 'utf8')).toBe('x');
  });

  it('follows a chain of links to the missing file at its end, creating its folder', () => {
    const dir = folder();
    const [first, second, target] = [join(dir, 'a.json'), join(dir, 'b.json'), join(dir, 'new', 'c.json')];
    symlinkSync(second, first);
    symlinkSync(target, second);
    writeAllAtomic([
      { path: first, text: 'chained' },
      { path: join(dir, 'plain.json'), text: 'plain' },
    ]);
    expect(isLink(first) && isLink(second)).toBe(true);
    expect(readFileSync(target, 'utf8')).toBe('chained');
    expect(readFileSync(join(dir, 'plain.json'), 'utf8')).toBe('plain');
  });
});
