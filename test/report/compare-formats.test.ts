import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Report } from '../../src/model/report.js';
import { renderCsv } from '../../src/report/csv.js';
import { renderHtml } from '../../src/report/html/index.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import { assertReport } from '../assert-report.js';
import { run } from '../cli/run.js';

const A = 'sources/astana-2018-05-14/presstv.txt';
const B = 'sources/astana-2018-05-14/wire.txt';
const dir = mkdtempSync(join(tmpdir(), 'crosscheck-formats-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('crosscheck compare --html --md --csv, with --json', () => {
  it('writes each format from the same report, and nothing else', async () => {
    const file = (name: string) => join(dir, name);
    const argv = ['compare', A, B, '--json', file('r.json'), '--html', file('r.html'), '--md', file('r.md')];
    const { code } = await run([...argv, '--csv', file('r.csv')]);
    expect(code).toBe(0);
    expect(readdirSync(dir).sort()).toEqual(['r.csv', 'r.html', 'r.json', 'r.md']);
    const report = JSON.parse(readFileSync(file('r.json'), 'utf8')) as Report;
    assertReport(report);
    expect(readFileSync(file('r.html'), 'utf8')).toBe(renderHtml(report));
    expect(readFileSync(file('r.md'), 'utf8')).toBe(renderMarkdown(report));
    expect(readFileSync(file('r.csv'), 'utf8')).toBe(renderCsv(report));
  });

  it('lists the new flags in --help', async () => {
    const { stdout } = await run(['--help']);
    for (const flag of ['--html FILE', '--md FILE', '--csv FILE']) expect(stdout).toContain(flag);
  });
});
