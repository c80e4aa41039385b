import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Report } from '../../src/model/report.js';
import { checkReport } from '../../src/report/check.js';
import { run } from '../cli/run.js';
import { expectOneLine, tempDir, WIRE } from './helpers.js';

const PRESSTV = WIRE.replace('wire', 'presstv');
let report: Report;

beforeAll(async () => {
  report = JSON.parse((await run(['compare', PRESSTV, WIRE, '--json', '-'])).stdout) as Report;
});

/** A copy of the sample report, broken by `edit`. */
function broken(edit: (r: Report) => void): Report {
  const copy = structuredClone(report);
  edit(copy);
  return copy;
}

describe('validate rejects broken reports (issue 12, row 8)', () => {
  it.each([
    [
      'a sentence with start > end',
      (r: Report) => {
        const s = r.sources.a.sentences[1];
        [s.start, s.end, s.text] = [s.end, s.start, ''];
      },
      /start \d+ is after end \d+/,
    ],
    [
      'a claim outside its sentence',
      (r: Report) => {
        r.claims[0].sentence =
          r.sources[r.claims[0].side].sentences.find((s) => s.id !== r.claims[0].sentence)?.id ?? 's1';
      },
      /lies outside its sentence/,
    ],
    [
      'summary counts that do not match',
      (r: Report) => {
        r.summary.omission += 1;
      },
      /summary\.omission is \d+ but the report has \d+/,
    ],
    [
      'an extra property on a claim',
      (r: Report) => {
        (r.claims[0] as unknown as Record<string, unknown>).injected = 1;
      },
      /has an unknown property 'injected'/,
    ],
    [
      'a hash that is not hex',
      (r: Report) => {
        r.sources.a.hash = 'not-a-hash';
      },
      /sources\.a\.hash is not a sha256 hex digest/,
    ],
    [
      'a finding whose ruleId is not in the rule catalogue',
      (r: Report) => {
        r.findings[0].ruleId = 'compare/no-such-rule';
      },
      /\/findings\/0\/ruleId must be equal to one of the allowed values/,
    ],
    [
      'a claim whose ruleId is not in the rule catalogue',
      (r: Report) => {
        r.claims[0].ruleId = 'extract/no-such-rule';
      },
      /\/claims\/0\/ruleId must be equal to one of the allowed values/,
    ],
  ])('%s', async (_what, edit, problem) => {
    expect(checkReport(report)).toEqual([]);
    const bad = broken(edit);
    expect(checkReport(bad).join('\n')).toMatch(problem);
    const path = join(tempDir(), 'r.json');
    writeFileSync(path, JSON.stringify(bad));
    const result = await run(['validate', path]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(problem);
  });

  it('reports 80,000 bad claim ids in linear time', async () => {
    const claim = report.claims[0];
    const many = (n: number) => ({
      ...report,
      claims: Array.from({ length: n }, (_, i) => ({ ...claim, id: `bad${i}` })),
    });
    const time = (n: number) => {
      const started = performance.now();
      const problems = checkReport(many(n) as Report);
      return { ms: performance.now() - started, problems: problems.length };
    };
    const small = time(8_000);
    const large = time(80_000);
    expect(large.problems).toBeGreaterThanOrEqual(80_000);
    // Ten times the errors may cost ten times the time (plus noise), not a hundred times (21 s before).
    expect(large.ms).toBeLessThan(Math.max(small.ms * 30, 3000));
  }, 60_000);

  it('names the file and the count in one line', async () => {
    const path = join(tempDir(), 'r.json');
    writeFileSync(
      path,
      JSON.stringify(
        broken((r) => {
          r.summary.omission += 1;
        }),
      ),
    );
    const result = await run(['validate', path]);
    expect(result.stderr.trim().split('\n').at(-1)).toMatch(/r\.json is not a valid report \(1 problem\)/);
  });
});

describe('compare refuses outputs that name an input (issue 12, row 13)', () => {
  it.each([
    [
      '--json naming the first input',
      (dir: string) => ['--json', join(dir, 'a.txt')],
      /--json .*a\.txt names the input/,
    ],
    [
      '--html and --json naming one file',
      (dir: string) => ['--json', join(dir, 'r'), '--html', join(dir, 'r')],
      /--html .*names --json/,
    ],
  ])('%s', async (_what, flags, message) => {
    const dir = tempDir();
    const a = join(dir, 'a.txt');
    const text = `---\noutlet: Alpha\n---\nTen people died on Monday.\n`;
    writeFileSync(a, text);
    expectOneLine(await run(['compare', a, WIRE, ...flags(dir)]), message);
    expect((await import('node:fs')).readFileSync(a, 'utf8')).toBe(text);
  });
});
