import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../../src/pipeline.js';
import { mentionsOf, windowsOf } from '../../../src/stages/compare/omission/mentions.js';
import { nameAnchors, nameRuns } from '../../../src/stages/compare/omission/name-runs.js';
import { windowsWith } from '../../../src/stages/compare/omission/window-hits.js';

// Passages written for this test: names written in full, by surname, by a related form, by a
// variant spelling, by acronym and in lower case in the other article.
const A = `The Federal Bureau of Investigation questioned Senator Kay Hutchison in Dallas. Iran said the Tea Partiers had met Alexandra Cowan. Officials in Kazakh cities agreed.`;
const B = `The FBI met with Hutchison on Monday.\n\nAn Iranian official spoke. Some tea partiers came.\n\nAlexandra Cowen answered. Kazakhstan agreed. Nobody else spoke.`;
const analyze = (text: string) => analyzeText(`---\noutlet: Courier\npublished: 2024-03-06\n---\n${text}`);

describe('the windows that mention a name anchor (window-hits.ts)', () => {
  it('the name index finds exactly the windows for which the anchor test holds', () => {
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
    const anchors = a.sentences.flatMap((s) =>
      nameAnchors(
        nameRuns(s, a.text, () => false),
        context,
      ),
    );
    expect(anchors.filter((x) => x.name).length).toBeGreaterThan(4);
    let found = 0;
    for (const anchor of anchors) {
      const expected = windows.flatMap((w, i) => (anchor.in(w) ? [i] : []));
      expect(windowsWith(anchor, windows)).toEqual(expected);
      found += expected.length;
    }
    expect(found).toBeGreaterThan(3);
  });
});
