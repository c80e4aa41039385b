import { describe, expect, it } from 'vitest';
import { analyzeText, compareSources } from '../../src/pipeline.js';
import { article } from '../stages/compare/facts-helpers.js';
import { claimRows, outletProfiles } from './tables-of.js';

// User trial 21, item 7: "The Norland government accused the rebels of violating a truce" was a
// blame claim counted as blame the outlet states as fact, in claims.csv and in outlets.json, while
// the attribution claim on the same words had the stance "claimed". A party's blame is that
// party's claim; blame the outlet assigns in its own words stays a fact.
describe('the stance of blame a party assigns', () => {
  const report = compareSources(
    analyzeText(
      article('Alpha', '2025-09-20', [
        'The Norland government accused the rebels of violating a temporary truce on Wednesday.',
        'The militia was responsible for the shelling of the market.',
        'The rebels denied any role and accused the army of firing on civilians.',
      ]),
      {},
      'ev/alpha.txt',
    ),
    analyzeText(article('Beta', '2025-09-20', ['Talks in Geneva collapsed on Friday.']), {}, 'ev/beta.txt'),
  );
  const blameRows = claimRows(report).filter((r) => r.kind === 'blame' && r.outlet === 'Alpha');

  it('is the stance of the blamer\u2019s cue in claims.csv, with the blamer as speaker', () => {
    expect(blameRows.map((r) => [r.text, r.stance, r.speaker ?? null])).toEqual([
      ['accused the rebels of violating a temporary truce', 'claimed', 'The Norland government'],
      ['The militia was responsible for the shelling of the market', 'fact', null],
      // Review of truth21: the blaming verb's stance, not the denial's before it.
      ['accused the army of firing', 'claimed', 'The rebels'],
    ]);
  });

  it('is counted under that stance in the outlet profile', () => {
    const alpha = outletProfiles([report]).find((p) => p.outlet === 'Alpha');
    expect(alpha?.claims.statedByKind.blame).toMatchObject({ fact: 1, claimed: 2, denied: 0 });
  });
});
