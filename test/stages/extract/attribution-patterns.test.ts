import { describe, expect, it } from 'vitest';
import type { AttributionClaim } from '../../../src/model/claim.js';
import { analyzeText } from '../../../src/pipeline.js';
import { CLAUSE_EDGE_PASSAGES } from '../../fixtures/attribution/clause-edge-passages.js';
import { CONSTRUCTION_PASSAGES } from '../../fixtures/attribution/construction-passages.js';
import { OBJECT_PASSAGES } from '../../fixtures/attribution/object-passages.js';
import { PASSAGES } from '../../fixtures/attribution/passages.js';
import { SPEAKER_PASSAGES } from '../../fixtures/attribution/speaker-passages.js';
import { SUBJECT_PASSAGES } from '../../fixtures/attribution/subject-passages.js';
import { VERB_PASSAGES } from '../../fixtures/attribution/verb-passages.js';

describe('attribution patterns of issue 11 (passages written for the test)', () => {
  it.each(
    [
      ...PASSAGES,
      ...VERB_PASSAGES,
      ...SUBJECT_PASSAGES,
      ...CONSTRUCTION_PASSAGES,
      ...CLAUSE_EDGE_PASSAGES,
      ...SPEAKER_PASSAGES,
      ...OBJECT_PASSAGES,
    ].map((p) => [p.pattern, p] as const),
  )('%s', (_, passage) => {
    const { text } = passage;
    const found = analyzeText(text, { outlet: 'test', published: '2026-11-29' }).claims.filter(
      (c): c is AttributionClaim => c.kind === 'attribution',
    );
    const slice = (r: { start: number; end: number }) => text.slice(r.start, r.end);
    const got = found.map((a) => ({
      speaker: a.speaker ? slice(a.speaker) : null,
      ...(a.speaker?.antecedent ? { antecedent: slice(a.speaker.antecedent) } : {}),
      cue: slice(a.cue),
      stance: a.stance,
      content: slice(a.content),
      ...(a.contentKind ? { contentKind: a.contentKind } : {}),
    }));
    expect(got).toEqual(passage.expected);
    for (const a of found) expect(slice(a.content)).toBe(a.content.text);
  });

  it('finds the subject of 40 coordinated verbs without revisiting earlier verbs (no exponential time)', () => {
    const verbs = ['said', 'warned', 'claimed', 'added', 'noted'];
    const text = `“No,” ${Array.from({ length: 40 }, (_, i) => verbs[i % 5]).join(' and ')} that the plan failed.`;
    const claims = analyzeText(text, { outlet: 'test', published: '2026-11-30' }).claims;
    // No speaker is named, so no verb yields an attribution; the point is that this returns at all.
    expect(claims.filter((c) => c.kind === 'attribution')).toEqual([]);
  });

  // A time limit of its own: the result is [] either way, so only the time shows a blow-up (0.5 s now).
  it('finds the subject of 40 coordinated aspectual verbs once each (no exponential time)', {
    timeout: 5_000,
  }, () => {
    const text = `“No,” ${Array.from({ length: 40 }, () => 'continued to say').join(' and ')} that the plan failed.`;
    const claims = analyzeText(text, { outlet: 'test', published: '2026-11-30' }).claims;
    // No speaker is named; the point is that this returns at all (22 verbs took 15 s before the memo held them).
    expect(claims.filter((c) => c.kind === 'attribution')).toEqual([]);
  });

  it('gives claims inside a followed quotation the tag’s speaker as basis', () => {
    const text = '“The vote was rushed,” Senator Hal Brook said. “Only 40 members were present.”';
    const claims = analyzeText(text, { outlet: 'test', published: '2026-11-29' }).claims;
    const count = claims.find((c) => c.kind === 'quantity');
    expect(count?.basis).toMatchObject({ stance: 'said', speaker: { text: 'Senator Hal Brook' } });
    const tag = claims.find(
      (c) => c.kind === 'attribution' && c.ruleId !== 'extract/attribution-quote-continuation',
    );
    expect(count?.basis.attribution).toBe(tag?.id);
  });

  it('leaves a date in an object cue’s noun phrase to the outlet, but gives a that-clause’s to the speaker', () => {
    const basisOf = (text: string) =>
      analyzeText(text, { outlet: 'test', published: '2026-11-29' }).claims.find((c) => c.kind === 'date')
        ?.basis.stance;
    expect(basisOf('The mayor criticized the council on Friday for the budget.')).toBe('fact');
    expect(basisOf('The mayor warned that the council would vote on Friday.')).toBe('said');
  });
});
