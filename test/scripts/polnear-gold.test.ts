import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readArticles } from '../../scripts/polnear/gold.js';
import { UserError } from '../../src/errors.js';

describe('readArticles (PolNeAR folders for eval:polnear)', () => {
  it.each([
    ['no text/', ['attributions']],
    ['no attributions/', ['text']],
    ['neither', []],
  ])('a folder with %s is a UserError naming the fix', (_, subs) => {
    const dir = mkdtempSync(join(tmpdir(), 'polnear-'));
    for (const s of subs) mkdirSync(join(dir, s));
    expect(() => readArticles(dir)).toThrow(UserError);
    expect(() => readArticles(dir)).toThrow(/not found/u);
  });

  it('reads an article whose folders exist', () => {
    const dir = mkdtempSync(join(tmpdir(), 'polnear-'));
    mkdirSync(join(dir, 'text'));
    mkdirSync(join(dir, 'attributions'));
    writeFileSync(join(dir, 'text', 'doc1.txt'), 'Ruiz said the ferry was late.');
    writeFileSync(join(dir, 'attributions', 'doc1_ab12.ann'), '');
    expect(readArticles(dir).map((a) => a.doc)).toEqual(['doc1']);
  });
});
