import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { AnalyzedSource } from '../../../src/model/analyzed-source.js';
import { analyzeFile, analyzeText } from '../../../src/pipeline.js';
import { pairFeatures } from '../../../src/stages/align/evidence.js';
import { signalVector } from '../../../src/stages/align/features.js';
import { loadIdf } from '../../../src/stages/align/idf.js';
import { profileSentence, type SentenceProfile } from '../../../src/stages/align/profile.js';

// The score reads counts from features.ts (`signalVector`: `sharedSize`, `agreeingCount`, the
// shared mass); the reasons a report shows list what evidence.ts finds (`intersect`,
// `agreeingDates`, `shared`). They are twin loops (issue 13): this test holds them in step, so the
// reasons shown cannot drift from the score (review-cpu8 #6).

const profiles = (source: AnalyzedSource): SentenceProfile[] =>
  source.sentences.map((s) =>
    profileSentence(
      s,
      loadIdf(),
      source.meta.published,
      source.claims.filter((c) => c.sentence === s.id),
    ),
  );

/** Invented sentences with names, numbers and dates that agree, partly agree, or do not. */
const INVENTED = [
  'Iran, Russia and Turkey held talks in Astana on May 14, 2018, and agreed on 3 points.',
  'Russia and Turkey met in Astana on Monday with 3 delegations and 12 advisers.',
  'On 14 May 2018 the governor of Texas signed 2 bills before 300 guests in Austin.',
  'The governor signed two bills in May 2018, and France and Germany sent 300 observers.',
  'Nothing here is dated or counted.',
];

const jaccard = (shared: number, x: number, y: number) =>
  x + y - shared === 0 ? 0 : shared / (x + y - shared);

/** The failures of one pair: each count behind the vector against the evidence listed. */
function drift(x: SentenceProfile, y: SentenceProfile): string[] {
  const v = pairFeatures(x, y).signals;
  const [xy, yx] = [pairFeatures(x, y), pairFeatures(y, x)];
  const out: string[] = [];
  if (v.actors !== jaccard(xy.actors.length, x.actors.size, y.actors.size)) out.push('actors');
  if (v.numbers !== jaccard(xy.numbers.length, x.numbers.size, y.numbers.size)) out.push('numbers');
  const union = x.dates.size + y.dates.size;
  const dates = union === 0 ? 0 : (xy.dates.length + yx.dates.length) / union;
  if (v.dates !== dates) out.push('dates');
  let mass = 0;
  for (const lemma of xy.shared) mass += x.weights[x.lemmas.indexOf(lemma)];
  const lemmaIdf = x.mass + y.mass === 0 ? 0 : (2 * mass) / (x.mass + y.mass);
  if (Math.abs(v.lemmaIdf - lemmaIdf) > 1e-12) out.push('lemmaIdf');
  return out.length === 0 ? [] : [`${x.text} | ${y.text}: ${out.join(', ')}`];
}

function allDrift(xs: SentenceProfile[], ys: SentenceProfile[]): string[] {
  return xs.flatMap((x) => ys.flatMap((y) => drift(x, y)));
}

describe("evidence lists hold as many items as the vector's counts", () => {
  it('over invented sentences with names, numbers and dates', () => {
    const ps = INVENTED.flatMap((t) => profiles(analyzeText(`${t}\n`, { published: '2018-05-14' })));
    const [x, y] = [ps[0], ps[1]];
    expect(signalVector(x, y).some((value) => value > 0)).toBe(true);
    expect(pairFeatures(x, y).actors.length).toBeGreaterThan(0);
    expect(pairFeatures(x, y).numbers.length).toBeGreaterThan(0);
    expect(pairFeatures(ps[2], ps[3]).dates.length).toBeGreaterThan(0);
    expect(allDrift(ps, ps)).toEqual([]);
  });

  it("over every pair of sentences of each sources/ event's first two articles", () => {
    for (const event of readdirSync('sources').sort()) {
      const files = readdirSync(join('sources', event))
        .filter((f) => f.endsWith('.txt'))
        .sort();
      const [a, b] = files.slice(0, 2).map((f) => profiles(analyzeFile(join('sources', event, f))));
      expect(allDrift(a, b)).toEqual([]);
    }
  }, 120_000);
});
