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
const FENCE = /^---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

/** Splits YAML front matter off a source; throws a UserError when it does not parse. */
export function splitFrontMatter(content: string, path: string): FrontMatterSplit {
  const text = content.startsWith('\uFEFF') ? content.slice(1) : content;
  const match = FENCE.exec(text);
  if (!match) {
    if (/^---[ \t]*\r?\n/.test(text)) {
      throw new UserError(
        'bad-front-matter',
        `${path}: front matter opens with '---' but never closes`,
        "add a closing '---' line after the YAML block",
        path,
      );
    }
    return { data: null, body: text, lenient: false };
  }
  let data: unknown;
  let lenient = false;
  try {
    data = parseYaml(match[1]);
  } catch (error) {
    data = parseFlat(match[1]);
    lenient = data !== null;
    const reason = (error as Error).message.split('\n')[0];
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

/** Reads front matter as flat `key: value` lines, or returns null when it is not that simple. */
function parseFlat(block: string): Record<string, string> | null {
  const data: Record<string, string> = {};
  for (const line of block.split(/\r?\n/)) {
    if (line.trim() === '' || line.trimStart().startsWith('#')) continue;
    const m = FLAT_LINE.exec(line);
    if (!m || YAML_SYNTAX.test(m[2])) return null;
    data[m[1]] = m[2].trim();
  }
  return data;
}
