import type { Finding } from '../../../src/model/finding.js';
import { analyzeText, compareSources } from '../../../src/pipeline.js';

/**
 * Background paragraphs written for these tests: they give each fixture article the body of a
 * real report, so that the words of one fact are rare within the pair, as they are in news.
 */
export const FILLER = [
  'The council has debated the harbour plan for most of the year.',
  'Opposition members argued that the budget left little room for schools.',
  'A spokesman for the mayor declined to comment on the negotiations.',
  'Residents packed a town hall meeting to hear the proposals.',
  'The regional government is expected to review the figures next month.',
];

/** An article: the paragraphs given, then the filler, under a front matter. */
export function article(outlet: string, published: string, paragraphs: string[]): string {
  return `---\noutlet: ${outlet}\npublished: ${published}\n---\n${[...paragraphs, ...FILLER].join('\n\n')}\n`;
}

/** Findings of comparing two articles, as `kind rule: a-span ~ b-span` lines. */
export function compareArticles(a: string, b: string): Finding[] {
  return compareSources(analyzeText(a, {}, 'ev/a.txt'), analyzeText(b, {}, 'ev/b.txt')).findings;
}

/** One finding as a line a table can list. */
export const brief = (f: Finding): string =>
  `${f.ruleId}: ${f.a.map((s) => s.text).join('|')} ~ ${f.b.map((s) => s.text).join('|')}`;

/** The findings of `kind` between two articles of the paragraphs given, published the same day, as `brief` lines. */
export function findingsOfKind(
  kind: Finding['kind'],
  a: string[],
  b: string[],
  published = '2025-06-06',
): string[] {
  return compareArticles(article('A', published, a), article('B', published, b))
    .filter((f) => f.kind === kind)
    .map(brief);
}
