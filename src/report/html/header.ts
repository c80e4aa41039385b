import type { Report, ReportSource } from '../../model/report.js';
import type { Side } from '../../model/span.js';
import { escapeHtml, safeHttpUrl } from './escape.js';

/** The article's title: front matter `title`, else its first headline sentence, else null. */
function sourceTitle(source: ReportSource): string | null {
  return source.title ?? source.sentences.find((s) => s.role === 'headline')?.text ?? null;
}

/** The page header: the pair, then one card per outlet with title, date, link and word count. */
export function renderHeader(report: Report): string {
  const { a, b } = report.sources;
  return `<header class="top">
<p class="kicker">crosscheck · <span class="pair">${escapeHtml(report.pair.id)}</span></p>
<h1>${escapeHtml(a.outlet)} <span class="vs">vs</span> ${escapeHtml(b.outlet)}</h1>
<div class="cards">
${sourceCard('a', a)}
${sourceCard('b', b)}
</div>
</header>`;
}

function sourceCard(side: Side, source: ReportSource): string {
  const url = safeHttpUrl(source.url);
  const title = sourceTitle(source);
  const link = url
    ? `<a href="${escapeHtml(url)}" rel="noopener noreferrer">${escapeHtml(url)}</a>`
    : source.url
      ? `<span class="muted">${escapeHtml(source.url)} (not an http link)</span>`
      : '<span class="muted">no link</span>';
  const date = source.published
    ? `<time datetime="${escapeHtml(source.published)}">${escapeHtml(source.published)}</time>`
    : 'undated';
  return `<section class="card side-${side}" aria-label="Source ${side.toUpperCase()}: ${escapeHtml(source.outlet)}">
<p class="outlet"><span class="side-badge">${side.toUpperCase()}</span> ${escapeHtml(source.outlet)}</p>
<p class="title">${title === null ? '<span class="muted">no title or headline</span>' : escapeHtml(title)}</p>
<dl class="facts"><div><dt>Published</dt><dd>${date}</dd></div><div><dt>Words</dt><dd>${source.wordCount}</dd></div><div><dt>Sentences</dt><dd>${source.sentences.length}</dd></div><div class="link"><dt>Link</dt><dd>${link}</dd></div></dl>
</section>`;
}
