import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeCached } from '../../src/store/claims-cache.js';

const SOURCE = new URL('../batch/fixtures/events/quake-2020-01-02/courier.txt', import.meta.url).pathname;

describe('analyzeCached', () => {
  const dir = mkdtempSync(join(tmpdir(), 'crosscheck-claims-'));
  const first = analyzeCached(SOURCE, dir);
  const file = join(dir, 'quake-2020-01-02', 'courier.json');

  it('writes a claims file, then reads it back to the same analysis', () => {
    expect(first.reused).toBe(false);
    const again = analyzeCached(SOURCE, dir);
    expect(again.reused).toBe(true);
    expect(again.source).toEqual(first.source);
  });

  it.each([
    ['cut short', (text: string) => text.slice(0, text.length / 2)],
    [
      'claims not a list',
      (text: string) =>
        text
          .replace('"claims": [', '"claims": {"x": [')
          .replace(/\]\s*,\s*"diagnostics"/, ']}, "diagnostics"'),
    ],
    ['sentences without tokens', (text: string) => text.replaceAll('"tokens":', '"tokenz":')],
  ])('extracts again when the file is %s', (_name, damage) => {
    writeFileSync(file, damage(readFileSync(file, 'utf8')));
    const again = analyzeCached(SOURCE, dir);
    expect(again.reused).toBe(false);
    expect(again.source).toEqual(first.source);
  });
});
