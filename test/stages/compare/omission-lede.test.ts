import { describe, expect, it } from 'vitest';
import { CONFIDENT, type Finding } from '../../../src/model/finding.js';
import { analyzeText, compareSources } from '../../../src/pipeline.js';

// Passages written for this test: a flat fire told by two outlets. The same sentence, which the
// other outlet never reports, is held below the display threshold in the lede (its article's first
// body paragraph: two reports of one event both summarise it there, each in its own words) and
// shown further down (issue 10: readers judged lede omissions WRONG far more often than right).
const HEADLINE = 'Fire in Dunmore flats';
const RESCUE =
  'Firefighters carried a family of five down a ladder from the fourth floor of the burning block.';
const OTHER_LEDE = 'A blaze tore through an apartment building in Dunmore early on Sunday, officials said.';
const SHARED = [
  'The fire started in a kitchen on the ground floor shortly after midnight.',
  'Residents of the neighbouring streets were told to keep their windows closed.',
  'The council opened a school hall for the families who lost their homes.',
];

const article = (outlet: string, paragraphs: string[]) =>
  analyzeText(
    `---\noutlet: ${outlet}\npublished: 2024-05-12\n---\n${HEADLINE}\n\n${paragraphs.join('\n\n')}`,
  );

/** The omission of the rescue sentence by the Herald, whatever its confidence. */
function rescueOmission(courier: string[]): Finding | undefined {
  const found = compareSources(
    article('Courier', courier),
    article('Herald', [OTHER_LEDE, ...SHARED]),
  ).findings;
  return found.find((f) => f.kind === 'omission' && f.a.some((s) => s.text === RESCUE));
}

describe('an omission from the lede', () => {
  it('is kept in the report below the display threshold when its sentence opens the article', () => {
    const held = rescueOmission([RESCUE, ...SHARED]);
    expect(held).toBeDefined();
    expect(held?.confidence).toBeLessThan(CONFIDENT);
  });

  it('is shown when the same sentence stands further down', () => {
    const shown = rescueOmission([SHARED[0], RESCUE, ...SHARED.slice(1)]);
    expect(shown?.confidence).toBeGreaterThanOrEqual(CONFIDENT);
  });
});
