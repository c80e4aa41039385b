import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

/** Imports `modules` in a fresh process and says whether wink-nlp (the NLP model) got loaded. */
function loadsWink(modules: string[]): boolean {
  const script = `${modules.map((m) => `await import(${JSON.stringify(new URL(m, import.meta.url).href)});`).join('')}
const { createRequire } = await import('node:module');
console.log(Object.keys(createRequire(import.meta.url).cache).some((k) => k.includes('wink-')));`;
  const out = execFileSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
    encoding: 'utf8',
  });
  return out.trim() === 'true';
}

describe('what the main thread loads', () => {
  it('the CLI and the batch runner load no NLP model until a source is analysed', () => {
    expect(loadsWink(['../../src/cli/main.ts', '../../src/batch/run.ts', '../../src/batch/merge.ts'])).toBe(
      false,
    );
  }, 60_000);

  it('the pipeline does (so the check above can fail)', () => {
    expect(loadsWink(['../../src/pipeline.ts'])).toBe(true);
  }, 60_000);
});
