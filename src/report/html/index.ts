import type { Report } from '../../model/report.js';
import { SCRIPT } from './client.js';
import { contentSecurityPolicy } from './csp.js';
import { escapeHtml } from './escape.js';
import { renderFilter, renderFindings } from './findings.js';
import { renderHeader } from './header.js';
import { renderSplit } from './split.js';
import { STYLE } from './styles.js';
import { renderSummary } from './summary.js';
import { renderClaimsTable, renderFramingTable } from './tables.js';

/**
 * Renders one pair's report as a single self-contained HTML file: inline CSS and JS allowed by
 * hash in a Content-Security-Policy, no network, no fonts. Every piece of source text is escaped.
 * Pure and deterministic: the same report gives byte-identical HTML.
 */
export function renderHtml(report: Report): string {
  const { a, b } = report.sources;
  const title = `${a.outlet} vs ${b.outlet}: ${report.pair.id} · crosscheck`;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy(SCRIPT, STYLE)}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<meta name="generator" content="crosscheck ${escapeHtml(report.generator.version)}">
<title>${escapeHtml(title)}</title>
<style>${STYLE}</style>
</head>
<body>
<a class="skip" href="#texts-h">Skip to the articles</a>
${renderHeader(report)}
<main>
${renderSummary(report)}
${renderFilter(report)}
<div class="layout">
${renderSplit(report)}
${renderFindings(report)}
</div>
${renderFramingTable(report)}
${renderClaimsTable(report)}
${renderDiagnostics(report)}
</main>
<footer><p>Made by crosscheck ${escapeHtml(report.generator.version)} from <code>${escapeHtml(a.path)}</code> (A) and <code>${escapeHtml(b.path)}</code> (B). Offsets are UTF-16 positions in each article's text.</p></footer>
<script>${SCRIPT}</script>
</body>
</html>
`;
}

function renderDiagnostics(report: Report): string {
  if (report.diagnostics.length === 0) return '';
  const items = report.diagnostics
    .map(
      (d) =>
        `<li><strong>${d.severity}</strong> <code>${escapeHtml(d.code)}</code>: ${escapeHtml(d.message)}</li>`,
    )
    .join('\n');
  return `<section class="diagnostics" aria-labelledby="diagnostics-h">
<h2 id="diagnostics-h">Diagnostics</h2>
<ul>
${items}
</ul>
</section>`;
}
