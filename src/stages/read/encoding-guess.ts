// Which encoding a file that is not UTF-8 is probably in, for the hint of its error line (user
// trial 10). Shift-JIS is tried first and strictly: Western text rarely decodes as it, because a
// high byte followed by a space or a full stop is no Shift-JIS pair. Western text is named as
// Windows-1252, never Latin-1: the two agree on every letter, but where Windows-1252 has curly
// quotes and dashes (0x80–0x9F) Latin-1 has invisible C1 controls.
const shiftJis = new TextDecoder('shift_jis', { fatal: true });

/** The iconv name of the likely encoding of bytes that are not UTF-8. */
export function likelyEncoding(bytes: Uint8Array): 'shift_jis' | 'cp1252' {
  try {
    shiftJis.decode(bytes);
    return 'shift_jis';
  } catch {
    return 'cp1252';
  }
}
