import { mkdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeText, compareFiles, compareSources, readSource } from '../../src/pipeline.js';
import { tempDir } from '../batch/helpers.js';

// Review of ux6, items 4 and 5, on invented two-sentence articles: where a report's source path
// comes from, and which pairs carry the duplicate-content and same-path diagnostics.

const BODY = 'The council approved the new bridge on Monday. Work starts in May.\n';
const OTHER = 'The mayor opened the harbour museum. Entry is free until June.\n';
const article = (outlet: string, body: string) =>
  `---\noutlet: ${outlet}\npublished: 2026-01-05\n---\n${body}`;

function write(dir: string, path: string, text: string): string {
  const full = join(dir, path);
  mkdirSync(join(full, '..'), { recursive: true });
  writeFileSync(full, text);
  return full;
}

const codes = (report: { diagnostics: { code: string }[] }) => report.diagnostics.map((d) => d.code);

describe('report paths: the read stage resolves them, the pure stages keep what they are given', () => {
  it('analyzeText keeps the path as given, whatever the working directory', () => {
    const a = analyzeText(article('Coast Courier', BODY), {}, 'fox.txt');
    const b = analyzeText(article('Harbour Herald', OTHER), {}, 'nyt.txt');
    expect(compareSources(a, b).sources.a.path).toBe('fox.txt');
  });

  it('readSource records <event folder>/<file name> and that folder as the event, however typed', () => {
    const file = write(tempDir(), 'ev/a.txt', article('Coast Courier', BODY));
    for (const typed of [file, relative(process.cwd(), file)]) {
      const raw = readSource(typed);
      expect([raw.recordedPath, raw.event, raw.path]).toEqual(['ev/a.txt', 'ev', typed]);
    }
  });

  it('two files that would record one path carry read/same-path', () => {
    const dir = tempDir();
    const a = write(dir, 'x/ev/a.txt', article('Coast Courier', BODY));
    const b = write(dir, 'y/ev/a.txt', article('Harbour Herald', OTHER));
    const report = compareFiles(a, b);
    expect(codes(report)).toContain('read/same-path');
    expect(codes(compareFiles(a, write(dir, 'y/ev/b.txt', OTHER)))).not.toContain('read/same-path');
  });
});

describe('read/duplicate-content compares the article text, not the file bytes', () => {
  it.each<[string, string, string, boolean]>([
    [
      'the same article under another outlet',
      article('Coast Courier', BODY),
      article('Wire Mirror', BODY),
      true,
    ],
    ['the same bytes', article('Coast Courier', BODY), article('Coast Courier', BODY), true],
    ['two articles', article('Coast Courier', BODY), article('Coast Courier', OTHER), false],
  ])('%s', (_name, textA, textB, flagged) => {
    const dir = tempDir();
    const report = compareFiles(write(dir, 'ev/a.txt', textA), write(dir, 'ev/b.txt', textB));
    expect(codes(report).includes('read/duplicate-content')).toBe(flagged);
  });
});
