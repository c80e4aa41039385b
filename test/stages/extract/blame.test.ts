import { describe, expect, it } from 'vitest';
import type { BlameClaim } from '../../../src/model/claim.js';
import { analyzeFile, analyzeText } from '../../../src/pipeline.js';

const blames = (text: string): BlameClaim[] =>
  analyzeText(text, { outlet: 'test' }).claims.filter((c): c is BlameClaim => c.kind === 'blame');

describe('blame patterns', () => {
  // [text, agent, agent group, act, act lemma, blamed by]
  it.each([
    [
      'Israeli officials said the strike was a response. It also blamed the rocket fire on Iran.',
      'Iran',
      'iran',
      'the rocket fire',
      'fire',
      'It',
    ],
    ['Israel blamed Iran for the attack.', 'Iran', 'iran', 'the attack', 'attack', 'Israel'],
    ['Washington accused Moscow of the hacking.', 'Moscow', 'russia', 'the hacking', 'hack', 'Washington'],
    [
      'Israel claims it struck targets after rockets fired by Iranian forces.',
      'Iranian forces',
      'iran',
      'rockets fired',
      'fire',
      'Israel',
    ],
    [
      'The bombing was carried out by Islamic State.',
      'Islamic State',
      'islamic-state',
      'bombing was carried',
      'carry',
      null,
    ],
    [
      'Officials said Hezbollah was responsible for the attack.',
      'Hezbollah',
      'hezbollah',
      'the attack',
      'attack',
      'Officials',
    ],
    [
      'Russian forces carried out the airstrike on Monday.',
      'Russian forces',
      'russia',
      'the airstrike',
      'airstrike',
      null,
    ],
    ['Prices were cut by 20 percent.', null, null, null, null, null],
  ])('%s', (text, agent, group, act, lemma, by) => {
    const found = blames(text);
    if (agent === null) {
      expect(found).toEqual([]);
      return;
    }
    expect(found).toHaveLength(1);
    const [b] = found;
    expect([b.agent.text, b.agent.group, b.act.text, b.act.lemma]).toEqual([agent, group, act, lemma]);
    expect(b.blamedBy?.text ?? null).toBe(by);
    for (const span of [b, b.agent, b.act, ...(b.blamedBy ? [b.blamedBy] : [])]) {
      expect(text.slice(span.start, span.end)).toBe(span.text);
    }
  });
});

describe('blame on the sample event', () => {
  const SAMPLE = 'sources/astana-2018-05-14/';

  it('both sources blame the rockets on Iran, each as Israel’s account', () => {
    for (const side of ['presstv', 'wire']) {
      const claims = analyzeFile(`${SAMPLE}${side}.txt`).claims.filter(
        (c): c is BlameClaim => c.kind === 'blame',
      );
      const rockets = claims.find((c) => c.act.lemma === 'fire');
      expect(rockets?.agent.group, side).toBe('iran');
      expect(rockets?.blamedBy?.group, side).toBe('israel');
    }
  });

  it('"It also blamed the rocket fire on Iran" is attributed to Israeli officials', () => {
    const source = analyzeFile(`${SAMPLE}presstv.txt`);
    const b = source.claims.find((c): c is BlameClaim => c.kind === 'blame' && c.text.includes('blamed'));
    expect(b?.agent.text).toBe('Iran');
    expect(b?.act.text).toBe('the rocket fire');
    expect(b?.blamedBy?.text).toBe('It');
    expect(b?.blamedBy?.antecedent?.text).toBe('Israeli officials');
  });
});
