import { existsSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { type ColumnMap, type CorpusArticle, readCorpus } from '../corpus/index.js';
import { UserError } from '../errors.js';
import { writeAtomic } from '../io/write-atomic.js';
import type { Grouping } from './index.js';
import { LAYOUT_MARK } from './layout-mark.js';

/** A name safe as a file or folder name on every system: lower case, letters, digits and dashes. */
export function slug(name: string): string {
  return (
    name
      .normalize('NFKD')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 80) || 'x'
  );
}

/** The article as a source file: YAML front matter (strings JSON-quoted, valid YAML), then the text as read. */
export function toSourceFile(article: CorpusArticle): string {
  const fields = (['outlet', 'published', 'url', 'title'] as const).flatMap((key) =>
    article[key] === undefined ? [] : [`${key}: ${JSON.stringify(article[key])}`],
  );
  return `---\n${fields.join('\n')}\n---\n${article.text}`;
}

/**
 * Writes `dir/<event>/<outlet>.txt` for every event with two articles or more, ready for
 * `crosscheck batch dir`. A folder a previous `--layout` wrote is replaced; any other
 * non-empty folder is refused rather than mixed with. Returns the number of files written.
 */
export async function writeLayout(
  corpus: string,
  columns: ColumnMap,
  grouping: Grouping,
  dir: string,
): Promise<number> {
  prepare(dir);
  const sizes = new Map<string, number>();
  for (const event of grouping.events) sizes.set(event, (sizes.get(event) ?? 0) + 1);
  const taken = new Set<string>();
  let ordinal = 0;
  let written = 0;
  for await (const entry of readCorpus(corpus, columns)) {
    if (!('article' in entry)) continue;
    const event = grouping.events[ordinal++];
    if ((sizes.get(event) ?? 0) < 2) continue;
    const base = join(dir, slug(event), slug(entry.article.outlet));
    // Rows that name their event may hold two articles of one outlet; the second gets a number.
    let path = `${base}.txt`;
    for (let n = 2; taken.has(path); n++) path = `${base}-${n}.txt`;
    taken.add(path);
    writeAtomic(path, toSourceFile(entry.article));
    written++;
  }
  writeAtomic(join(dir, LAYOUT_MARK), 'written by crosscheck group --layout; replaced by the next run\n');
  return written;
}

function prepare(dir: string): void {
  if (!existsSync(dir) || readdirSync(dir).length === 0) return;
  if (!existsSync(join(dir, LAYOUT_MARK))) {
    throw new UserError(
      'bad-usage',
      `--layout ${dir} is a folder that crosscheck did not write`,
      'name a new or empty folder',
      dir,
    );
  }
  for (const name of readdirSync(dir)) rmSync(join(dir, name), { recursive: true, force: true });
}
