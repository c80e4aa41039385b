import { describe, expect, it } from 'vitest';
import type { AttributionClaim, Claim } from '../../../src/model/claim.js';
import { analyzeFile } from '../../../src/pipeline.js';

const SAMPLE = 'sources/astana-2018-05-14/';
const presstv = analyzeFile(`${SAMPLE}presstv.txt`);
const wire = analyzeFile(`${SAMPLE}wire.txt`);

const attributionAt = (claims: Claim[], cue: string, after: string): AttributionClaim => {
  const found = claims.find(
    (c): c is AttributionClaim => c.kind === 'attribution' && c.cue.text === cue && c.text.includes(after),
  );
  if (!found) throw new Error(`no attribution with cue "${cue}" near "${after}"`);
  return found;
};

describe('attribution on the sample event', () => {
  // [source, cue, text it contains, speaker, group, stance, content starts with]
  it.each([
    ['wire', 'claims', 'Israel claims', 'Israel', 'israel', 'claimed', 'it struck dozens of Iranian targets'],
    [
      'presstv',
      'confirmed',
      'Anuar Zhainakov',
      "Anuar Zhainakov, a spokesman for Kazakhstan's Foreign Ministry",
      'kazakhstan-foreign-ministry',
      'confirmed',
      'delegations from the three countries',
    ],
    [
      'presstv',
      'wrote',
      'the spokesman wrote',
      'the spokesman',
      'kazakhstan-foreign-ministry',
      'said',
      'An opposition delegation',
    ],
    [
      'presstv',
      'claimed',
      'Tel Aviv regime',
      'the Tel Aviv regime',
      'israel',
      'claimed',
      'its most extensive strike',
    ],
    [
      'presstv',
      'said',
      'Israeli officials',
      'Israeli officials',
      'israel',
      'said',
      'the assault early on May 10',
    ],
    [
      'wire',
      'confirmed',
      'Zhainakov',
      'a spokesperson for Kazakhstan’s foreign ministry, Anuar Zhainakov',
      'kazakhstan-foreign-ministry',
      'confirmed',
      'delegations from the three power-brokers',
    ],
    [
      'wire',
      'according to',
      'Kazakh foreign ministry',
      'a Kazakh foreign ministry statement',
      'kazakhstan-foreign-ministry',
      'said',
      'The latest negotiations',
    ],
    [
      'wire',
      'said',
      'both said',
      'Syrian state media and The Syrian Observatory for Human Rights war monitor',
      'syrian-observatory',
      'said',
      'the last rebel groups',
    ],
  ])('%s: %s (%s)', (side, cue, near, speaker, group, stance, content) => {
    const source = side === 'wire' ? wire : presstv;
    const a = attributionAt(source.claims, cue, near);
    expect(a.speaker?.text).toBe(speaker);
    expect(a.speaker?.group).toBe(group);
    expect(a.stance).toBe(stance);
    expect(a.content.text.startsWith(content)).toBe(true);
    expect(source.text.slice(a.content.start, a.content.end)).toBe(a.content.text);
  });

  it('makes the claims inside "Israel claims …" Israel’s, and Press TV’s strike a fact', () => {
    const salvo = wire.claims.find((c) => c.kind === 'quantity' && c.text.includes('salvo'));
    const inWire = wire.claims.find((c) => c.kind === 'blame');
    expect(inWire?.basis).toMatchObject({ stance: 'claimed', speaker: { text: 'Israel' } });
    expect(salvo, 'the wire report counts a salvo').toBeDefined();
    expect(salvo?.basis.stance).toBe('claimed');
  });
});
