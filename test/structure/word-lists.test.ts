import { describe, expect, it } from 'vitest';
import { readText, tsFiles } from './source-files.js';

// Word lists live in src/lexicons/data/ (YAML, a source per entry), not in code. This finds any
// array of more than five string literals in src/**/*.ts outside src/lexicons/.

const STRING = String.raw`(?:'(?:\\.|[^'\\\n])*'|"(?:\\.|[^"\\\n])*"|\`(?:\\.|[^\`\\$])*\`)`;
const GAP = String.raw`(?:\s|//[^\n]*\n|/\*[\s\S]*?\*/)*`;
const LIST = new RegExp(String.raw`\[${GAP}(?:${STRING}${GAP},${GAP}){5,}${STRING}${GAP},?${GAP}\]`, 'g');

/** `file:line` of every list of more than five string literals in `text`. */
const stringLists = (file: string, text: string): string[] =>
  [...text.matchAll(LIST)].map((m) => `${file}:${text.slice(0, m.index).split('\n').length}`);

/** Lists that are not words of a language but names in crosscheck's own formats. */
const EXEMPT: Record<string, string> = {
  'src/model/finding.ts': 'FINDING_KINDS, the finding kinds of the report format',
  'src/model/profile.ts':
    'SPEAKER_KINDS, the speaker kinds of the claims table and the outlet profile (review of kind9, 12)',
  'src/report/html/tables.ts': 'the claims table headers',
  'src/report/outlet-charts.ts': 'chart colours (Okabe & Ito), not words',
  'src/stages/align/features.ts': 'the names of the alignment features (params.json keys)',
  'src/stages/read/html.ts': 'HTML block element names (the HTML standard), not words',
  'src/tables/stale.ts': 'the names of the analysis files a batch writes',
};

/**
 * Word lists still in code, in files other work was rewriting when the rest moved (issue 14).
 * Move each to src/lexicons/data/ with a source per entry, then delete its line here.
 */
const PENDING: Record<string, string> = {};

const found = tsFiles('src')
  .filter((file) => !file.startsWith('src/lexicons/'))
  .flatMap((file) => stringLists(file, readText(file)));
const fileOf = (where: string) => where.replace(/:\d+$/, '');

describe('word lists are data', () => {
  it('no list of more than five string literals in src/**/*.ts outside src/lexicons/', () => {
    const inCode = found.filter((where) => !(fileOf(where) in EXEMPT) && !(fileOf(where) in PENDING));
    // Put the words in a src/lexicons/data/*.yaml file, each entry with its source, and load them.
    expect(inCode).toEqual([]);
  });

  it('the pending list only names files that still hold a word list', () => {
    const stale = Object.keys({ ...PENDING, ...EXEMPT }).filter(
      (file) => !found.some((w) => fileOf(w) === file),
    );
    expect(stale, 'moved: delete these lines from PENDING/EXEMPT').toEqual([]);
  });

  it.each([
    ["const X = new Set(['a', 'b', 'c', 'd', 'e', 'f']);", 1],
    ["const X = [\n  'a', // one\n  'b',\n  'c',\n  'd',\n  'e',\n  \"f\",\n];", 1],
    ["const X = ['a', 'b', 'c', 'd', 'e'];", 0],
    ["const X = ['a', 'b', 'c', 'd', 'e', 1];", 0],
  ])('%s', (text, count) => {
    expect(stringLists('x.ts', text)).toHaveLength(count);
  });
});
