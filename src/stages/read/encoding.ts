import { UserError } from '../../errors.js';
import { likelyEncoding } from './encoding-guess.js';

/**
 * The largest article accepted, in bytes. Real news articles are under 150 KB (the longest in
 * the sample corpora is far below); beyond this, time and memory grow past what a comparison of
 * two articles should cost (README "Limits"), so the file is refused with one line.
 */
export const MAX_ARTICLE_BYTES = 256 * 1024;

const decoder = new TextDecoder('utf-8', { fatal: true });

/** Throws the one-line error for a file over `MAX_ARTICLE_BYTES`. */
export function checkSize(path: string, size: number): void {
  if (size > MAX_ARTICLE_BYTES) {
    throw new UserError(
      'too-large',
      `${path} is ${Math.ceil(size / 1024)} KB, over the ${MAX_ARTICLE_BYTES / 1024} KB limit for one article`,
      'give one article per file (split a collection into files)',
      path,
    );
  }
}

/**
 * UTF-16 text, by its byte order mark or by NUL in every other byte of its first bytes
 * (ASCII letters in UTF-16 have a zero high byte). Windows tools write it as "Unicode".
 */
function looksUtf16(bytes: Uint8Array): boolean {
  if (
    bytes.length >= 2 &&
    ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))
  )
    return true;
  const pairs = Math.min(256, Math.floor(bytes.length / 2));
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < pairs; i++) {
    if (bytes[2 * i] === 0 && bytes[2 * i + 1] !== 0) evenZero++;
    if (bytes[2 * i + 1] === 0 && bytes[2 * i] !== 0) oddZero++;
  }
  return pairs >= 2 && Math.max(evenZero, oddZero) >= pairs * 0.6;
}

/** Decodes a source's bytes as UTF-8; empty, UTF-16, binary and invalid files throw one line each. */
export function decodeSource(path: string, bytes: Uint8Array): string {
  if (bytes.length === 0) {
    throw new UserError('empty-file', `${path} is empty`, 'give a .txt or .md article with some text', path);
  }
  checkSize(path, bytes.length);
  if (looksUtf16(bytes)) {
    throw new UserError(
      'invalid-utf8',
      `${path} is UTF-16 text, not UTF-8`,
      'convert it to UTF-8 first, e.g. `iconv -f utf-16 -t utf-8`',
      path,
    );
  }
  if (bytes.includes(0)) {
    throw new UserError(
      'binary-file',
      `${path} looks binary (it contains NUL bytes)`,
      'give a plain-text .txt or .md article',
      path,
    );
  }
  try {
    return decoder.decode(bytes);
  } catch {
    const from = likelyEncoding(bytes);
    throw new UserError(
      'invalid-utf8',
      `${path} is not valid UTF-8`,
      `convert it from its encoding, probably \`iconv -f ${from} -t utf-8\` (\`file -i\` may name another)`,
      path,
    );
  }
}
