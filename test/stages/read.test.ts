import { describe, expect, it } from 'vitest';
import { UserError } from '../../src/errors.js';
import { parseSource } from '../../src/stages/read/index.js';
import { withTitle } from '../../src/stages/read/title.js';
import { segment } from '../../src/stages/segment/index.js';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('parseSource', () => {
  it('reads front matter and keeps the text after it', () => {
    const raw = parseSource(
      'ev/presstv.txt',
      bytes('---\noutlet: Press TV\npublished: 2018-05-14\n---\nHello world.'),
    );
    expect(raw.meta).toEqual({ outlet: 'Press TV', published: '2018-05-14' });
    expect(raw.text).toBe('Hello world.');
    expect(raw.event).toBe('ev');
    expect(raw.diagnostics).toEqual([]);
  });

  it('falls back to the file name and says so without front matter', () => {
    const raw = parseSource('ev/wire.txt', bytes('Hello world.'));
    expect(raw.meta.outlet).toBe('wire');
    expect(raw.meta.published).toBeUndefined();
    expect(raw.diagnostics.map((d) => d.code)).toEqual(['read/no-front-matter']);
  });

  it('warns when front matter has no publication date', () => {
    const raw = parseSource('ev/x.txt', bytes('---\noutlet: X\n---\nHi.'));
    expect(raw.diagnostics.map((d) => d.code)).toEqual(['read/no-publication-date']);
  });

  it.each([
    ['empty-file', new Uint8Array()],
    ['binary-file', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00])],
    ['invalid-utf8', new Uint8Array([0x48, 0xc3, 0x28, 0x21])],
    ['bad-front-matter', bytes('---\noutlet: [unclosed\n---\nText.')],
    // User trial 9: a double quote never closed is a mistake, not a scraped title.
    ['bad-front-matter', bytes('---\noutlet: "unclosed\n---\nText.')],
    // Review of ux, item 9: `''` is YAML's escape inside single quotes, so this quote was opened on purpose.
    ['bad-front-matter', bytes("---\noutlet: 'it''s\n---\nText.")],
    ['bad-front-matter', bytes('---\noutlet: X\nText without a closing fence.')],
    ['bad-front-matter', bytes('---\npublished: last tuesday\n---\nText.')],
    ['bad-front-matter', bytes('---\n- a\n- list\n---\nText.')],
  ])('rejects %s input with a UserError that carries a fix', (code, input) => {
    let caught: unknown;
    try {
      parseSource('ev/bad.txt', input);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(UserError);
    expect((caught as UserError).code).toBe(code);
    expect((caught as UserError).toLine()).toMatch(/^crosscheck: ev\/bad\.txt\b.*: .+/);
  });
});

describe('front matter from scraped corpora', () => {
  it('reads a title holding ": " or a stray quote as plain key: value lines, with a note', () => {
    const text =
      "---\noutlet: HuffPost\npublished: 2010-08-16\ntitle: Mayor: Bridge Should Be Rebuilt\nevent: 'Europe's Oldest' Bridge\n---\nBody.";
    const raw = parseSource('ev/hpo.txt', bytes(text));
    expect(raw.meta.title).toBe('Mayor: Bridge Should Be Rebuilt');
    expect(raw.meta.published).toBe('2010-08-16');
    expect(raw.diagnostics.map((d) => d.code)).toEqual(['read/flat-front-matter']);
  });
});

describe('single quotes in front matter (review of ux, item 9)', () => {
  it.each([
    ["outlet: 'it''s'", "it's"],
    ["outlet: 'Tis the Season", "'Tis the Season"],
    ["outlet: Reuters'", "Reuters'"],
  ])('%s reads as %j', (line, outlet) => {
    expect(parseSource('ev/q.txt', bytes(`---\n${line}\n---\nText.`)).meta.outlet).toBe(outlet);
  });
});

describe('an empty front matter block (user trial 9)', () => {
  it.each([
    ['---\n---\nThe police said 12 people died.\n'],
    ['---\r\n---\r\nThe police said 12 people died.\r\n'],
    ['---  \n---\nThe police said 12 people died.'],
  ])('%j is read as front matter with no fields', (text) => {
    const raw = parseSource('ev/fm0.txt', bytes(text));
    expect(raw.text).toMatch(/^The police said 12 people died\.\r?\n?$/);
    expect(raw.meta.outlet).toBe('fm0');
    // User trial 18, item 13: the outlet taken from the file name is said, as without front matter.
    expect(raw.diagnostics.map((d) => d.code)).toEqual(['read/no-outlet', 'read/no-publication-date']);
  });
});

describe('the front matter title as the headline', () => {
  it.each([
    // [body, title, expected text, bodyStart]
    ['Body one.\n', 'A Headline', 'A Headline\n\nBody one.\n', 12],
    ['A Headline\n\nBody one.', 'A Headline', 'A Headline\n\nBody one.', 0],
    ['News / Politics\n\na  headline\nBody.', 'A Headline', 'News / Politics\n\na  headline\nBody.', 0],
    ['Body one.', '  Two\n lines ', 'Two lines\n\nBody one.', 11],
    ['Body one.', undefined, 'Body one.', 0],
    ['Body one.', '   ', 'Body one.', 0],
  ])('puts %j after title %j only when the body lacks it', (body, title, text, bodyStart) => {
    expect(withTitle(body, title)).toEqual({ text, bodyStart });
  });

  it('keeps every offset exact: the body is the text from bodyStart on, and the title is a headline', () => {
    const raw = parseSource(
      'ev/fox.txt',
      bytes('---\noutlet: Fox\ntitle: Senate Passes the Bill\n---\nThe Senate voted 98-1 on Friday.'),
    );
    expect(raw.bodyStart).toBe('Senate Passes the Bill\n\n'.length);
    expect(raw.text.slice(raw.bodyStart)).toBe('The Senate voted 98-1 on Friday.');
    const [first] = segment(raw).sentences;
    expect(first).toMatchObject({ role: 'headline', start: 0, text: 'Senate Passes the Bill' });
  });
});
