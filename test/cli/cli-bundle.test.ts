import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
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
    const manifest = JSON.parse(readFileSync(build.out.replace(/\.mjs$/, '.json'), 'utf8'));
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
    // Built beside the test, not into build/cli/: other tests run the bin meanwhile, and a test
    // must not change the tree it tests.
    // The bundle's launcher checks this package's own build/cli/ and, when that is stale (a source
    // edited since `npm ci`), runs the sources through tsx: node_modules must resolve from there too.
    const dir = tempDir('crosscheck-cli-');
    symlinkSync(new URL('../../node_modules', import.meta.url), join(dir, 'node_modules'), 'dir');
    const build = { ...cliBuild(), out: join(dir, 'cli', 'launch.mjs') };
    const url = await buildBundle(build);
    expect(freshBundle(build)).toBe(url);
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

describe('bin/crosscheck.js', () => {
  it('runs from the sources when a chunk the bundle lists is missing, instead of failing to load it', () => {
    // A copy of the bin beside a build/cli/ whose manifest lists a chunk that is not there: the
    // bin must not import the entry (its static import of the chunk would fail with a stack trace).
    const root = tempDir('crosscheck-bin-');
    mkdirSync(join(root, 'bin'), { recursive: true });
    mkdirSync(join(root, 'build', 'cli'), { recursive: true });
    mkdirSync(join(root, 'src', 'cli'), { recursive: true });
    writeFileSync(
      join(root, 'bin', 'crosscheck.js'),
      readFileSync(new URL('../../bin/crosscheck.js', import.meta.url)),
    );
    writeFileSync(join(root, 'build', 'cli', 'launch.mjs'), "import './chunk-GONE.mjs';\n");
    writeFileSync(
      join(root, 'build', 'cli', 'launch.json'),
      JSON.stringify({ outputs: ['chunk-GONE.mjs', 'launch.mjs'] }),
    );
    writeFileSync(join(root, 'src', 'cli', 'bin.ts'), "console.log('from the sources');\n");
    symlinkSync(new URL('../../node_modules', import.meta.url), join(root, 'node_modules'), 'dir');
    const out = execFileSync(process.execPath, [join(root, 'bin', 'crosscheck.js')], { encoding: 'utf8' });
    expect(out).toBe('from the sources\n');
  }, 30_000);
});
