import { describe, expect, it } from 'vitest';
import { analyzeText, compareSources } from '../../src/index.js';
import { sourceSpeakers } from '../../src/tables/source-speakers.js';
import { speakerKeys } from '../../src/text/speaker-key.js';
import { speakerMention } from '../../src/text/speaker-mention.js';
import { mentionName } from '../../src/text/speaker-name.js';
import { speakerClaim } from './speaker-claim.js';
import { claimRows } from './tables-of.js';

// Review of research11 (H1–H4, M2): a title is dropped from a key only where a word is known to be
// a person's surname; an organisation keeps its whole name. Passages invented for the test.

const claim = speakerClaim;

/** Key, kind and title of each mention, as claims.csv writes them. */
function speakersOf(mentions: string[], text: string): unknown[][] {
  const claims = mentions.map((m, i) => claim(`c${i}`, m));
  const speakers = sourceSpeakers(claims, text);
  return claims.map((c) => [speakers.keyOf(c), speakers.kindOf(c), speakers.titleOf(c)]);
}

describe('H1: an organisation keeps its first word', () => {
  it.each([
    [
      ['The Justice Department'],
      'Inquiry opened\nThe Justice Department said it had opened an inquiry.',
      'Justice Department',
    ],
    [
      ['General Motors'],
      'Carmaker cuts jobs\nDetroit-based General Motors will cut 400 jobs.\nGeneral Motors said so.',
      'General Motors',
    ],
    [['General Electric'], 'In Boston General Electric said it would hire.', 'General Electric'],
    [
      ['State Department officials'],
      'State Department officials said the talks went on.',
      'state department officials',
    ],
  ])('%s in "%s" → %s', (mentions, text, key) => {
    expect(speakersOf(mentions, text)[0][0]).toBe(key);
  });
  it('still drops a title where the text names the person', () => {
    expect(speakersOf(['President Okafor'], 'Ruth Okafor arrived. President Okafor said so.')[0]).toEqual([
      'Okafor',
      'person',
      'President',
    ]);
  });
});

describe('H2: two people of one surname stay two', () => {
  const text =
    'Bill Clinton said the bill was fair. Hillary Clinton said it was unfair. President Clinton said he would sign it. Mrs. Clinton said she would not.';
  it('keys "President Clinton" and "Mrs. Clinton" apart', () => {
    const keys = speakerKeys(['Bill Clinton', 'Hillary Clinton', 'President Clinton', 'Mrs. Clinton'], text);
    expect(keys.get('President Clinton')).not.toBe(keys.get('Mrs. Clinton'));
  });
  it('keys them apart where only the text names the two', () => {
    const keys = speakerKeys(['President Clinton', 'Mrs. Clinton'], text);
    expect([keys.get('President Clinton'), keys.get('Mrs. Clinton')]).toEqual([
      'President Clinton',
      'Mrs. Clinton',
    ]);
  });
  it('still merges "President Okafor" and "Mr. Okafor" where one Okafor is named', () => {
    const keys = speakerKeys(
      ['President Okafor', 'Mr. Okafor'],
      'Tomas Okafor won. President Okafor said so.',
    );
    expect(keys.get('President Okafor')).toBe(keys.get('Mr. Okafor'));
  });
  it('keys "Mr. Marlow" and "Mrs. Marlow" apart', () => {
    const keys = speakerKeys(['John Marlow', 'Jane Marlow', 'Mr. Marlow', 'Mrs. Marlow']);
    expect([keys.get('Mr. Marlow'), keys.get('Mrs. Marlow')]).toEqual(['Mr. Marlow', 'Mrs. Marlow']);
  });
});

