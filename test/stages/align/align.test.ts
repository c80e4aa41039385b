import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { type GoldAlignment, scoreAlignment, sentenceByQuote } from '../../../scripts/lib/score-alignment.js';
import type { AlignmentLink } from '../../../src/model/alignment.js';
import type { AnalyzedSource } from '../../../src/model/analyzed-source.js';
import { analyzeFile, analyzeText } from '../../../src/pipeline.js';
import { align } from '../../../src/stages/align/index.js';

const presstv = analyzeFile('sources/astana-2018-05-14/presstv.txt');
const wire = analyzeFile('sources/astana-2018-05-14/wire.txt');
const sample = align(presstv, wire);

const linked = (links: AlignmentLink[], a: string, b: string) =>
  links.some((l) => l.a.includes(a) && l.b.includes(b));
const find = (source: AnalyzedSource, quote: string) => sentenceByQuote(source, quote);

describe('align on the sample event (issue 2)', () => {
  it.each([
    ['Iran, Russia and Turkey have held talks', 'Negotiators from Iran, Russia and Turkey gathered'],
    ['Anuar Zhainakov, a spokesman', 'a spokesperson for Kazakhstan'],
    ['An opposition delegation and UN special envoy', 'A rebel delegation was expected'],
    ['An opposition delegation and UN special envoy', 'The UN envoy on Syria, Staffan de Mistura'],
    ['further steps to advance', 'The latest negotiations in Kazakhstan are set to discuss'],
    ['began in January 2017', 'began at the beginning of 2017'],
    ['barrage of 20 rockets', 'Israel claims it struck'],
    ['The Astana session is also the first meeting', 'It is also the first meeting of the three sides'],
    ['The issue was expected to top the agenda', 'The flare-up between the pair may feature'],
    ['He has already visited Beijing and Moscow', 'Zarif has already visited Beijing'],
  ])('links "%s" with "%s"', (a, b) => {
    expect(linked(sample, find(presstv, a), find(wire, b))).toBe(true);
  });

  it('never links captions, credits or promos', () => {
    const gold = JSON.parse(
      readFileSync(new URL('../../gold/astana-alignment.json', import.meta.url), 'utf8'),
    );
    expect(scoreAlignment(sample, gold as GoldAlignment, presstv, wire).wronglyLinked).toEqual([]);
    const roles = (source: AnalyzedSource, ids: string[]) =>
      ids.map((id) => source.sentences.find((s) => s.id === id)?.role);
    for (const link of sample) {
      for (const role of [...roles(presstv, link.a), ...roles(wire, link.b)])
        expect(['body', 'headline']).toContain(role);
    }
  });

  it('records signals in 0..1 and reasons on every link', () => {
    for (const link of sample) {
      expect(link.reasons.length).toBeGreaterThan(0);
      for (const value of Object.values(link.signals)) expect(value >= 0 && value <= 1).toBe(true);
      expect(link.score >= 0 && link.score <= 1).toBe(true);
    }
  });

  it('is deterministic', () => {
    expect(align(presstv, wire)).toEqual(sample);
  });
});

/** Paragraphs of an article after its front matter, in a fixed shuffled order. */
function shuffledCopy(text: string): string {
  const paragraphs = text.split(/\n\s*\n/).filter((p) => p.trim() !== '');
  const order = paragraphs.map((_, i) => i).sort((x, y) => ((x * 7919) % 13) - ((y * 7919) % 13) || y - x);
  return `${order.map((i) => paragraphs[i].trim()).join('\n\n')}\n`;
}

const body = (path: string) => readFileSync(path, 'utf8').replace(/^---\n[\s\S]*?\n---\n/, '');

describe('align is independent of order', () => {
  it.each([['sources/newswcl50-event-0/m.txt'], ['sources/basil-2010-38f7cbb7/nyt.txt']])(
    'aligns each sentence of %s to itself in a paragraph-shuffled copy',
    (rel) => {
      const text = body(rel);
      const original = analyzeText(text, { published: '2018-04-10' });
      const copy = analyzeText(shuffledCopy(text), { published: '2018-04-10' });
      const links = align(original, copy);
      const reporting = original.sentences.filter((s) => s.role === 'body' || s.role === 'headline');
      for (const sentence of reporting) {
        const twins = copy.sentences.filter((s) => s.text === sentence.text).map((s) => s.id);
        const link = links.find((l) => l.a.includes(sentence.id) && l.relation === 'equivalent');
        expect(
          link?.b.some((id) => twins.includes(id)),
          sentence.text,
        ).toBe(true);
      }
    },
  );
});

/** Splits sentences at "; " or ", and " / " and " when both halves keep six words or more. */
function splitCopy(source: AnalyzedSource): { text: string; split: string[] } {
  let text = source.text;
  const split: string[] = [];
  for (const s of [...source.sentences].reverse()) {
    if (s.role !== 'body') continue;
    const m = /;\s|,? and /.exec(s.text);
    if (!m) continue;
    const left = s.text.slice(0, m.index);
    const right = s.text.slice(m.index + m[0].length);
    if (left.split(' ').length < 6 || right.split(' ').length < 6) continue;
    const rewritten = `${left}. ${right[0].toUpperCase()}${right.slice(1)}`;
    text = text.slice(0, s.start) + rewritten + text.slice(s.end);
    split.push(s.id);
  }
  return { text, split };
}

describe('align links a sentence split in two as 1:2', () => {
  it.each([['sources/astana-2018-05-14/presstv.txt'], ['sources/newswcl50-event-0/m.txt']])('%s', (rel) => {
    const original = analyzeText(body(rel), { published: '2018-05-14' });
    const { text, split } = splitCopy(original);
    expect(split.length).toBeGreaterThan(2);
    const links = align(original, analyzeText(text, { published: '2018-05-14' }));
    for (const id of split) {
      const link = links.find((l) => l.a.length === 1 && l.a[0] === id && l.b.length === 2);
      expect(link, original.sentences.find((s) => s.id === id)?.text).toBeDefined();
    }
  });
});
