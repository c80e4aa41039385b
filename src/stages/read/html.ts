/**
 * Saved web pages (`.html`, `.htm`): the article's main text by Mozilla's Readability (the
 * Firefox Reader View algorithm) on linkedom, a light DOM, and the metadata from the page's
 * `<head>`: Open Graph (`og:title`, `og:site_name`, `og:url`), `article:published_time`
 * (ogp.me), schema.org `datePublished`, or the first `<time datetime>`.
 */
import { createRequire } from 'node:module';
import type { Readability as ReadabilityClass } from '@mozilla/readability';
import type { parseHTML as ParseHtml } from 'linkedom';

/**
 * linkedom and Readability, loaded when the first page is read. Imported with the module, they
 * cost every thread that analyses sources ~5 MB of heap and ~25 MB of RSS (a bare node, issue 13),
 * and most batches read no HTML. `require` keeps reading synchronous; both packages ship CommonJS.
 */
let dom: { parseHTML: typeof ParseHtml; Readability: typeof ReadabilityClass } | undefined;
function loadDom(): NonNullable<typeof dom> {
  const require = createRequire(import.meta.url);
  dom ??= {
    parseHTML: require('linkedom').parseHTML,
    Readability: require('@mozilla/readability').Readability,
  };
  return dom;
}

/** Block elements whose text becomes one paragraph of the source text. */
const BLOCKS = new Set([
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'P',
  'LI',
  'BLOCKQUOTE',
  'PRE',
  'FIGCAPTION',
  'TD',
  'DT',
  'DD',
]);

/** What a page yields: front-matter-like fields and the text compared. */
export interface HtmlArticle {
  data: Record<string, string>;
  text: string;
}

/**
 * The page's headline: Open Graph or Twitter title, else its first `<h1>`. Not `<title>`, which
 * is often the site's name or carries it ("Headline | Site"); that only fills `title`.
 */
function headline(document: Doc): string | undefined {
  const meta = metaContent(document, ['meta[property="og:title"]', 'meta[name="twitter:title"]']);
  const h1 = document.querySelector('h1')?.textContent?.replace(/\s+/g, ' ').trim();
  return meta ?? (h1 || undefined);
}

type Doc = ReturnType<typeof ParseHtml>['document'];
type Node = { nodeType: number; nodeName: string; textContent: string | null; childNodes: ArrayLike<Node> };

function metaContent(document: Doc, selectors: string[]): string | undefined {
  for (const selector of selectors) {
    const element = document.querySelector(selector);
    const value =
      element?.getAttribute('content') ?? element?.getAttribute('datetime') ?? element?.getAttribute('href');
    if (value?.trim()) return value.trim();
  }
  return undefined;
}

/** The page's metadata, read before Readability rewrites the document. */
function pageData(document: Doc): Record<string, string> {
  const fields: Record<string, string | undefined> = {
    outlet: metaContent(document, ['meta[property="og:site_name"]', 'meta[name="application-name"]']),
    title: headline(document) ?? document.title?.trim(),
    published: metaContent(document, [
      'meta[property="article:published_time"]',
      'meta[itemprop="datePublished"]',
      'meta[name="date"]',
      'time[datetime]',
    ]),
    url: metaContent(document, ['link[rel="canonical"]', 'meta[property="og:url"]']),
    language: document.documentElement?.getAttribute('lang') ?? undefined,
  };
  return Object.fromEntries(Object.entries(fields).filter((e): e is [string, string] => Boolean(e[1])));
}

/** A block's text: markup whitespace collapsed, `<br>` kept as a line break. */
function blockText(node: Node): string {
  if (node.nodeType === 3) return (node.textContent ?? '').replace(/[ \t\r\n\f]+/g, ' ');
  if (node.nodeName === 'BR') return '\n';
  return Array.from(node.childNodes, blockText).join('');
}

/** The text of the leaf blocks under `root`, in document order. */
function paragraphs(root: Node): string[] {
  const found: string[] = [];
  const visit = (node: Node): boolean => {
    let holdsBlock = false;
    for (const child of Array.from(node.childNodes)) if (visit(child)) holdsBlock = true;
    if (!BLOCKS.has(node.nodeName)) return holdsBlock;
    if (!holdsBlock) {
      const text = blockText(node)
        .split('\n')
        .map((line) => line.trim())
        .join('\n')
        .trim();
      if (text) found.push(text);
    }
    return true;
  };
  visit(root);
  return found;
}

/** Reads a saved page: its headline as the first line (as in a `.txt` article), then the main text's paragraphs. */
export function readHtml(html: string): HtmlArticle {
  const { parseHTML, Readability } = loadDom();
  const { document } = parseHTML(html);
  const data = pageData(document);
  const title = headline(document);
  const article = new Readability(document as unknown as Document).parse();
  const content = parseHTML(`<!doctype html><html><body>${article?.content ?? ''}</body></html>`).document;
  const blocks = paragraphs(content.body as unknown as Node);
  // Readability drops a heading that repeats the title; the headline line goes back first, as in a .txt article.
  if (title && blocks[0] !== title) blocks.unshift(title);
  return { data, text: blocks.join('\n\n') };
}
