import { UserError } from '../errors.js';
import type { AnalyzedSource } from '../model/analyzed-source.js';

/**
 * Refuses a source with no body sentence (white space only, a headline only, front matter only)
 * as the CLI refuses an empty file: compared as an article, it would make every fact of the
 * other side an omission (user trial 2). The library's `compareSources` still accepts it and
 * says so in a `segment/no-sentences` diagnostic.
 */
export function requireBody(source: AnalyzedSource): AnalyzedSource {
  if (source.sentences.some((sentence) => sentence.role === 'body')) return source;
  throw new UserError(
    'empty-file',
    `${source.path} has no body text`,
    "give the article's text after its headline",
    source.path,
  );
}
