import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { FIXTURE_EVENTS, tempDir } from '../batch/helpers.js';
import { spawnCli } from './spawn-cli.js';

const A = `${FIXTURE_EVENTS}summit-2018-04-27/courier.txt`;
const B = `${FIXTURE_EVENTS}summit-2018-04-27/herald.txt`;

// User trial 4, for compare: a Ctrl-C between the renames of its outputs killed it at once and
// left `<file>.<pid>.tmp` files and half a set of outputs.
it('compare interrupted while renaming its outputs into place finishes the set and leaves no temporary file', async () => {
  const dir = tempDir();
  const outputs = ['r.json', 'r.html', 'r.md', 'r.csv'];
  const flags = outputs.flatMap((name) => [`--${name.slice(2)}`, join(dir, name)]);
  const { code } = await spawnCli(['compare', A, B, ...flags], {
    after: 0,
    signal: 'SIGINT',
    atRename: true,
  });
  expect(code).toBe(0);
  expect(readdirSync(dir).sort()).toEqual([...outputs].sort());
}, 120_000);
