import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Finding } from '../../src/model/finding.js';
import type { Report } from '../../src/model/report.js';
import { type AnalyzedSource, analyzeText, compareSources } from '../../src/pipeline.js';
import { checkReport } from '../../src/report/check.js';
import { applyEdit, EDITS, type Edit, type EditType, shuffleParagraphs } from './edits.js';

/** One article of the corpora, split into its front matter block and body. */
export interface Article {
  name: string;
  head: string;
  body: string;
}

/** Every .txt file under `dir`, in sorted order: `<event>/<outlet>.txt` or `<set>/<event>/<outlet>.txt`. */
function articleFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .sort((x, y) => (x.name < y.name ? -1 : x.name > y.name ? 1 : 0))
    .flatMap((entry) => {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) return articleFiles(path);
      return entry.isFile() && entry.name.endsWith('.txt') ? [path] : [];
    });
}

/**
 * The articles the harness runs on: `limit` of them under `root` from the `from`-th on (the
 * repository's sources/ in the test; a corpus given on the command line in scripts/eval-perturb.ts).
 */
export function loadArticles(root: string, limit = Number.POSITIVE_INFINITY, from = 0): Article[] {
  const files = articleFiles(root);
  return files.slice(from, from + limit).map((path) => {
    const content = readFileSync(path, 'utf8');
    const m = /^---\r?\n[\s\S]*?\r?\n---\r?\n/.exec(content);
    const head = m ? m[0] : '';
    return { name: path, head, body: content.slice(head.length) };
  });
}

const analyze = (article: Article, body: string, id: string): AnalyzedSource =>
  analyzeText(article.head + body, {}, `perturb/${id}.txt`);

/** Findings that are not agreements: what a researcher would have to look at. */
const reported = (findings: Finding[]) => findings.filter((f) => f.kind !== 'agreement');

/** Whether a span lies over the edit `start..end` (an insertion point counts as one character). */
const overlaps = (spans: readonly { start: number; end: number }[], start: number, end: number) =>
  spans.some((s) => s.start < Math.max(end, start + 1) && start < s.end);

/**
 * Whether a finding cites, on both sides, an attribution whose cue lies in the edit. A quotation
 * over two sentences ('"…get this done. The American people are watching," Mr. Obama said') has
 * a claim per sentence, all with the one cue; a finding on the first cites it through its claim,
 * not through a span over the cue (issue 5, perturb10).
 */
function citesEditedCue(report: Report, f: Finding, edit: Edit): boolean {
  const inB = { start: edit.start, end: edit.start + edit.insert.length };
  const cueAt = (side: 'a' | 'b', start: number, end: number) =>
    report.claims.some(
      (c) =>
        c.kind === 'attribution' &&
        f.claims.includes(c.id) &&
        c.id.startsWith(`${side}:`) &&
        overlaps([c.cue], start, end),
    );
  return cueAt('a', edit.start, edit.end) && cueAt('b', inB.start, inB.end);
}

/** Whether the report found the edit with the right kind and spans on both sides. */
function found(report: Report, edit: Edit): boolean {
  const inB = { start: edit.start, end: edit.start + edit.insert.length };
  return reported(report.findings).some((f) => {
    if (f.kind !== edit.expect) return false;
    if (edit.type === 'said-to-claimed' && citesEditedCue(report, f, edit)) return true;
    if (!overlaps(f.a, edit.start, edit.end)) return false;
    return edit.insert.length === 0 && edit.expect === 'omission'
      ? f.b.length === 0
      : edit.type === 'drop-attribution' || overlaps(f.b, inB.start, inB.end);
  });
}

/** The non-agreement findings of a report, one short phrase each: what the tool said instead. */
const describe = (findings: Finding[]) =>
  reported(findings)
    .map(
      (f) =>
        `${f.kind} ${f.ruleId} a=${JSON.stringify(f.a.map((s) => s.text))} b=${JSON.stringify(f.b.map((s) => s.text))}`,
    )
    .join(' | ') || 'nothing';

/** Per edit type: how many edits were made and found, and how many other findings came with them. */
export interface HarnessResult {
  edits: Record<EditType, { made: number; found: number; extra: number }>;
  /** Non-agreement findings on unedited text: an article with itself, and with its shuffled copy. */
  falseOnUnedited: number;
  /** What `checkReport` found wrong in any report the harness made (none expected). */
  invalid: string[];
  misses: string[];
}

/** Runs every edit type on every article and compares the copy with its original. */
export function runHarness(articles: Article[]): HarnessResult {
  const result: HarnessResult = {
    edits: Object.fromEntries(
      Object.keys(EDITS).map((k) => [k, { made: 0, found: 0, extra: 0 }]),
    ) as HarnessResult['edits'],
    falseOnUnedited: 0,
    misses: [],
    invalid: [],
  };
  for (const article of articles) {
    const compare = (a: AnalyzedSource, b: AnalyzedSource) => {
      const report = compareSources(a, b);
      result.invalid.push(...checkReport(report).map((problem) => `${article.name}: ${problem}`));
      return report;
    };
    const original = analyze(article, article.body, 'original');
    result.falseOnUnedited += reported(
      compare(original, analyze(article, article.body, 'copy')).findings,
    ).length;
    const shuffled = analyze(article, shuffleParagraphs(article.body), 'shuffled');
    result.falseOnUnedited += reported(compare(original, shuffled).findings).length;
    for (const [type, make] of Object.entries(EDITS) as [EditType, (typeof EDITS)[EditType]][]) {
      const edit = make(original);
      if (!edit) continue;
      // Edits are made on the analysed text, which opens with the front matter's title when the
      // body lacks it; that text already holds the title, so analysing it adds nothing before it.
      const report = compare(original, analyze(article, applyEdit(original.text, edit), 'edited'));
      const findings = report.findings;
      const tally = result.edits[type];
      tally.made += 1;
      const hit = found(report, edit);
      if (hit) tally.found += 1;
      else
        result.misses.push(
          `${type} in ${article.name} at ${edit.start}: ${JSON.stringify(original.text.slice(edit.start, edit.end))} → ${JSON.stringify(edit.insert)}; reported: ${describe(findings)}`,
        );
      tally.extra += Math.max(0, reported(findings).length - (hit ? 1 : 0));
    }
  }
  return result;
}

/** The figures the harness prints: recall per edit type and false findings. */
export function formatHarness(result: HarnessResult): string {
  const lines = Object.entries(result.edits).map(
    ([type, t]) =>
      `${type.padEnd(18)} recall=${t.made ? (t.found / t.made).toFixed(3) : 'n/a'} (${t.found}/${t.made}) extra_findings=${t.extra}`,
  );
  lines.push(`unedited (self + shuffled) false_findings=${result.falseOnUnedited}`);
  return lines.join('\n');
}
