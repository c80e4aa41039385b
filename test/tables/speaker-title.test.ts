import { describe, expect, it } from 'vitest';
import { analyzeText, compareSources } from '../../src/index.js';
import { sourceSpeakers } from '../../src/tables/source-speakers.js';
import { speakerKeys } from '../../src/text/speaker-key.js';
import { speakerKind } from '../../src/text/speaker-kind.js';
import { speakerMention } from '../../src/text/speaker-mention.js';
import { speakerClaim } from './speaker-claim.js';
import { claimRows } from './tables-of.js';

// User trial 10, item 3: one key per speaker within a source, its title dropped like every AP
// title and kept in its own column, and no key or kind for mentions that name no speaker.
// Passages invented for the test.

describe('speaker_key, speaker_title and speaker_kind of a source', () => {
  const text = [
    'Port to reopen after storm',
    'President Okafor told reporters the port would reopen within a week.',
    'Okafor said the repairs would cost $4 million.',
    'House Minority Leader Ana Brandt said the plan was reckless.',
    'What aides said was that the audit began in May.',
    'Tomas Baker runs the union. Baker said the workers were ready.',
    'Provincial governor Ri Song Un said the ferry would sail.',
  ].join('\n');
  const report = compareSources(
    analyzeText(text, { outlet: 'Daily Courier', published: '2026-03-02' }, 'ev/a.txt'),
    analyzeText(
      'Port reopens\nThe port will reopen, officials said.\n',
      { outlet: 'Evening Post' },
      'ev/b.txt',
    ),
  );
  const rows = claimRows(report).filter((r) => r.source === 'a' && r.kind === 'attribution');
  const row = (speaker: string) => rows.find((r) => r.speaker === speaker);

  it.each([
    ['President Okafor', 'Okafor', 'President', 'person'],
    ['Okafor', 'Okafor', undefined, 'person'],
    ['House Minority Leader Ana Brandt', 'Ana Brandt', 'House Minority Leader', 'person'],
    ['What aides', 'aides', undefined, 'official'],
    // "baker" is a WordNet role noun, but the text gives Baker a first name.
    ['Baker', 'Baker', undefined, 'person'],
    ['Provincial governor Ri Song Un', 'Ri Song Un', undefined, 'person'],
  ])('%s → key %s, title %s, kind %s', (speaker, key, title, kind) => {
    const found = row(speaker);
    expect(found).toBeDefined();
    expect([found?.speaker_key, found?.speaker_title, found?.speaker_kind]).toEqual([key, title, kind]);
  });
});

describe('speakerMention: the part of a mention that names a speaker', () => {
  it.each([
    ['what aides', 'aides'],
    ['officials', 'officials'],
    ['his', undefined],
    ['Inc.', undefined],
    ['Ltd', undefined],
    ['manager of Harbour Marine, Inc.', 'manager of Harbour Marine'],
    ['EXCLUSIVE', 'EXCLUSIVE'],
    ['NATO', 'NATO'],
    ['UNICEF', 'UNICEF'],
    ['What', 'What'],
  ])('%s → %s', (mention, expected) => {
    expect(speakerMention(mention)).toBe(expected);
  });
});

describe('mentions that name no speaker have no key or kind', () => {
  const claim = speakerClaim;
  const claims = [
    claim('c1', 'Inc.'),
    claim('c2', 'BREAKING'),
    claim('c3', 'his'),
    claim('c4', 'Ana Brandt'),
  ];
  const speakers = sourceSpeakers(claims, 'BREAKING: Port shut\nAna Brandt said so.');
  it.each([
    [0, undefined, undefined],
    [1, undefined, undefined],
    [2, undefined, undefined],
    [3, 'Ana Brandt', 'person'],
  ])('claim %i → %s, %s', (i, key, kind) => {
    expect([speakers.keyOf(claims[i]), speakers.kindOf(claims[i])]).toEqual([key, kind]);
  });
  it('counts only the speakers named', () => expect(speakers.count).toBe(1));
});

describe('a number word opening a mention is no name', () => {
  it('keys "One of the three pilots, Ana Lee" by the name after the comma', () => {
    const keys = speakerKeys(['One of the three pilots, Ana Lee', 'Lee']);
    expect([keys.get('One of the three pilots, Ana Lee'), keys.get('Lee')]).toEqual(['Ana Lee', 'Ana Lee']);
  });
});

describe('speakerKind of a person the actor lexicon or a name gives', () => {
  it.each([
    ['Ri Song Un', 'person'],
    ['Donald Trump', 'person'],
    ['the UN', 'organisation'],
  ])('%s → %s', (mention, expected) => expect(speakerKind(mention)).toBe(expected));
});
