import { describe, expect, it } from 'vitest';
import { loadLexicon } from '../../../src/lexicons/load.js';
import { actorGroup, isGenericActor } from '../../../src/text/actors.js';
import { article, compareArticles } from './facts-helpers.js';

/** The blame findings of two one-sentence reports, as `rule: agent ~ agent`. */
function blameFindings(a: string, b: string): string[] {
  return compareArticles(article('Alpha', '2025-03-14', [a]), article('Beta', '2025-03-14', [b]))
    .filter((f) => f.ruleId.startsWith('compare/blame-'))
    .map((f) => f.ruleId);
}

const shelled = (by: string) =>
  `The village of Yesiltas in Hakkari province was shelled by ${by} on Sunday, killing two shepherds, local officials said.`;

describe('generic actor labels in blame findings', () => {
  it('"government forces" against a named state\'s forces: no finding (it may be that state\'s own)', () => {
    expect(blameFindings(shelled('government forces'), shelled('Turkish forces'))).toEqual([]);
  });

  it('"government forces" against "rebel fighters": a divergence', () => {
    expect(blameFindings(shelled('government forces'), shelled('rebel fighters'))).toEqual([
      'compare/blame-divergence',
    ]);
  });

  // A story that names Syria places its "government forces" and "rebels" there.
  const inSyria = (by: string) =>
    `The market in Douma, east of Damascus, Syria, was shelled by ${by} on Sunday, killing two people, local officials said.`;

  it('in a Syria story "government forces" against "Russian jets": a divergence', () => {
    expect(blameFindings(inSyria('government forces'), inSyria('Russian jets'))).toEqual([
      'compare/blame-divergence',
    ]);
  });

  it('in a Syria story "government forces" against "the Syrian army": an agreement', () => {
    expect(blameFindings(inSyria('government forces'), inSyria('the Syrian army'))).toEqual([
      'compare/blame-agreement',
    ]);
  });

  it('a demonym places the story: "government forces" against "Russian jets" near "the Syrian capital"', () => {
    const near = (by: string) =>
      `A market outside the Syrian capital was shelled by ${by} on Sunday, killing two people, local officials said.`;
    expect(blameFindings(near('government forces'), near('Russian jets'))).toEqual([
      'compare/blame-divergence',
    ]);
  });

  it('a label with a no-break space is still generic', () => {
    expect(blameFindings(shelled('government\u00a0forces'), shelled('Turkish forces'))).toEqual([]);
  });

  it('two named actors: a divergence', () => {
    expect(blameFindings(shelled('Turkish forces'), shelled('Iranian forces'))).toEqual([
      'compare/blame-divergence',
    ]);
  });

  it.each([
    ['government forces', true],
    ['the rebel fighters', true],
    ['militants', true],
    ['Syrian government forces', false],
    ['the Syrian regime', false],
    ['Turkish forces', false],
    ['Free Syrian Army', false],
    ['Free Syrian Army rebels', false],
  ])('%s generic: %s', (text, generic) => {
    expect(isGenericActor({ start: 0, end: text.length, text, group: actorGroup(text) })).toBe(generic);
  });
});

describe('data/actors.yaml generic labels', () => {
  it('are labels of their group', () => {
    for (const g of loadLexicon<{ labels: string[]; generic?: string[] }>('actors').entries)
      for (const label of g.generic ?? []) expect(g.labels).toContain(label);
  });
});

describe('a blame divergence explanation', () => {
  it('quotes the act, so that a passive one reads as a quotation, not as broken text', () => {
    const inSyria = (by: string) =>
      `The market in Douma, east of Damascus, Syria, was shelled by ${by} on Sunday, killing two people, local officials said.`;
    const [finding] = compareArticles(
      article('Alpha', '2025-03-14', [inSyria('government forces')]),
      article('Beta', '2025-03-14', [inSyria('Russian jets')]),
    ).filter((f) => f.ruleId === 'compare/blame-divergence');
    expect(finding.explanation).toBe(
      "Alpha blames 'government forces' (according to local officials) for 'shelled', Beta blames 'Russian jets' (according to local officials).",
    );
  });
});
