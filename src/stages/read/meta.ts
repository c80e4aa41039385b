import { UserError } from '../../errors.js';
import type { SourceMeta } from '../../model/source.js';

/** Turns front-matter fields into SourceMeta; `published` accepts a YAML date or `YYYY-MM-DD…`. */
export function toMeta(
  data: Record<string, unknown> | null,
  fallbackOutlet: string,
  path: string,
): SourceMeta {
  const meta: SourceMeta = { outlet: fallbackOutlet };
  if (!data) return meta;
  const str = (key: string): string | undefined => {
    const value = data[key];
    if (value === undefined || value === null || value === '') return undefined;
    return String(value).trim();
  };
  meta.outlet = str('outlet') ?? fallbackOutlet;
  const published = data.published;
  if (published instanceof Date) {
    meta.published = published.toISOString().slice(0, 10);
  } else if (published !== undefined && published !== null && published !== '') {
    const m = /^(\d{4}-\d{2}-\d{2})/.exec(String(published));
    if (!m || Number.isNaN(Date.parse(`${m[1]}T00:00:00Z`))) {
      throw new UserError(
        'bad-front-matter',
        `${path}: 'published' is not a date (${String(published)})`,
        'write it as YYYY-MM-DD, e.g. `published: 2018-05-14`',
        path,
      );
    }
    meta.published = m[1];
  }
  for (const key of ['url', 'title', 'language', 'leaning'] as const) {
    const value = str(key);
    if (value !== undefined) meta[key] = value;
  }
  return meta;
}
