import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readSource } from '../../src/pipeline.js';

const ROOT = new URL('../../', import.meta.url).pathname;

/** One row per article of the repo's `sources/` folders, with the folder it came from. */
export interface SourceRow {
  folder: string;
  outlet: string;
  published?: string;
  title?: string;
  url?: string;
  text: string;
}

/** Every article under `sources/`, in path order. */
export function sourceRows(): SourceRow[] {
  const dir = join(ROOT, 'sources');
  return readdirSync(dir)
    .sort()
    .flatMap((folder) =>
      readdirSync(join(dir, folder))
        .filter((name) => name.endsWith('.txt'))
        .sort()
        .map((name) => {
          const { meta, text } = readSource(join(dir, folder, name));
          return {
            folder,
            outlet: meta.outlet,
            published: meta.published,
            title: meta.title,
            url: meta.url,
            text,
          };
        }),
    );
}

/** Writes rows as JSONL, without the folder (the event is what `group` must find). */
export function writeJsonl(path: string, rows: SourceRow[]): string {
  writeFileSync(path, rows.map(({ folder: _, ...row }) => `${JSON.stringify(row)}\n`).join(''));
  return path;
}
