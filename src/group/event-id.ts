import { createHash } from 'node:crypto';
import type { CorpusArticle } from '../corpus/index.js';

/** A row's identity for event ids: what it says and who said it when, not where it sits in the file. */
export function articleKey(article: CorpusArticle): string {
  const { outlet, published = '', title = '', text } = article;
  return createHash('sha256').update(`${outlet}\0${published}\0${title}\0${text}`).digest('hex').slice(0, 16);
}

/**
 * An event's id: its first publication day and a hash of its members' keys, so the same
 * articles give the same id whatever their order in the corpus (`2018-05-14-3f2a9c1e`).
 */
export function eventId(keys: string[], firstDay: string | undefined): string {
  const hash = createHash('sha256')
    .update([...keys].sort().join('\n'))
    .digest('hex')
    .slice(0, 8);
  return `${firstDay ?? 'undated'}-${hash}`;
}
