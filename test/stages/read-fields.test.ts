import { describe, expect, it } from 'vitest';
import { UserError } from '../../src/errors.js';
import { parseSource } from '../../src/stages/read/index.js';
import { FRONT_MATTER_FIELDS } from '../../src/stages/read/meta.js';

// User trial 18, item 13: capitalised keys, an empty `outlet:` and no outlet key all fell back to
// the file name without a word, so outlet profiles were keyed by file names.

const bytes = (text: string) => new TextEncoder().encode(text);
const read = (front: string) =>
  parseSource('ev/file-name.txt', bytes(`---\n${front}\n---\nTen people died.`));
const codes = (front: string) => read(front).diagnostics.map((d) => d.code);

describe('front matter field names in any case', () => {
  it.each([
    ['Outlet: Alpha Daily\nPublished: 2021-04-02', { outlet: 'Alpha Daily', published: '2021-04-02' }],
    [
      'OUTLET: Alpha Daily\nURL: https://example.org/a',
      { outlet: 'Alpha Daily', url: 'https://example.org/a' },
    ],
    [
      'outlet: Alpha Daily\nTitle: Ten Die\nLanguage: en',
      { outlet: 'Alpha Daily', title: 'Ten Die', language: 'en' },
    ],
    // Read as flat `key: value` lines (a title holding ': '), the names are read the same way.
    [
      'Outlet: Alpha Daily\nTitle: Mayor: Ten Die\nPublished: 2021-04-02',
      { outlet: 'Alpha Daily', title: 'Mayor: Ten Die', published: '2021-04-02' },
    ],
  ])('%j is read as its fields', (front, meta) => {
    const raw = read(front);
    expect(raw.meta).toEqual(meta);
    expect(raw.diagnostics.map((d) => d.code)).not.toContain('read/no-outlet');
  });

  it('keeps the lower-case field when a key differs from it only in case, and names both', () => {
    const raw = read('Outlet: Beta Post\noutlet: Alpha Daily\npublished: 2021-04-02');
    expect(raw.meta.outlet).toBe('Alpha Daily');
    expect(raw.diagnostics).toEqual([
      {
        code: 'read/duplicate-field',
        severity: 'warning',
        message:
          "file-name: front matter gives 'outlet' twice, as 'Outlet' and as 'outlet': 'Outlet' is ignored",
        source: 'file-name',
      },
    ]);
  });

  it('leaves keys that are no field alone', () => {
    expect(read('outlet: Alpha Daily\npublished: 2021-04-02\nauthor: A. Writer').meta).toEqual({
      outlet: 'Alpha Daily',
      published: '2021-04-02',
    });
    expect(codes('outlet: Alpha Daily\npublished: 2021-04-02\nauthor: A. Writer')).toEqual([]);
  });
});

describe('front matter that names no outlet', () => {
  it.each([
    ['outlet:\npublished: 2021-04-02'],
    ["outlet: ''\npublished: 2021-04-02"],
    ['outlet: "   "\npublished: 2021-04-02'],
    ['published: 2021-04-02'],
    ['published: 2021-04-02\nsource: Alpha Daily'],
  ])('%j takes the outlet from the file name and says so', (front) => {
    const raw = read(front);
    expect(raw.meta.outlet).toBe('file-name');
    expect(raw.diagnostics).toEqual([
      {
        code: 'read/no-outlet',
        severity: 'warning',
        message: "file-name has no 'outlet' in its front matter: the outlet is taken from the file name",
        source: 'file-name',
      },
    ]);
  });

  it('says nothing when the outlet is given, even when it is the file name', () => {
    expect(codes('outlet: file-name\npublished: 2021-04-02')).toEqual([]);
  });
});

// User trial 21, item 8: `published: [2025-03-05, 2025-03-06]` was read as its first date without
// a word; every field crosscheck reads takes one value. Item 10: the hint spoke of outlets for all.
describe('a list or mapping where one value belongs', () => {
  const refusal = (front: string) => {
    try {
      read(front);
    } catch (error) {
      return error as UserError;
    }
    throw new Error(`accepted: ${front}`);
  };
  const shapes = FRONT_MATTER_FIELDS.flatMap((field) => [
    [field, 'a list', `${field}: [2025-03-05, 2025-03-06]`],
    [field, 'a list', `${field}:\n  - 2025-03-05`],
    [field, 'a mapping', `${field}: { day: 2025-03-05 }`],
  ]);

  it.each(shapes)('%s given as %s (%j) is refused with one line', (field, what, front) => {
    const error = refusal(front);
    expect(error).toBeInstanceOf(UserError);
    expect(error.code).toBe('bad-front-matter');
    expect(error.message).toBe(`ev/file-name.txt: '${field}' is ${what}, not a single value`);
    expect(error.fix).toMatch(new RegExp(`^write one value, e\\.g\\. \`${field}: [^\`]+\``));
  });

  it.each([
    ['outlet', 'write one value, e.g. `outlet: Press TV` (one outlet per file)'],
    ['published', 'write one value, e.g. `published: 2018-05-14` (one date per file)'],
    ['title', 'write one value, e.g. `title: Ten people die in floods` (one headline per file)'],
    ['url', 'write one value, e.g. `url: https://example.org/story` (one address per file)'],
    ['language', 'write one value, e.g. `language: en` (one language per file)'],
    ['leaning', 'write one value, e.g. `leaning: centre-left` (one leaning per file)'],
  ])('the hint for %s fits the field', (field, fix) => {
    expect(refusal(`${field}: [A headline]`).fix).toBe(fix);
  });
});
