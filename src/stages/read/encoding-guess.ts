// Which encoding a file that is not UTF-8 is probably in, for the hint of its error line (user
// trial 10). Western text is named as Windows-1252, never Latin-1: the two agree on every letter,
// but where Windows-1252 has curly quotes and dashes (0x80–0x9F) Latin-1 has invisible C1 controls.
// Shift-JIS is named only when the file decodes strictly as it AND its high bytes look Japanese:
// cp1252's ’ (0x92), “ (0x93) and — (0x97) are Shift-JIS lead bytes that take an ASCII letter as
// trail byte, and « É ß (0xA1–0xDF) are half-width katakana, so English with curly apostrophes
// decodes "strictly" as Shift-JIS too (review-ux item 3).
const shiftJis = new TextDecoder('shift_jis', { fatal: true });

const isLead = (byte: number) => (byte >= 0x81 && byte <= 0x9f) || (byte >= 0xe0 && byte <= 0xfc);

// A two-byte character looks Japanese when its trail byte is high (no cp1252 letter-after-quote
// does that) or it is full-width punctuation, hiragana or katakana (leads 0x81–0x83), which
// Japanese prose is full of and cp1252 text (0x81 unused, 0x82 ‚, 0x83 ƒ) all but never has.
const looksJapanese = (lead: number, trail: number) => trail >= 0x80 || lead <= 0x83;

/** The share of the non-ASCII characters, read as Shift-JIS, that look Japanese. */
function japaneseShare(bytes: Uint8Array): number {
  let characters = 0;
  let japanese = 0;
  for (let i = 0; i < bytes.length; i++) {
    const byte = bytes[i];
    if (byte < 0x80) continue;
    characters += 1;
    if (isLead(byte) && i + 1 < bytes.length) {
      if (looksJapanese(byte, bytes[i + 1])) japanese += 1;
      i += 1;
    }
  }
  return characters === 0 ? 0 : japanese / characters;
}

/** The iconv name of the likely encoding of bytes that are not UTF-8. */
export function likelyEncoding(bytes: Uint8Array): 'shift_jis' | 'cp1252' {
  try {
    shiftJis.decode(bytes);
  } catch {
    return 'cp1252';
  }
  return japaneseShare(bytes) > 0.5 ? 'shift_jis' : 'cp1252';
}
