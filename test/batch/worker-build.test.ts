import { mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  buildBundle,
  freshBundle,
  type WorkerBuild,
  workerBuild,
  workerScript,
} from '../../src/batch/worker-build.js';
import { tempDir } from './helpers.js';

const FALLBACK = 'file:///fallback/worker-entry.mjs';

/** A two-module package whose entry reads a data file beside its source, as the lexicons do. */
function tinyPackage(): WorkerBuild {
  const root = tempDir('crosscheck-worker-build-');
  mkdirSync(join(root, 'src', 'data'), { recursive: true });
  writeFileSync(join(root, 'src', 'data', 'word.txt'), 'lexicon');
  writeFileSync(
    join(root, 'src', 'entry.ts'),
    [
      "import { readFileSync } from 'node:fs';",
      "import { suffix } from './suffix.js';",
      'export default (): string =>',
      "  readFileSync(new URL('./data/word.txt', import.meta.url), 'utf8') + suffix;",
    ].join('\n'),
  );
  writeFileSync(join(root, 'src', 'suffix.ts'), "export const suffix: string = '-one';\n");
  return { root, entry: join(root, 'src', 'entry.ts'), out: join(root, 'build', 'worker.mjs') };
}

async function run(url: string): Promise<string> {
  // A query string makes Node load a rebuilt bundle again instead of its cached module.
  const module = (await import(`${url}?${Date.now()}`)) as { default: () => string };
  return module.default();
}

describe('the precompiled worker bundle', () => {
  it('runs its modules as the sources do, finding data files beside each source', async () => {
    const build = tinyPackage();
    const url = await buildBundle(build);
    expect(url).toBe(pathToFileURL(build.out).href);
    expect(await run(url)).toBe('lexicon-one');
  }, 30_000);

  it('keeps a \\p{…} regular expression a literal, compiled once, not a RegExp built at every call', async () => {
    const build = tinyPackage();
    writeFileSync(
      join(build.root, 'src', 'suffix.ts'),
      "export const isWord = (s: string): boolean => /^\\p{L}+$/u.test(s);\nexport const suffix: string = isWord('one') ? '-one' : '';\n",
    );
    const url = await buildBundle(build);
    const bundle = readFileSync(build.out, 'utf8');
    expect(bundle).toContain('/^\\p{L}+$/u');
    expect(bundle).not.toContain('new RegExp');
    expect(await run(url)).toBe('lexicon-one');
  }, 30_000);

  it('is fresh until a source it was built from changes, then rebuilt by workerScript', async () => {
    const build = tinyPackage();
    expect(freshBundle(build)).toBeUndefined();
    await buildBundle(build);
    expect(freshBundle(build)).toBe(pathToFileURL(build.out).href);
    writeFileSync(join(build.root, 'src', 'suffix.ts'), "export const suffix: string = '-two';\n");
    expect(freshBundle(build)).toBeUndefined();
    const url = await workerScript(build, FALLBACK);
    expect(url).toBe(pathToFileURL(build.out).href);
    expect(freshBundle(build)).toBe(url);
    expect(await run(url)).toBe('lexicon-two');
  }, 30_000);

  it('is stale when the tsconfig.json esbuild reads changes', async () => {
    const build = tinyPackage();
    writeFileSync(join(build.root, 'tsconfig.json'), '{ "compilerOptions": { "target": "ES2022" } }\n');
    await buildBundle(build);
    expect(freshBundle(build)).toBe(pathToFileURL(build.out).href);
    writeFileSync(join(build.root, 'tsconfig.json'), '{ "compilerOptions": { "target": "ES2020" } }\n');
    expect(freshBundle(build)).toBeUndefined();
  }, 30_000);

  it('falls back to the tsx entry when the bundle cannot be written', async () => {
    const build = tinyPackage();
    // A file where the build folder should be.
    writeFileSync(join(build.root, 'build'), 'not a folder');
    expect(await workerScript(build, FALLBACK)).toBe(FALLBACK);
  }, 30_000);

  it("names this package's own entry and bundle", () => {
    const build = workerBuild();
    expect(relative(build.root, build.entry)).toBe(join('src', 'batch', 'worker-main.ts'));
    expect(relative(build.root, build.out)).toBe(join('build', 'worker.mjs'));
  });

  it("bundles this package's worker entry into a working module, without touching build/", async () => {
    // Written to a temporary folder, not the package's build/ (which `npm ci` made and a batch
    // keeps fresh): a test must not change the tree it tests. The bundle's packages stay external,
    // so the folder gets a link to this package's node_modules for Node to find them.
    const root = tempDir('crosscheck-worker-build-');
    symlinkSync(join(workerBuild().root, 'node_modules'), join(root, 'node_modules'), 'dir');
    const build = { ...workerBuild(), out: join(root, 'build', 'worker.mjs') };
    const url = await workerScript(build, FALLBACK);
    expect(url).toBe(pathToFileURL(build.out).href);
    expect(freshBundle(build)).toBe(url);
    const manifest = JSON.parse(readFileSync(join(root, 'build', 'worker.json'), 'utf8')) as {
      inputs: string[];
    };
    expect(manifest.inputs).toContain('src/batch/worker-main.ts');
    expect(manifest.inputs.every((input) => input.startsWith('src/'))).toBe(true);
    const module = (await import(url)) as { default: unknown };
    expect(typeof module.default).toBe('function');
  }, 60_000);
});
