import { statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseSource } from '../../src/stages/read/index.js';
import { segment } from '../../src/stages/segment/index.js';
import { MAX_SENTENCE_CHARS } from '../../src/stages/segment/long-sentences.js';
import { run } from '../cli/run.js';
import { tempDir, WIRE, writeTree } from './helpers.js';

const segmented = (text: string) => segment(parseSource('ev/x.txt', new TextEncoder().encode(text)));
const words = (n: number) => Array.from({ length: n }, (_, i) => `word${i % 10}`).join(' ');

describe('segment/long-sentence: a sentence over the cap is split at whitespace (issue 12, row 1)', () => {
  it.each([
    // [what, text, pieces, characters skipped]
    ['a normal sentence stays whole', 'Ten people died on Monday.', 1, 0],
    ['a sentence at the cap stays whole', `${'a '.repeat(MAX_SENTENCE_CHARS / 2 - 1)}a.`, 1, 0],
    ['5,000 words without punctuation: 333 words a piece', words(5000), Math.ceil(5000 / 333), 0],
    ['one 5,000-character run with no space is skipped', `Start. ${'x'.repeat(5000)}`, 1, 5000],
  ])('%s', (_what, text, pieces, skipped) => {
    const source = segmented(text);
    expect(source.sentences).toHaveLength(pieces);
    for (const s of source.sentences) {
      expect(s.end - s.start).toBeLessThanOrEqual(MAX_SENTENCE_CHARS);
      expect(source.text.slice(s.start, s.end)).toBe(s.text);
      expect(s.tokens.every((t) => t.start >= s.start && t.end <= s.end)).toBe(true);
    }
    const notes = source.diagnostics.filter((d) => d.code === 'segment/long-sentence');
    expect(notes).toHaveLength(pieces > 1 || skipped > 0 ? 1 : 0);
    const says = notes.some((n) => n.message.includes(`${skipped} characters without a space were skipped`));
    expect(says).toBe(skipped > 0);
    // "split into 0 pieces" said nothing (user trial 18, item 22).
    expect(notes.every((n) => !/ [01] pieces/.test(n.message))).toBe(true);
  });

  it('keeps every word of a split sentence, in order', () => {
    const text = words(3000);
    const kept = segmented(text).sentences.flatMap((s) => s.tokens.map((t) => t.text));
    expect(kept.join(' ')).toBe(text);
  });

  it('compares a 30 KB line of claims without a full stop into a report of linear size', async () => {
    // Before the cap this line gave a 19 MB report (every claim carried the rest of the line).
    const line =
      'officials said 10 people were killed in Aleppo on Monday and the army said rebels fired 20 rockets ';
    const body = line.repeat(Math.ceil(30_000 / line.length));
    const dir = writeTree(tempDir(), {
      'ev/long.txt': `---\noutlet: Long\npublished: 2018-05-14\n---\n${body}\n`,
    });
    const out = join(dir, 'r.json');
    const { code, stderr } = await run(['compare', join(dir, 'ev/long.txt'), WIRE, '--json', out]);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(statSync(out).size).toBeLessThan(6_000_000);
  }, 60_000);
});
