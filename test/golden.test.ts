import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { assertReportFiles } from './assert-report.js';
import { run } from './cli/run.js';

// The committed reports/ and claims/ are what `npm start` writes for sources/. A change that
// alters any of them fails here; `UPDATE=1 npx vitest run test/golden.test.ts` rewrites them,
// to be reviewed as a diff.

function files(root: string): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else out.push(relative(root, path));
    }
  };
  walk(root);
  return out;
}

describe('committed reports/ and claims/', () => {
  const dir = mkdtempSync(join(tmpdir(), 'cc-golden-'));
  const fresh = { reports: join(dir, 'reports'), claims: join(dir, 'claims') };

  it('are what `npm start` writes today', async () => {
    const { code, stderr } = await run([
      'batch',
      'sources',
      '--out',
      fresh.reports,
      '--claims',
      fresh.claims,
      '--jobs',
      '1',
    ]);
    expect(code, stderr).toBe(0);
    expect(assertReportFiles(fresh.reports).length).toBeGreaterThan(0);
    for (const name of ['reports', 'claims'] as const) {
      if (process.env.UPDATE === '1') {
        rmSync(name, { recursive: true, force: true });
        cpSync(fresh[name], name, { recursive: true });
      }
      expect(files(name)).toEqual(files(fresh[name]));
      for (const file of files(fresh[name])) {
        const same = readFileSync(join(name, file)).equals(readFileSync(join(fresh[name], file)));
        expect(same, `${name}/${file} is stale: run UPDATE=1 npx vitest run test/golden.test.ts`).toBe(true);
      }
    }
  }, 120_000); // a whole batch over sources/: seconds when the machine is busy
});
