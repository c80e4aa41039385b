import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildBundle, cliBuild, freshBundle, type WorkerBuild } from '../../src/batch/worker-build.js';
import { tempDir } from '../batch/helpers.js';
import { run } from './run.js';

/** A package whose entry imports a module only when asked; that module marks itself loaded. */
function lazyPackage(): WorkerBuild {
  const root = tempDir('crosscheck-cli-bundle-');
  mkdirSync(join(root, 'src'), { recursive: true });
  writeFileSync(
    join(root, 'src', 'entry.ts'),
    "export default async (): Promise<string> => (await import('./heavy.js')).word;\n",
  );
  writeFileSync(
    join(root, 'src', 'heavy.ts'),
    "(globalThis as { heavyLoaded?: boolean }).heavyLoaded = true;\nexport const word: string = 'heavy';\n",
  );
  return { root, entry: join(root, 'src', 'entry.ts'), out: join(root, 'build', 'entry.mjs'), split: true };
}

const loaded = () => (globalThis as { heavyLoaded?: boolean }).heavyLoaded === true;

describe('a bundle split at its dynamic imports (the CLI’s)', () => {
  it('loads an imported-when-needed module only when it is needed', async () => {
    const build = lazyPackage();
    const url = await buildBundle(build);
    const entry = (await import(url)) as { default: () => Promise<string> };
    expect(loaded()).toBe(false);
    expect(await entry.default()).toBe('heavy');
    expect(loaded()).toBe(true);
  }, 30_000);

  it('is stale when one of its chunks is missing', async () => {
    const build = lazyPackage();
    await buildBundle(build);
    expect(freshBundle(build)).toBeDefined();
    const manifest = JSON.parse(
      execFileSync('cat', [build.out.replace(/\.mjs$/, '.json')], { encoding: 'utf8' }),
    );
    const chunk = (manifest.outputs as string[]).find((name) => name.startsWith('chunk-'));
    expect(chunk).toBeDefined();
    rmSync(join(build.root, 'build', chunk ?? ''));
    expect(freshBundle(build)).toBeUndefined();
  }, 30_000);
});

describe("this package's CLI bundle", () => {
  it('prints what the sources print, and loads no NLP model for --help', async () => {
    const url = await buildBundle(cliBuild());
    expect(freshBundle(cliBuild())).toBe(url);
    const script = `process.argv = [process.argv[0], 'crosscheck', '--help'];
const write = process.stdout.write.bind(process.stdout);
let out = '';
process.stdout.write = (text) => { out += text; return true; };
await import(${JSON.stringify(url)});
process.stdout.write = write;
const { createRequire } = await import('node:module');
const wink = Object.keys(createRequire(import.meta.url).cache).some((k) => k.includes('wink-'));
console.log(JSON.stringify({ out, wink }));`;
    const printed = JSON.parse(
      execFileSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' }),
    );
    expect(printed).toEqual({ out: (await run(['--help'])).stdout, wink: false });
  }, 60_000);
});
