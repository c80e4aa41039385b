import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

// One smoke test of the real binary the package declares (the rest of the CLI is tested in-process).
describe('bin/crosscheck.js', () => {
  it('runs the CLI: version on stdout, a user error as one line with exit 2', () => {
    const version = spawnSync('node', ['bin/crosscheck.js', '--version'], { encoding: 'utf8' });
    expect(version.status).toBe(0);
    expect(version.stdout).toMatch(/^crosscheck \d+\.\d+\.\d+\n$/);
    const missing = spawnSync(
      'node',
      ['bin/crosscheck.js', 'compare', 'nope.txt', 'sources/astana-2018-05-14/wire.txt'],
      {
        encoding: 'utf8',
      },
    );
    expect(missing.status).toBe(2);
    expect(missing.stderr.trim().split('\n')).toEqual([
      'crosscheck: nope.txt does not exist: check the path',
    ]);
  }, 60_000); // two cold starts of node + tsx: seconds when the machine is busy
});
