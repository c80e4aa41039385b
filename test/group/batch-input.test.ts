import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Report } from '../../src/model/report.js';
import type { BatchSummary } from '../../src/model/summary.js';
import { run } from '../cli/run.js';
import { sourceRows, writeJsonl } from './corpus-from-sources.js';

const ROOT = new URL('../../', import.meta.url).pathname;

/** A pair's findings keyed by outlet rather than side, so the pair's a/b order does not matter. */
function canonical(report: Report): string[] {
  const outlet = { a: report.sources.a.outlet, b: report.sources.b.outlet };
  return report.findings
    .map((f) =>
      JSON.stringify({
        kind: f.kind,
        rule: f.ruleId,
        subject: f.subject,
        salience: f.salience,
        sides: [
          [outlet.a, f.a.map(({ start, end, text }) => [start, end, text])],
          [outlet.b, f.b.map(({ start, end, text }) => [start, end, text])],
        ].sort((x, y) => String(x[0]).localeCompare(String(y[0]))),
      }),
    )
    .sort();
}

/** Every JSON report under a folder, by its two articles (outlet and opening words), in sorted order. */
function reportsByOutlets(dir: string): Map<string, string[]> {
  const found = new Map<string, string[]>();
  const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter(
    (f) => f.endsWith('.json') && f.includes('--') && !f.startsWith('sources'),
  );
  for (const file of files) {
    const report = JSON.parse(readFileSync(join(dir, file), 'utf8')) as Report;
    const { a, b } = report.sources;
    const side = (s: typeof a) => `${s.outlet}: ${s.text.slice(0, 60)}`;
    found.set([side(a), side(b)].sort().join(' + '), canonical(report));
  }
  return found;
}

describe('crosscheck batch --input', () => {
  it('groups a JSONL corpus of the repo sources and finds what the folder layout finds', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'crosscheck-batch-input-'));
    const corpus = writeJsonl(join(dir, 'corpus.jsonl'), sourceRows());
    const out = join(dir, 'out');
    const result = await run([
      'batch',
      '--input',
      corpus,
      '--out',
      out,
      '--claims',
      join(dir, 'claims'),
      '--jobs',
      '1',
      '--format',
      'json',
    ]);
    expect(result.code, result.stderr).toBe(0);
    const summary = JSON.parse(readFileSync(join(out, 'summary.json'), 'utf8')) as BatchSummary;
    expect(summary.corpus).toEqual({ path: basename(corpus), rows: 10, skipped: 0, skippedRows: [] }); // the name only (user trial 18, item 11)
    expect(summary.totals.events).toBe(3);
    const fromCorpus = reportsByOutlets(out);
    // The committed reports/ are the batch of sources/ as folders (test/golden.test.ts keeps them current).
    const fromFolders = reportsByOutlets(join(ROOT, 'reports'));
    // 1 + 3 + 10 pairs of outlets, with findings to compare.
    expect(fromFolders.size).toBe(14);
    expect([...fromFolders.values()].flat().length).toBeGreaterThan(50);
    expect([...fromCorpus.keys()].sort()).toEqual([...fromFolders.keys()].sort());
    for (const [outlets, findings] of fromFolders) expect(fromCorpus.get(outlets), outlets).toEqual(findings);
  }, 120_000);

  it.each([
    ['both a folder and --input', ['sources', '--input', 'x.jsonl']],
    ['neither', []],
  ])('exits 2 given %s', async (_, args) => {
    const result = await run(['batch', ...args]);
    expect([result.code, result.stderr]).toEqual([2, expect.stringMatching(/not both or neither/)]);
  });
});
