import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Finding } from '../../src/model/finding.js';
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
 * The articles the harness runs on: the first `limit` under `root` (the repository's sources/ in
 * the test; a corpus given on the command line in scripts/eval-perturb.ts).
 */
export function loadArticles(root: string, limit = Number.POSITIVE_INFINITY): Article[] {
  const files = articleFiles(root);
  return files.slice(0, limit).map((path) => {
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

const overlaps = (spans: Finding['a'], start: number, end: number) =>
  spans.some((s) => s.start < Math.max(end, start + 1) && start < s.end);

/** Whether the report found the edit with the right kind and spans on both sides. */
function found(findings: Finding[], edit: Edit): boolean {
  const inB = { start: edit.start, end: edit.start + edit.insert.length };
  return reported(findings).some((f) => {
    if (f.kind !== edit.expect || !overlaps(f.a, edit.start, edit.end)) return false;
    return edit.insert.length === 0 && edit.expect === 'omission'
      ? f.b.length === 0
      : edit.type === 'drop-attribution' || overlaps(f.b, inB.start, inB.end);
  });
}

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
      const findings = compare(original, analyze(article, applyEdit(article.body, edit), 'edited')).findings;
      const tally = result.edits[type];
      tally.made += 1;
      const hit = found(findings, edit);
      if (hit) tally.found += 1;
      else
        result.misses.push(
          `${type} in ${article.name} at ${edit.start}: ${JSON.stringify(original.text.slice(edit.start, edit.end))}`,
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
