import { describe, expect, it } from 'vitest';
import { relativeImports, tsFiles } from './source-files.js';

// The import rules of src/README.md, checked so that later changes keep them.
const stageOf = (path: string): string | undefined => /^src\/stages\/([^/]+)\//.exec(path)?.[1];

/** Where each layer may import from, besides itself (prefixes of root-relative paths). */
const ALLOWED: Record<string, string[]> = {
  'src/model/': ['src/model/'],
  'src/lexicons/': ['src/lexicons/', 'src/model/', 'src/errors'],
  'src/text/': ['src/text/', 'src/lexicons/', 'src/model/'],
  'src/io/': ['src/io/', 'src/errors'],
};

describe('import boundaries (src/README.md)', () => {
  it('no stage imports another stage, the pipeline, or anything above the stages', () => {
    const crossings = tsFiles('src/stages').flatMap((file) =>
      relativeImports(file)
        .filter((target) => {
          const other = stageOf(target);
          if (other) return other !== stageOf(file);
          return !/^src\/(model|lexicons|text|errors)\b/.test(target);
        })
        .map((target) => `${file} → ${target}`),
    );
    // Move a type that two stages share to src/model/, a helper to src/text/.
    expect(crossings).toEqual([]);
  });

  it.each(Object.entries(ALLOWED))('%s imports only from the layers below it', (layer, allowed) => {
    const crossings = tsFiles(layer).flatMap((file) =>
      relativeImports(file)
        .filter((target) => !allowed.some((prefix) => target.startsWith(prefix)))
        .map((target) => `${file} → ${target}`),
    );
    expect(crossings).toEqual([]);
  });

  it('batch, store and report reach the stages only through the pipeline, and never the CLI', () => {
    const crossings = ['src/batch', 'src/store', 'src/report'].flatMap((dir) =>
      tsFiles(dir).flatMap((file) =>
        relativeImports(file)
          .filter((target) => /^src\/(stages|cli)\//.test(target))
          .map((target) => `${file} → ${target}`),
      ),
    );
    expect(crossings).toEqual([]);
  });
});
