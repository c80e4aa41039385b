import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../../src/pipeline.js';
import { candidatePairs } from '../../../src/stages/align/candidates.js';
import { buildIdf, loadIdf } from '../../../src/stages/align/idf.js';
import { align, profileSource } from '../../../src/stages/align/index.js';

const profiles = (text: string) => profileSource(analyzeText(text));

describe('candidatePairs', () => {
  const a = profiles('Zhainakov spoke in Astana on Monday.\n\nThe weather was fine.\n');
  const b = profiles('Officials met in Astana.\n\nIt rained in Paris.\n\nThe weather changed.\n');
  it.each([
    [
      { maxPosting: 12, perSentence: 8 },
      [
        [0, 0],
        [1, 2],
      ],
    ],
    [
      { maxPosting: 12, perSentence: 1 },
      [
        [0, 0],
        [1, 2],
      ],
    ],
    [{ maxPosting: 0, perSentence: 8 }, []],
  ])('%o', (options, expected) => {
    expect(candidatePairs(a, b, options)).toEqual(expected);
  });
});

describe('idf', () => {
  it('weighs rare lemmas above common ones', () => {
    const idf = loadIdf();
    expect(idf.weights.get('the') ?? 0).toBeLessThan(idf.weights.get('ceasefire') ?? idf.unknown);
    expect(idf.documents).toBeGreaterThan(10_000);
  });

  it('leaves out lemmas seen fewer than minDf times', () => {
    const table = buildIdf([new Set(['a', 'b']), new Set(['a'])], 'test', 2);
    expect(Object.keys(table.idf)).toEqual(['a']);
    expect(table.unknown).toBeGreaterThan(table.idf.a);
  });
});

describe('align edge cases', () => {
  it('never aligns a caption, even to a body sentence that says the same', () => {
    const caption = 'Sergei Lavrov attends a meeting on Syria in Astana on March 16, 2018. (Photo by AFP)';
    const a = analyzeText(`Iran and Turkey met in Astana.\n\n${caption}\n`);
    expect(a.sentences.filter((s) => s.role === 'caption').length).toBeGreaterThan(0);
    const b = analyzeText('Sergei Lavrov attended a meeting on Syria in Astana on March 16, 2018.\n');
    const captionIds = a.sentences.filter((s) => s.role === 'caption').map((s) => s.id);
    for (const link of align(a, b)) expect(link.a.filter((id) => captionIds.includes(id))).toEqual([]);
  });
});
