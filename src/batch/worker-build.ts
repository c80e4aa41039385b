// The worker threads' code as one precompiled JavaScript file.
//
// A worker started from the TypeScript sources registers tsx's loader, which runs its hooks on a
// thread of their own and transpiles every module again: ~0.6 s of CPU and ~25 MB of RSS per
// worker on top of what the worker's own code costs (README, speed). esbuild (the transpiler tsx
// itself uses, so the code that runs is the same) bundles the worker's entry into build/ once, at
// `npm ci` (`prepare`), and again whenever a source it was built from has changed; packages stay
// external and are loaded by Node as usual.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { writeAllAtomic } from '../io/write-atomic.js';

/** Where a bundle is built from and to; the package's own by default (`workerBuild()`). */
export interface WorkerBuild {
  /** The package root: the paths in the manifest are relative to it. */
  root: string;
  /** The entry module, a TypeScript file whose default export is the worker's task function. */
  entry: string;
  /** The bundle; its manifest is beside it, `.json` instead of `.mjs`. */
  out: string;
  /**
   * Whether dynamic imports become chunks of their own beside `out`, loaded when first imported
   * (the CLI's: its main module must not load the NLP model until a source is analysed).
   */
  split?: boolean;
}

/** What a bundle was built from: every source file and one hash over the recipe and their paths and contents. */
interface Manifest {
  inputs: string[];
  hash: string;
  /** The files written beside the manifest (the bundle and its chunks), when there are chunks. */
  outputs?: string[];
}

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** This package's worker bundle: src/batch/worker-main.ts into build/worker.mjs. */
export function workerBuild(): WorkerBuild {
  return { root: ROOT, entry: join(ROOT, 'src/batch/worker-main.ts'), out: join(ROOT, 'build/worker.mjs') };
}

/**
 * The CLI's bundle: src/cli/launch.ts into build/cli/launch.mjs, each dynamic import a chunk
 * loaded when first needed, so a command that analyses nothing loads no NLP model, as from the sources.
 */
export function cliBuild(): WorkerBuild {
  return {
    root: ROOT,
    entry: join(ROOT, 'src/cli/launch.ts'),
    out: join(ROOT, 'build/cli/launch.mjs'),
    split: true,
  };
}

const manifestPath = (build: WorkerBuild) => build.out.replace(/\.mjs$/, '.json');

/**
 * What makes a bundle besides its sources: this file (the recipe), the esbuild version and the
 * package's tsconfig.json (which esbuild reads); a change to any of them makes the bundle stale.
 */
function recipe(root: string): string {
  const require = createRequire(import.meta.url);
  const { version } = require('esbuild/package.json') as { version: string };
  const tsconfig = join(root, 'tsconfig.json');
  const config = existsSync(tsconfig) ? readFileSync(tsconfig, 'utf8') : '';
  return `${readFileSync(fileURLToPath(import.meta.url), 'utf8')}\0esbuild ${version}\0${config}`;
}

/** One hash over the recipe and each input's path and contents (`read`: the file now, by default). */
function hashInputs(
  root: string,
  inputs: string[],
  read: (path: string) => string | Buffer = (path) => readFileSync(path),
): string {
  const hash = createHash('sha256').update(recipe(root)).update('\0');
  for (const input of inputs)
    hash
      .update(`${input}\0`)
      .update(read(join(root, input)))
      .update('\0');
  return hash.digest('hex');
}

/** The bundle's URL when it exists and every source it was built from is unchanged, else undefined. */
export function freshBundle(build: WorkerBuild): string | undefined {
  try {
    const manifest = JSON.parse(readFileSync(manifestPath(build), 'utf8')) as Manifest;
    const outputs = (manifest.outputs ?? []).map((name) => join(dirname(build.out), name));
    if (![build.out, ...outputs].every((file) => existsSync(file))) return undefined;
    if (hashInputs(build.root, manifest.inputs) !== manifest.hash) return undefined;
    return pathToFileURL(build.out).href;
  } catch {
    // No manifest, a source removed, or an unreadable bundle: not fresh.
    return undefined;
  }
}

// Spelled in pieces: this file is bundled too (the CLI's bundle rebuilds the workers'), and the
// plugin below would otherwise rewrite its own search string and no longer find the expression.
const META_URL = ['import', 'meta', 'url'].join('.');

