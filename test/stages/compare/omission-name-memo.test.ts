import { expect, it } from 'vitest';
import { analyzeText } from '../../../src/pipeline.js';
import { mentionsOf, windowsOf } from '../../../src/stages/compare/omission/mentions.js';
import { nameAnchors, nameRuns } from '../../../src/stages/compare/omission/name-runs.js';
import { windowsWith } from '../../../src/stages/compare/omission/window-hits.js';

// window-hits.ts keeps each name's windows in a memo keyed by nameKey (head, initials, words):
// two names with one head word must not share an entry (review of spdx: a head-only key passed
// every other test and would hide the omission of "Young Partiers").
const A = 'Officials said the Tea Partiers met in Dallas. Later the Young Partiers met in Austin.';
const B = 'Some tea partiers came on Monday.\n\nNobody else spoke.';
const analyze = (text: string) => analyzeText(`---\noutlet: Courier\npublished: 2024-03-06\n---\n${text}`);

it('names sharing a head word keep their own window hits', () => {
  const [a, b] = [analyze(A), analyze(B)];
  const windows = windowsOf(b);
  const context = {
    text: a.text,
    m: mentionsOf(b),
    isOutlet: () => false,
    midCapitals: new Set<string>(),
    lowered: new Set<string>(),
    rarity: () => 10,
  };
  const anchors = a.sentences
    .flatMap((s) =>
      nameAnchors(
        nameRuns(s, a.text, () => false),
        context,
      ),
    )
    .filter((x) => x.name);
  expect(anchors.filter((x) => x.name?.head === anchors[0]?.name?.head).length).toBeGreaterThanOrEqual(2);
  for (const anchor of anchors) {
    const direct = windows.flatMap((w, i) => (anchor.in(w) ? [i] : []));
    expect(windowsWith(anchor, windows)).toEqual(direct);
  }
  const hits = (word: string) =>
    anchors.filter((x) => x.name?.lowers.includes(word)).map((x) => windowsWith(x, windows));
  expect(hits('tea')).toEqual([[0]]);
  expect(hits('young')).toEqual([[]]);
});
