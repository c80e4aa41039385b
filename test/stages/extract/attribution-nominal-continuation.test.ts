import { describe, expect, it } from 'vitest';
import type { AttributionClaim } from '../../../src/model/claim.js';
import { analyzeText } from '../../../src/pipeline.js';
import { CONTINUATION_PASSAGES } from '../../fixtures/attribution/continuation-passages.js';
import { NOMINAL_PASSAGES } from '../../fixtures/attribution/nominal-passages.js';

const attributionsOf = (text: string) =>
  analyzeText(text, { outlet: 'test', published: '2026-11-30' })
    .claims.filter((c): c is AttributionClaim => c.kind === 'attribution')
    .map((a) => ({
      speaker: a.speaker ? text.slice(a.speaker.start, a.speaker.end) : null,
      cue: text.slice(a.cue.start, a.cue.end),
      stance: a.stance,
      content: text.slice(a.content.start, a.content.end),
      ...(a.contentKind ? { contentKind: a.contentKind } : {}),
    }));

describe('a quotation after its paragraph’s tagged sentence (passages written for the test)', () => {
  it.each(CONTINUATION_PASSAGES.map((p) => [p.pattern, p] as const))('%s', (_, passage) => {
    expect(attributionsOf(passage.text)).toEqual(passage.expected);
  });
});

describe('nominal cues (passages written for the test)', () => {
  it.each(NOMINAL_PASSAGES.map((p) => [p.pattern, p] as const))('%s', (_, passage) => {
    expect(attributionsOf(passage.text)).toEqual(passage.expected);
  });
});
