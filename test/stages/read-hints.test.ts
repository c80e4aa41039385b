import { describe, expect, it } from 'vitest';
import { UserError } from '../../src/errors.js';
import { parseSource } from '../../src/stages/read/index.js';

const ascii = (text: string) => [...text].map((c) => c.charCodeAt(0));

function fixFor(bytes: number[]): string {
  try {
    parseSource('ev/a.txt', new Uint8Array(bytes));
  } catch (error) {
    expect(error).toBeInstanceOf(UserError);
    return (error as UserError).fix;
  }
  throw new Error('no error thrown');
}

// User trial 10: every non-UTF-8 file was told `iconv -f latin1`, which turns Windows-1252 curly
// quotes into invisible C1 controls; and an article in German was read with the English model silently.
describe('the encoding hint names the likely encoding', () => {
  it.each([
    // [name, bytes, the iconv hint]
    [
      'Windows-1252 curly quotes',
      [0x93, ...ascii('Yes,'), 0x94, ...ascii(' he said.')],
      'iconv -f cp1252 -t utf-8',
    ],
    ['Latin-1 accents', ascii('caf').concat([0xe9], ascii(' au lait.')), 'iconv -f cp1252 -t utf-8'],
    [
      'Shift-JIS',
      [
        0x93, 0xfa, 0x96, 0x7b, 0x8c, 0xea, 0x82, 0xcc, 0x8b, 0x4c, 0x8e, 0x96, 0x82, 0xc5, 0x82, 0xb7, 0x81,
        0x42,
      ],
      'iconv -f shift_jis -t utf-8',
    ],
  ])('%s', (_name, bytes, hint) => {
    expect(fixFor(bytes)).toContain(hint);
  });
});

const codes = (text: string) =>
  parseSource('ev/a.txt', new TextEncoder().encode(text)).diagnostics.map((d) => [d.code, d.severity]);
const FRONT = '---\noutlet: A\npublished: 2020-01-02\n';

describe('warnings a source carries as data', () => {
  it.each([
    [
      'C1 controls from a cp1252 file converted as Latin-1',
      `${FRONT}---\n\u0093Yes,\u0094 he said.\n`,
      [['read/c1-controls', 'warning']],
    ],
    ['no C1 controls', `${FRONT}---\n“Yes,” he said.\n`, []],
    ['language: de', `${FRONT}language: de\n---\nEr sagte ja.\n`, [['read/not-english', 'warning']]],
    ['language: en-GB', `${FRONT}language: en-GB\n---\nHe said yes.\n`, []],
    ['language: EN', `${FRONT}language: EN\n---\nHe said yes.\n`, []],
  ])('%s', (_name, text, expected) => {
    expect(codes(text)).toEqual(expected);
  });
});