/**
 * Each module of the bundle finds its data files (schemas, lexicons, model parameters) beside its
 * source, through `import.meta.url`; in one bundled file that URL would be the bundle's, so it is
 * replaced in each module by its source file's URL, relative to the bundle so the folder can move.
 */
function sourceMetaUrl(outDir: string, loaded: Map<string, string>) {
  return {
    name: 'source-import-meta-url',
    setup(build: import('esbuild').PluginBuild) {
      build.onLoad({ filter: /\.ts$/ }, (args) => {
        const path = relative(outDir, args.path).split('\\').join('/');
        const source = readFileSync(args.path, 'utf8');
        loaded.set(args.path, source);
        const contents = source.replaceAll(META_URL, `new URL(${JSON.stringify(path)}, ${META_URL}).href`);
        return { contents, loader: 'ts' as const };
      });
    },
  };
}

/** esbuild's output options: one file, or with `split` the entry beside its chunks (`chunk-<hash>.mjs`). */
function layout(build: WorkerBuild) {
  if (!build.split) return { outfile: build.out };
  return {
    outdir: dirname(build.out),
    splitting: true,
    entryNames: basename(build.out, '.mjs'),
    chunkNames: 'chunk-[hash]',
    outExtension: { '.js': '.mjs' },
  };
}

/**
 * Bundles `build.entry` into `build.out` with its manifest (both written atomically, so a
 * concurrent batch never reads half a file) and returns the bundle's URL.
 */
export async function buildBundle(build: WorkerBuild): Promise<string> {
  const { build: esbuild } = await import('esbuild');
  const loaded = new Map<string, string>();
  const result = await esbuild({
    absWorkingDir: build.root,
    entryPoints: [build.entry],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    // esbuild rewrites every \p{…} regular expression literal as `new RegExp(…)` for any node
    // target, so one inside a function was built again at each call (per token in the segment,
    // extract and compare rules); Node 20 runs the literals as they are (issue 13).
    supported: { 'regexp-unicode-property-escapes': true },
    packages: 'external',
    write: false,
    metafile: true,
    ...layout(build),
    logLevel: 'silent',
    plugins: [sourceMetaUrl(dirname(build.out), loaded)],
  });
  const inputs = Object.keys(result.metafile.inputs).sort();
  // A source saved while esbuild ran may be in the bundle in its old form while the manifest would
  // hash its new one, and the stale bundle would then pass for fresh: write nothing this time.
  // Compared by content, not by modification time, which a loaded machine or a coarse file-system
  // clock can place after the build's start for a file written just before it.
  const changed = [...loaded].some(([path, source]) => readFileSync(path, 'utf8') !== source);
  if (changed) throw new Error('a source changed while the bundle was built');
  const files = result.outputFiles.map((file) => ({ path: file.path, text: file.text }));
  const outputs = build.split
    ? files.map((file) => relative(dirname(build.out), file.path)).sort()
    : undefined;
  // The hash is of the sources as esbuild read them, so that a file saved after the check above
  // leaves the manifest stale rather than describing code the bundle does not hold.
  const hash = hashInputs(build.root, inputs, (path) => loaded.get(path) ?? readFileSync(path));
  const manifest: Manifest = { inputs, hash, outputs };
  // Chunks first, then the entry that imports them, then the manifest: a reader never finds an
  // entry whose chunks are not there yet.
  const ordered = [
    ...files.filter((f) => f.path !== build.out),
    ...files.filter((f) => f.path === build.out),
  ];
  writeAllAtomic([...ordered, { path: manifestPath(build), text: `${JSON.stringify(manifest, null, 2)}\n` }]);
  return pathToFileURL(build.out).href;
}

/**
 * The worker's entry: the bundle when fresh, a new bundle when a source changed, and the
 * TypeScript sources through tsx (`fallback`) when no bundle can be built or written (a read-only
 * install, no esbuild binary): slower to start, the same code.
 */
export async function workerScript(build: WorkerBuild, fallback: string): Promise<string> {
  const fresh = freshBundle(build);
  if (fresh) return fresh;
  try {
    return await buildBundle(build);
  } catch (error) {
    // One line, so that a user who sees workers start slowly knows why.
    process.stderr.write(
      `crosscheck: worker bundle not built (${(error as Error).message.split('\n')[0]}); workers start through tsx\n`,
    );
    return fallback;
  }
}
