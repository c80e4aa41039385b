import { describe, expect, it } from 'vitest';
import { analyzeText, compareSources } from '../../src/index.js';
import type { Finding } from '../../src/model/finding.js';
import type { Report } from '../../src/model/report.js';
import { profileReport } from './profile-report.js';
import { outletProfiles } from './tables-of.js';

// User trial 10, item 3 (trial 7, item 2): `attribution.statesAsFact`/`attributes` were 0 for every
// outlet. The profile counted shown attribution findings only, and the rules that contrast a fact
// with an attribution score below the display confidence; a shown agreement on the same figure
// carries the same contrast in its claims. Passages and reports invented for the test.

const claim = (id: string, kind: string, stance: string) => ({
  id,
  side: id.slice(0, 1),
  kind,
  sentence: `s-${id}`,
  basis: { stance },
});
const countsOf = (r: Report) => Object.fromEntries(outletProfiles([r]).map((p) => [p.outlet, p.attribution]));

describe('attribution contrasts from the claims of shown two-sided findings', () => {
  const fact = claim('a:c1', 'quantity', 'fact');
  const said = claim('b:c1', 'quantity', 'said');
  const cue = claim('b:c2', 'attribution', 'fact');
  it.each([
    ['an agreement: Y states the figure, Z attributes it', [{ claims: ['a:c1', 'b:c1'] }], [1, 0, 0, 1]],
    // Review of research11, L3: fact against fact (b:c4), not a side without claims.
    ['both state it as fact', [{ claims: ['a:c1', 'b:c4'] }], [0, 0, 0, 0]],
    ['a hidden agreement is not counted', [{ claims: ['a:c1', 'b:c1'], confidence: 0.4 }], [0, 0, 0, 0]],
    [
      'an agreement and an attribution finding on the same two claims count once',
      [{ claims: ['a:c1', 'b:c1'] }, { kind: 'attribution', claims: ['b:c1', 'a:c1'] }],
      [1, 0, 0, 1],
    ],
    [
      'an attribution finding whose other side has no claim',
      [{ kind: 'attribution', claims: ['b:c2'] }],
      [1, 0, 0, 1],
    ],
    ['an omission has one side only', [{ kind: 'omission', claims: ['b:c1'], a: [] }], [0, 0, 0, 0]],
    // "During his hearing on Thursday, Lee told senators…": the date may time the report.
    ['a fact in a sentence that reports someone is no voice', [{ claims: ['a:c4', 'b:c1'] }], [0, 0, 0, 0]],
    ['a side with mixed voices decides nothing', [{ claims: ['a:c1', 'b:c1', 'b:c3'] }], [0, 0, 0, 0]],
    // Review of research11, L2: the attribution finding also lists the cue (b:c2); one contrast.
    [
      'an agreement and an attribution finding on the same figures count once, whatever cue it lists',
      [{ claims: ['a:c1', 'b:c1'] }, { kind: 'attribution', claims: ['a:c1', 'b:c1', 'b:c2'] }],
      [1, 0, 0, 1],
    ],
  ] as const)('%s', (_, findings, [yFact, yAttr, zFact, zAttr]) => {
    const r = profileReport('Y', 'Z', findings as unknown as Partial<Finding>[], [
      fact,
      said,
      cue,
      claim('b:c3', 'date', 'fact'),
      claim('b:c4', 'quantity', 'fact'),
    ]);
    expect(countsOf(r)).toEqual({
      Y: { statesAsFact: yFact, attributes: yAttr },
      Z: { statesAsFact: zFact, attributes: zAttr },
    });
  });
});

describe('attribution contrasts of a real pair', () => {
  const analyze = (text: string, outlet: string, path: string) =>
    analyzeText(text, { outlet, published: '2026-03-02' }, path);
  const courier = [
    'Harbour plant to shut down',
    'The Harbour chemical plant will close in June, putting 420 workers out of a job, the company said.',
    'The mayor called the closure a blow to the town.',
  ].join('\n');
  const post = [
    'Chemical plant closes',
    'The Harbour chemical plant will close in June and 420 workers will lose their jobs.',
    'Unions said they would fight the closure.',
  ].join('\n');

  it('counts the shown agreement on "420 workers": the Post states what the Courier attributes', () => {
    const r = compareSources(
      analyze(courier, 'Daily Courier', 'ev/a.txt'),
      analyze(post, 'Evening Post', 'ev/b.txt'),
    );
    expect(countsOf(r)).toEqual({
      'Daily Courier': { statesAsFact: 0, attributes: 1 },
      'Evening Post': { statesAsFact: 1, attributes: 0 },
    });
  });

  // "said Monday it will close": the date opens what is said, so extraction puts it in the
  // content, but it times the reporting verb (tables/reporting-dates.ts).
  it('does not count a date that times the reporting verb as attributed', () => {
    const timed = 'Plant closure\nThe company said Monday it will close the Harbour plant.\n';
    const plain = 'Plant closure\nThe Harbour plant will close, the company announced on Monday.\n';
    const r = compareSources(
      analyze(timed, 'Daily Courier', 'ev/a.txt'),
      analyze(plain, 'Evening Post', 'ev/b.txt'),
    );
    const date = (side: string) => r.claims.find((c) => c.side === side && c.kind === 'date');
    expect([date('a')?.text, date('a')?.basis.stance, date('b')?.basis.stance]).toEqual([
      'Monday',
      'said',
      'fact',
    ]);
    const agreement = {
      ...r.findings[0],
      kind: 'agreement',
      confidence: 0.8,
      claims: [date('a')?.id, date('b')?.id],
    };
    expect(countsOf({ ...r, findings: [agreement] } as Report)).toEqual({
      'Daily Courier': { statesAsFact: 0, attributes: 0 },
      'Evening Post': { statesAsFact: 0, attributes: 0 },
    });
  });
});

describe('claims by event (user trials 8 and 10, item 3)', () => {
  const analyze = (text: string, outlet: string, path: string) =>
    analyzeText(text, { outlet, published: '2026-03-02' }, path);
  const one = (event: string, outlet: string, text: string) => {
    const r = compareSources(
      analyze(text, outlet, `${event}/a.txt`),
      analyze('Other news\nThe river rose overnight.\n', 'Evening Post', `${event}/b.txt`),
    );
    return { ...r, pair: { ...r.pair, event } } as Report;
  };
  it('gives each event its own counts', () => {
    const profiles = outletProfiles([
      one('flood', 'Daily Courier', 'Flood\nThe river rose 3 metres on Tuesday, officials said.\n'),
      one('vote', 'Daily Courier', 'Vote\nThe council approved 12 new homes.\n'),
    ]);
    const courier = profiles.find((p) => p.outlet === 'Daily Courier');
    expect(Object.keys(courier?.claimsByEvent ?? {})).toEqual(['flood', 'vote']);
    expect(courier?.claimsByEvent.vote.stated.fact).toBe(1);
    expect(courier?.claimsByEvent.vote.sources).toBe(1);
    expect(courier?.claimsByEvent.flood.stated.said).toBeGreaterThan(0);
    expect(courier?.claimsByEvent.flood.stated.fact).toBe(0);
    expect(courier?.claims.stated.fact).toBe(1);
    expect(courier?.claims.sources).toBe(2);
  });
});
