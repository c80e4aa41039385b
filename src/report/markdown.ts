import { CONFIDENT, FINDING_KINDS, type Finding, isConfident } from '../model/finding.js';
import type { Report, ReportSource } from '../model/report.js';
import type { Span } from '../model/span.js';
import { cappedLines, shownByKind, shownOfAll } from './counts.js';
import { safeHttpUrl } from './html/escape.js';
import { labelPairs } from './label-pairs.js';

/** How many findings the "top findings" list shows; the full table follows. */
const TOP = 10;

/**
 * A Markdown summary of one pair, for a CI log or a pull-request comment (GitHub Flavored
 * Markdown): the sources, counts by kind, the top findings with their evidence, the framing
 * label pairs, the confident findings in a table, and the diagnostics. Findings below
 * `CONFIDENT` are counted but not listed (the JSON report keeps them). Source text is escaped,
 * so a source cannot inject links, images, HTML or table cells.
 */
export function renderMarkdown(full: Report): string {
  const report = { ...full, findings: full.findings.filter(isConfident) };
  const { a, b } = report.sources;
  const total = full.findings.length;
  const lines = [
    // A link reference definition: no renderer shows it, and it is no raw HTML. It lets `batch`
    // pass over a report left in an event folder (user trial 18, item 10).
    `[//]: # (generator: crosscheck ${full.generator.version})`,
    '',
    `## crosscheck: ${md(a.outlet)} vs ${md(b.outlet)}`,
    '',
    `${md(report.pair.id)} · ${total} findings, ${report.findings.length} with confidence ≥ ${CONFIDENT} · ${report.alignment.length} aligned sentence links · ${report.claims.length} claims`,
    '',
    '| Side | Outlet | Title | Published | Words | Link |',
    '| --- | --- | --- | --- | ---: | --- |',
    sourceRow('A', a),
    sourceRow('B', b),
    '',
    counts(report.findings, full.summary),
    '',
    ...cappedLines(full).flatMap((line) => [line, '']),
    ...topFindings(report),
    ...framing(report),
    ...allFindings(report, total - report.findings.length),
    ...diagnostics(report),
  ];
  return `${lines
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trimEnd()}\n`;
}

/** Counts by kind of the shown findings, "**3** / 4 agreement" where some of the kind are hidden (user trial 3). */
function counts(shown: Finding[], all: Report['summary']): string {
  const n = shownByKind(shown);
  return FINDING_KINDS.map((k) => {
    const c = shownOfAll(n[k], all[k]);
    return c.all === undefined ? `**${c.shown}** ${k}` : `**${c.shown}** / ${c.all} ${k}`;
  }).join(' · ');
}

/** Escapes text for inline Markdown: backslash before every character GFM could read as markup. */
export function md(text: string): string {
  // ':' too, so quoted source text never reads as a scheme ("javascript:") to a renderer or a reader.
  return text.replace(/\s+/g, ' ').replace(/[\\`*_[\]<>|~&!#@:]/g, (c) => `\\${c}`);
}

function sourceRow(side: string, s: ReportSource): string {
  const title = s.title ?? s.sentences.find((x) => x.role === 'headline')?.text ?? '—';
  const url = safeHttpUrl(s.url);
  const link = url ? `<${url.replace(/[<>|]/g, (c) => encodeURIComponent(c))}>` : '—';
  return `| ${side} | ${md(s.outlet)} | ${md(title)} | ${md(s.published ?? '—')} | ${s.wordCount} | ${link} |`;
}

function quote(spans: Span[]): string {
  return spans.length === 0 ? '*absent*' : spans.map((s) => `“${md(s.text)}”`).join(', ');
}

function topFindings(report: Report): string[] {
  const top = report.findings.filter((f) => f.kind !== 'agreement').slice(0, TOP);
  if (top.length === 0) return [];
  const { a, b } = report.sources;
  return [
    '### Top findings',
    '',
    ...top.flatMap((f, i) => [
      `${i + 1}. **${f.kind}** ${md(f.explanation)} (${f.id}, \`${f.ruleId}\`)`,
      `   - ${md(a.outlet)}: ${quote(f.a)} · ${md(b.outlet)}: ${quote(f.b)}`,
    ]),
    '',
  ];
}

function framing(report: Report): string[] {
  const pairs = labelPairs(report);
  if (pairs.length === 0) return [];
  const { a, b } = report.sources;
  return [
    '### Framing',
    '',
    `| ${md(a.outlet)} says | ${md(b.outlet)} says | Group | Categories | Count |`,
    '| --- | --- | --- | --- | ---: |',
    ...pairs.map(
      (p) =>
        `| ${md(p.a)} | ${md(p.b)} | ${md(p.group) || '—'} | ${md(p.categoryA || '—')} / ${md(p.categoryB || '—')} | ${p.count} |`,
    ),
    '',
  ];
}

/** The confident findings in a table, and how many less confident ones the JSON report holds besides. */
function allFindings(report: Report, hidden: number): string[] {
  const note =
    hidden > 0
      ? [
          hidden === 1
            ? `1 finding with confidence below ${CONFIDENT} is not listed; the JSON report keeps it.`
            : `${hidden} findings with confidence below ${CONFIDENT} are not listed; the JSON report keeps them.`,
          '',
        ]
      : [];
  if (report.findings.length === 0) return ['No confident findings.', '', ...note];
  const row = (f: Finding) =>
    `| ${f.id} | ${f.kind} | ${f.salience.toFixed(2)} | ${f.confidence.toFixed(2)} | ${md(f.explanation)} | \`${f.ruleId}\` |`;
  return [
    `### Findings (${report.findings.length})`,
    '',
    '| Id | Kind | Salience | Confidence | Explanation | Rule |',
    '| --- | --- | ---: | ---: | --- | --- |',
    ...report.findings.map(row),
    '',
    ...note,
  ];
}

function diagnostics(report: Report): string[] {
  if (report.diagnostics.length === 0) return [];
  return [
    '### Diagnostics',
    '',
    ...report.diagnostics.map((d) => `- ${d.severity} \`${d.code}\`: ${md(d.message)}`),
    '',
  ];
}
