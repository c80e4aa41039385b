import { describe, expect, it } from 'vitest';
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
  ])('%s generic: %s', (text, generic) => {
    expect(isGenericActor({ start: 0, end: text.length, text, group: actorGroup(text) })).toBe(generic);
  });
});
