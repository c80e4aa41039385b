import { describe, expect, it } from 'vitest';
import { loadLexicon } from '../../src/lexicons/load.js';
import { actorGroup, actorLineage, findActors, matchActors } from '../../src/text/actors.js';

describe('actorGroup', () => {
  it.each([
    ['Iranian forces', 'iran'],
    ['Tehran', 'iran'],
    ['the Kremlin', 'russia'],
    ['Ankara', 'turkey'],
    ['Israeli officials', 'israel'],
    ['the Tel Aviv regime', 'israel'],
    ['the Zionist regime', 'israel'],
    ['the Syrian regime', 'syria-government'],
    ['the Syrian government', 'syria-government'],
    ['Damascus', 'syria-government'],
    ['regime forces', 'syria-government'],
    ['rebel delegation', 'syria-opposition'],
    ['An opposition delegation', 'syria-opposition'],
    ['terrorist groups', 'syria-opposition'],
    ["Kazakhstan's Foreign Ministry", 'kazakhstan-foreign-ministry'],
    ['Kazakhstan’s foreign ministry', 'kazakhstan-foreign-ministry'],
    ['a Kazakh foreign ministry statement', 'kazakhstan-foreign-ministry'],
    ["a spokesman for Kazakhstan's Foreign Ministry", 'kazakhstan-foreign-ministry'],
    ['Staffan de Mistura', 'united-nations'],
    ['militants from Islamic State', 'islamic-state'],
    ['the White House', 'united-states'],
    ['the U.S.', 'united-states'],
    ['President Donald Trump', 'donald-trump'],
    ['North Korean officials', 'north-korea'],
    ['Pyongyang', 'north-korea'],
    ['Iranian foreign minister Mohammad Javad Zarif', 'mohammad-javad-zarif'],
    // A label word that opens with a lower-case particle ("al-Assad") is matched as written.
    ['forces loyal to President Bashar al-Assad', 'syria-government'],
    ['Jaish al-Islam fighters', 'syria-opposition'],
    ['bashar al-assad', null],
    ['us', null],
    ['it is', null],
    ['the moon', null],
  ])('%s → %s', (text, group) => {
    expect(actorGroup(text)).toBe(group);
  });
});

describe('findActors', () => {
  it('keeps the surface label and exact offsets', () => {
    const sentence = { text: 'Israel claims it struck … rockets fired by Iranian forces.', start: 100 };
    const found = findActors(sentence);
    expect(found.map((a) => [a.text, a.group])).toEqual([
      ['Israel', 'israel'],
      ['Iranian forces', 'iran'],
    ]);
    for (const a of found) expect(sentence.text.slice(a.start - 100, a.end - 100)).toBe(a.text);
  });
});

describe('actor lexicon data', () => {
  const file = loadLexicon<{ id: string; labels: string[]; parent?: string }>('actors');
  it('gives every group a source, a note and labels, with unique ids and known parents', () => {
    const ids = new Set(file.entries.map((e) => e.id));
    expect(ids.size).toBe(file.entries.length);
    for (const e of file.entries) {
      expect(e.source, e.id).toBeTruthy();
      expect(e.note, e.id).toBeTruthy();
      expect(e.labels.length, e.id).toBeGreaterThan(0);
      expect(e.parent === undefined || ids.has(e.parent), `${e.id}: parent ${e.parent}`).toBe(true);
    }
  });
  it('links people to the state they speak for', () => {
    expect(actorLineage('mohammad-javad-zarif')).toEqual(['mohammad-javad-zarif', 'iran']);
  });
});

describe('matchActors: case classes and possessives', () => {
  // Written for the test: capitalised labels need a capital, all-caps ones match exactly,
  // lower-case ones match any case; a possessive 's (straight or curly) is left outside the span.
  it.each([
    ['Tehran said so.', ['Tehran']],
    ['tehran said so.', []],
    ['TEHRAN said so.', ['TEHRAN']],
    ['The IRGC moved.', ['IRGC']],
    ['The Irgc moved.', []],
    ['Iran’s envoy left.', ['Iran']],
    ["Iran's envoy left.", ['Iran']],
    ['Tel Aviv regime forces', ['Tel Aviv regime']],
  ])('%s → %j', (text, expected) => {
    expect(matchActors(text).map((m) => m.text)).toEqual(expected);
  });
});
