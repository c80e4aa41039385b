import { describe, expect, it } from 'vitest';
import { UserError } from '../../src/errors.js';
import { parseSource } from '../../src/stages/read/index.js';

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
