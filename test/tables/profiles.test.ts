import { describe, expect, it } from 'vitest';
import { profileReport as report } from './profile-report.js';
import { outletProfiles } from './tables-of.js';

const fact = (id: string) => ({ id, kind: 'quantity', basis: { stance: 'fact' } });
const said = (id: string) => ({ id, kind: 'attribution', basis: { stance: 'fact' } });

describe('outletProfiles', () => {
  it.each([
    [
      'framing labels by referent',
      [report('Z', 'Y', [{ kind: 'framing', labels: { a: 'regime', b: 'government', group: 'gov' } }])],
      {
        Y: { labels: [{ referent: 'gov', label: 'government', count: 1 }] },
        Z: { labels: [{ referent: 'gov', label: 'regime', count: 1 }] },
      },
    ],
    [
      'the omitting side is the one without evidence',
      [report('Y', 'Z', [{ kind: 'omission', a: [], subject: 'date' }])],
      { Y: { omits: { date: 1 } }, Z: { omits: {} } },
    ],
    [
      'states as fact what the other attributes',
      [
        report(
          'Y',
          'Z',
          [{ kind: 'attribution', claims: ['a:c1', 'b:c2', 'b:c3'] }],
          [fact('a:c1'), fact('b:c2'), said('b:c3')],
        ),
      ],
      {
        Y: { attribution: { statesAsFact: 1, attributes: 0 } },
        Z: { attribution: { statesAsFact: 0, attributes: 1 } },
      },
    ],
    [
      'both attribute: neither states as fact',
      [report('Y', 'Z', [{ kind: 'attribution', claims: ['a:c1', 'b:c2'] }], [said('a:c1'), said('b:c2')])],
      {
        Y: { attribution: { statesAsFact: 0, attributes: 0 } },
        Z: { attribution: { statesAsFact: 0, attributes: 0 } },
      },
    ],
  ])('%s', (_, reports, expected) => {
    const profiles = outletProfiles(reports);
    expect(profiles.map((p) => p.outlet)).toEqual(Object.keys(expected).sort());
    for (const p of profiles) expect(p).toMatchObject(expected[p.outlet as keyof typeof expected]);
  });

  it('counts the pairs each outlet is in', () => {
    const profiles = outletProfiles([report('A', 'B', []), report('A', 'C', [])]);
    expect(profiles.map((p) => [p.outlet, p.pairs])).toEqual([
      ['A', 2],
      ['B', 1],
      ['C', 1],
    ]);
  });
});

describe('outletProfiles counts only the findings reports show (user trial 3)', () => {
  it('leaves out a finding below the display confidence', () => {
    const hidden = [
      report(
        'Y',
        'Z',
        [
          { kind: 'attribution', claims: ['a:c1', 'b:c2', 'b:c3'], confidence: 0.45 },
          { kind: 'omission', a: [], subject: 'date', confidence: 0.3 },
          { kind: 'framing', labels: { a: 'regime', b: 'government', group: 'gov' }, confidence: 0.4 },
        ],
        [fact('a:c1'), fact('b:c2'), said('b:c3')],
      ),
    ];
    const [y, z] = outletProfiles(hidden);
    for (const p of [y, z]) {
      expect(p.attribution).toEqual({ statesAsFact: 0, attributes: 0 });
      expect(p.omits).toEqual({});
      expect(p.labels).toEqual([]);
      expect(p.pairs).toBe(1);
    }
  });
});

// User trial 7, item 2: the attribution counts came from the few shown attribution findings and
// were 0 for every outlet of a real batch. The profile now counts the claims of each outlet's
// articles, each article once however many pairs it is in.
describe('outletProfiles counts how each outlet presents its claims', () => {
  // Each claim in a sentence of its own: no date here times a reporting verb.
  const claim = (id: string, kind: string, stance: string, extra: object = {}) => ({
    id,
    kind,
    sentence: `s-${id}`,
    basis: { stance },
    ...extra,
  });
  const claimsOf = (side: 'a' | 'b') => [
    claim(`${side}:c1`, 'quantity', 'fact'),
    claim(`${side}:c2`, 'date', 'said'),
    claim(`${side}:c3`, 'quantity', 'hedged'),
    claim(`${side}:c4`, 'attribution', 'fact', { stance: 'claimed', speaker: { text: 'Mr. Lee' } }),
    claim(`${side}:c5`, 'attribution', 'fact', { stance: 'said', speaker: { text: 'Ana Lee' } }),
    claim(`${side}:c6`, 'attribution', 'fact', { stance: 'said', contentKind: 'non-proposition' }),
  ];
  const sideOf = (claims: ReturnType<typeof claimsOf>, side: 'a' | 'b') =>
    claims.map((c) => ({ ...c, side }));
  // Y is in two pairs: its article is counted once.
  const reports = [
    report('Y', 'Z', [], [...sideOf(claimsOf('a'), 'a'), ...sideOf(claimsOf('b').slice(0, 1), 'b')]),
    report('W', 'Y', [], [...sideOf(claimsOf('b'), 'b')]),
  ];
  const profiles = outletProfiles(reports);
  const y = profiles.find((p) => p.outlet === 'Y');
  const z = profiles.find((p) => p.outlet === 'Z');

  it('counts facts stated and attributed, by stance, each article once', () => {
    expect(y?.claims).toEqual({
      sources: 1,
      stated: { fact: 1, said: 1, claimed: 0, confirmed: 0, denied: 0, hedged: 1 },
      statedByKind: {
        quantity: { fact: 1, said: 0, claimed: 0, confirmed: 0, denied: 0, hedged: 1 },
        date: { fact: 0, said: 1, claimed: 0, confirmed: 0, denied: 0, hedged: 0 },
        blame: { fact: 0, said: 0, claimed: 0, confirmed: 0, denied: 0, hedged: 0 },
      },
      reportingDates: 0,
      reported: { said: 1, claimed: 1, confirmed: 0, denied: 0, hedged: 0 },
      speakers: 1,
      // "Mr. Lee" and "Ana Lee": two claims of named people (one key).
      speakerKinds: { person: 2, organisation: 0, official: 0, anonymous: 0, document: 0, group: 0 },
    });
  });

  it('gives zero counts, not a missing field, to an outlet whose claims are all facts', () => {
    expect(z?.claims.stated.fact).toBe(1);
    expect(z?.claims.reported).toEqual({ said: 0, claimed: 0, confirmed: 0, denied: 0, hedged: 0 });
  });
});