describe('H3: only a number word of a count ends a name', () => {
  it.each([
    ['Page', 'Page'],
    ['Mark, 12', 'Mark'],
  ])('mentionName(%s) → %s', (mention, name) => expect(mentionName(mention)?.words.join(' ')).toBe(name));
  it.each([
    [
      'Adviser questioned\nThe former adviser to the campaign met the envoy twice in July.\nPage said the meetings were about trade.\n',
      'Page',
    ],
    [
      'Boy rescued\nA boy was pulled from the river on Sunday.\nMark, 12, said the water was cold.\n',
      'Mark, 12',
    ],
  ])('keeps the speaker a person in %j', (text, speaker) => {
    const report = compareSources(
      analyzeText(text, { outlet: 'Daily Courier', published: '2026-03-02' }, 'ev/a.txt'),
      analyzeText(
        'Other\nThe river rose.\n',
        { outlet: 'Evening Post', published: '2026-03-02' },
        'ev/b.txt',
      ),
    );
    const row = claimRows(report).find((r) => r.source === 'a' && r.kind === 'attribution');
    expect([row?.speaker, row?.speaker_key, row?.speaker_kind]).toEqual([
      speaker,
      speaker.split(',')[0],
      'person',
    ]);
  });
  it('still reads "One of the three pilots" as no name', () => expect(mentionName('One of')).toBeUndefined());
});

describe('H4: an organisation word is no person', () => {
  it.each([
    [['Police'], 'Man held\nMetro Police arrested a man.\nPolice said the man was armed.'],
    [['Government'], 'The Government said no.'],
    [['Parliament'], 'The Parliament voted. Parliament said the bill passed.'],
    [['Police'], 'The Police said a man was held. Police said he was armed.'],
  ])('%s in "%s" is no person', (mentions, text) => {
    expect(speakersOf(mentions, text)[0][1]).not.toBe('person');
  });
});

describe('M2: a kicker is a headline word before a colon', () => {
  it.each([
    [['NASCAR'], 'Race off\nNASCAR said the race was called off.', 'NASCAR'],
    [['UNAIDS'], 'Report out\nUNAIDS said 38 million people live with the virus.', 'UNAIDS'],
    [['EXCLUSIVE'], 'EXCLUSIVE: Mayor quits\nThe mayor quit on Friday.', undefined],
  ])('%s in "%s" → %s', (mentions, text, key) => expect(speakersOf(mentions, text)[0][0]).toBe(key));
  it('keeps the mention itself', () => expect(speakerMention('CENTCOM')).toBe('CENTCOM'));
});

describe('H1 in the pipeline', () => {
  it('keys "The Justice Department" whole', () => {
    const report = compareSources(
      analyzeText(
        'Inquiry opened\nThe Justice Department said it had opened an inquiry into the port.',
        { outlet: 'Daily Courier', published: '2026-03-02' },
        'ev/a.txt',
      ),
      analyzeText(
        'Other\nThe river rose.\n',
        { outlet: 'Evening Post', published: '2026-03-02' },
        'ev/b.txt',
      ),
    );
    const row = claimRows(report).find((r) => r.source === 'a' && r.kind === 'attribution');
    expect([row?.speaker_key, row?.speaker_title]).toEqual(['Justice Department', undefined]);
  });
});

describe('M4: a source is scanned for names in one walk', () => {
  it('reads a 64 kB run of one-letter capitals', () => {
    // The regular expressions took seconds here (no timing asserted: it just has to finish).
    expect(speakersOf(['Ana Ruiz'], `${'A '.repeat(32000)}\nAna Ruiz said so.`)[0][0]).toBe('Ana Ruiz');
  });
});

// A company named by its closing word, and a capitalised phrase the source calls a body by
// apposition: organisations, not people (claims.csv speaker_kind).
describe('organisations with no organisation noun WordNet knows', () => {
  it.each([
    [['Harbour Motors'], 'Plant to close\nHarbour Motors said it would close the plant.', 'organisation'],
    [
      ['Save Our Coast'],
      'Suit filed\nThe suit was filed by Save Our Coast, a watchdog group.\nSave Our Coast said it would appeal.',
      'organisation',
    ],
    [['Ana Lee'], 'Suit filed\nAna Lee, a lawyer for the group, said she would appeal.', 'person'],
  ])('%s in "%s" → %s', (mentions, text, kind) => expect(speakersOf(mentions, text)[0][1]).toBe(kind));
});
