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
  it('builds working bundles itself: its copy of the bundler still rewrites each module’s own URL', async () => {
    // The bundled CLI rebuilds the workers' bundle when a source changed, with worker-build.ts as
    // bundled: once, its own search string was rewritten, and workers then looked for the
    // lexicons beside the bundle (ENOENT build/data/…).
    const build = cliBuild();
    const out = join(tempDir('crosscheck-bundler-'), 'bundler.mjs');
    const bundler = (await import(
      await buildBundle({ root: build.root, entry: join(build.root, 'src/batch/worker-build.ts'), out })
    )) as { buildBundle: typeof buildBundle };
    const tiny = lazyPackage();
    writeFileSync(join(tiny.root, 'src', 'data.txt'), 'beside the source');
    writeFileSync(
      join(tiny.root, 'src', 'heavy.ts'),
      "import { readFileSync } from 'node:fs';\nexport const word: string = readFileSync(new URL('./data.txt', import.meta.url), 'utf8');\n",
    );
    const entry = (await import(await bundler.buildBundle(tiny))) as { default: () => Promise<string> };
    expect(await entry.default()).toBe('beside the source');
  }, 60_000);

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
