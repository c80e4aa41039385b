import { parse as parseYaml } from 'yaml';
import { UserError } from '../../errors.js';

/** The front matter block and the text after it. */
export interface FrontMatterSplit {
  /** Parsed YAML mapping, or null when the file has no front matter. */
  data: Record<string, unknown> | null;
  /** Text after the closing `---` line (and its newline). */
  body: string;
  /** True when strict YAML failed and the block was read as flat `key: value` lines. */
  lenient?: boolean;
}

// Front matter is a leading `---` line, YAML, and a closing `---` line (Jekyll/remark convention).
// Lines may end in LF, CRLF or a lone CR (old Mac files), as YAML itself allows.
// An empty block (`---` right after `---`) is front matter with no fields (user trial 9).
const FENCE = /^---[ \t]*(?:\r\n|\r|\n)(?:([\s\S]*?)(?:\r\n|\r|\n))?---[ \t]*(?:\r\n|\r|\n|$)/;
const OPENING = /^---[ \t]*(?:\r\n|\r|\n)/;
const LINE_BREAK = /\r\n|\r|\n/;

/**
 * Front matter limits: metadata is a handful of fields, and YAML parsing time grows with the
 * square of a mapping's keys (40,000 keys took 10.7 s, issue 12), so larger blocks are refused.
 */
export const MAX_FRONT_MATTER = { bytes: 32 * 1024, lines: 500 } as const;

function checkLimits(block: string, path: string): void {
  const lines = block.split(LINE_BREAK).length;
  if (block.length > MAX_FRONT_MATTER.bytes || lines > MAX_FRONT_MATTER.lines) {
    throw new UserError(
      'bad-front-matter',
      `${path}: front matter is too large (${lines} lines, ${Math.ceil(block.length / 1024)} KB; at most ${MAX_FRONT_MATTER.lines} lines and ${MAX_FRONT_MATTER.bytes / 1024} KB)`,
      'keep only the metadata fields (outlet, published, url, title, language) between the --- lines',
      path,
    );
  }
}

/** Splits YAML front matter off a source; throws a UserError when it does not parse. */
export function splitFrontMatter(content: string, path: string): FrontMatterSplit {
  const text = content.startsWith('\uFEFF') ? content.slice(1) : content;
  const opened = OPENING.test(text);
  // The closing fence is looked for within the limit only, so a huge block costs nothing.
  const window = MAX_FRONT_MATTER.bytes + 64;
  const match = opened ? FENCE.exec(text.slice(0, window)) : null;
  if (!match) {
    if (opened && text.length > window) {
      throw new UserError(
        'bad-front-matter',
        `${path}: front matter has no closing '---' within its first ${MAX_FRONT_MATTER.bytes / 1024} KB`,
        'keep only the metadata fields between the --- lines (at most 32 KB and 500 lines)',
        path,
      );
    }
    if (opened) {
      throw new UserError(
        'bad-front-matter',
        `${path}: front matter opens with '---' but never closes`,
        "add a closing '---' line after the YAML block",
        path,
      );
    }
    return { data: null, body: text, lenient: false };
  }
  const block = match[1] ?? '';
  checkLimits(block, path);
  let data: unknown;
  let lenient = false;
  try {
    data = parseYaml(block.replace(/\r\n?/g, '\n'));
  } catch (error) {
    data = parseFlat(block);
    lenient = data !== null;
    const reason = (error as Error).message.split('\n')[0].replace(/:$/, '');
    if (!lenient) {
      throw new UserError(
        'bad-front-matter',
        `${path}: front matter is not valid YAML (${reason})`,
        'fix the YAML between the --- lines, e.g. `outlet: Press TV`',
        path,
      );
    }
  }
  if (data !== null && data !== undefined && (typeof data !== 'object' || Array.isArray(data))) {
    throw new UserError(
      'bad-front-matter',
      `${path}: front matter must be a YAML mapping of fields`,
      'write fields as `key: value` lines (outlet, published, url, title, language)',
      path,
    );
  }
  return { data: (data as Record<string, unknown>) ?? {}, body: text.slice(match[0].length), lenient };
}

// Scraped corpora (BASIL among them) write titles such as `title: Reid: Mosque Should Be Built`,
// which strict YAML rejects. When every line is a plain `key: value`, the value is taken literally.
const FLAT_LINE = /^([A-Za-z_][\w-]*):[ \t]*(.*)$/;
const YAML_SYNTAX = /^[[{&*!|>]/;
// A value that opens a double quote and never closes it is a typing mistake, not a scraped title
// (user trial 9); a leading single quote may be an apostrophe ('Tis), so it stays literal.
const UNCLOSED_QUOTE = /^"[^"]*$/;

/** Reads front matter as flat `key: value` lines, or returns null when it is not that simple. */
function parseFlat(block: string): Record<string, string> | null {
  const data: Record<string, string> = {};
  for (const line of block.split(LINE_BREAK)) {
    if (line.trim() === '' || line.trimStart().startsWith('#')) continue;
    const m = FLAT_LINE.exec(line);
    if (!m || YAML_SYNTAX.test(m[2]) || UNCLOSED_QUOTE.test(m[2].trim())) return null;
    data[m[1]] = m[2].trim();
  }
  return data;
}
