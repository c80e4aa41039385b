import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { ROOT } from './spawn-cli.js';

const HOOK = join(ROOT, 'test/cli/signal-at-start.mjs');
const A = 'test/batch/fixtures/events/summit-2018-04-27/courier.txt';
const B = 'test/batch/fixtures/events/summit-2018-04-27/herald.txt';

// Review of ux, item 8: a Ctrl-C while the CLI loads (user trial 4's symptom) exited 130 in silence.
it.each<['SIGINT' | 'SIGTERM', number]>([
  ['SIGINT', 130],
  ['SIGTERM', 143],
])(
  '%s during start-up: one line, exit %i',
  (signal, exit) => {
    const result = spawnSync('node', ['--import', HOOK, 'bin/crosscheck.js', 'compare', A, B], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, SIGNAL: signal },
    });
    expect(result.status).toBe(exit);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe('crosscheck: interrupted\n');
  },
  60_000,
);
