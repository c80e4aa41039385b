import { describe, expect, it } from 'vitest';
import type { FramingCategory } from '../../../src/lexicons/framing.js';
import { FRAMING_CHECKS } from '../../../src/stages/compare/framing/checks.js';
import type { LabelPair, LabelSide } from '../../../src/stages/compare/framing/label-pair.js';

const side = (label: string, category: FramingCategory, extra: Partial<LabelSide> = {}): LabelSide => ({
  span: { sentence: 's1', start: 0, end: label.length, text: label },
  label,
  category,
  plural: false,
  verbal: false,
  key: null,
  quoted: false,
  ...extra,
});
const pair = (a: LabelSide, b: LabelSide, group = 'head-of-state'): LabelPair => ({
  ruleId: 'compare/framing-aligned-lexicon',
  group,
  a,
  b,
});
const firstRejecting = (p: LabelPair): string | null =>
  FRAMING_CHECKS.find((check) => check.run(p, { mentions: [[], []] }))?.id ?? null;

describe('FRAMING_CHECKS', () => {
  it.each([
    [pair(side('leader', 'neutral'), side('dictator', 'delegitimising')), null],
    [
      pair(side('leader', 'neutral'), side('dictator', 'delegitimising', { quoted: true })),
      'compare/framing-check-quoted',
    ],
    [pair(side('leader', 'neutral'), side('president', 'neutral')), 'compare/framing-check-same-category'],
    [
      pair(
        side('president', 'neutral', { key: 'sout kore' }),
        side('dictator', 'delegitimising', { key: 'nort kore' }),
      ),
      'compare/framing-check-other-referent',
    ],
    [
      pair(
        side('leader', 'neutral', { key: 'nort kore' }),
        side('dictator', 'delegitimising', { key: 'nort kore' }),
      ),
      null,
    ],
    // a title-case headline takes its verb into the modifier run: "Meets North Korean Dictator"
    [
      pair(
        side('leader', 'neutral', { key: 'nort kore' }),
        side('dictator', 'delegitimising', { key: 'meet nort kore' }),
      ),
      null,
    ],
    // one word is too vague: "Korean" may be either Korea
    [
      pair(
        side('leader', 'neutral', { key: 'kore' }),
        side('dictator', 'delegitimising', { key: 'nort kore' }),
      ),
      'compare/framing-check-other-referent',
    ],
  ])('%#: %j', (p, expected) => {
    expect(firstRejecting(p)).toBe(expected);
  });

  it('has unique, namespaced rule ids', () => {
    const ids = FRAMING_CHECKS.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^compare\/framing-check-[a-z-]+$/u);
  });
});
