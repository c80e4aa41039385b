import { parse as parseYaml } from 'yaml';
import { UserError } from '../../errors.js';

/** The front matter block and the text after it. */
export interface FrontMatterSplit {
  /** Parsed YAML mapping, or null when the file has no front matter. */
  data: Record<string, unknown> | null;
  /** Text after the closing `---` line (and its newline). */
  body: string;
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
    return { data: null, body: text };
  }
  let data: unknown;
  try {
    data = parseYaml(match[1]);
  } catch (error) {
    const reason = (error as Error).message.split('\n')[0];
    throw new UserError(
      'bad-front-matter',
      `${path}: front matter is not valid YAML (${reason})`,
      'fix the YAML between the --- lines, e.g. `outlet: Press TV`',
      path,
    );
  }
  if (data !== null && data !== undefined && (typeof data !== 'object' || Array.isArray(data))) {
    throw new UserError(
      'bad-front-matter',
      `${path}: front matter must be a YAML mapping of fields`,
      'write fields as `key: value` lines (outlet, published, url, title, language)',
      path,
    );
  }
  return { data: (data as Record<string, unknown>) ?? {}, body: text.slice(match[0].length) };
}
