import { describe, expect, it } from 'vitest';
import { speakerKeys } from '../../src/text/speaker-key.js';
import { nameWords } from '../../src/text/speaker-name.js';

// User trial 7, item 2: one person, one speaker key within a source. Mentions invented for the test.
describe('nameWords', () => {
  it.each([
    ['President Donald Trump', 'Donald Trump'],
    ['Mr. Trump', 'Trump'],
    ['Foreign Minister Javad Zarif', 'Javad Zarif'],
    ['Anuar Zhainakov, a spokesman for the ministry', 'Anuar Zhainakov'],
    ["Kazakhstan's Foreign Ministry", 'Foreign Ministry'],
    ['The Foreign Ministry', 'Foreign Ministry'],
    ['Mr. Trump’s comments', 'Trump'],
    ["the mayor's lawyer", undefined],
    ['officials', undefined],
    ['he', undefined],
    ['Sen. Maria Lopez', 'Maria Lopez'],
    ['Vice President Mike Pence', 'Mike Pence'],
    ['a spokeswoman for the agency, Dana Kim', 'Dana Kim'],
    ['Representative Dana Kim of Ohio', 'Dana Kim'],
    ['Israeli officials', undefined],
    ['The Oslo session', undefined],
    ['Ruiz and Okafor', undefined],
    ['officials in Kabul', undefined],
    ['White House press secretary Dana Kim', 'Dana Kim'],
    // Review of fixux8, item 2: only a leading run of titles goes, never the last word.
    ['Dr. Lena Marie Okafor Jr.', 'Lena Marie Okafor Jr.'],
    ['General Motors', 'General Motors'],
    ['the Justice Department', 'Justice Department'],
    ['the President', 'President'],
    ['Mr. King', 'King'],
    // Review of fixux8, item 4: a title with an "of" phrase before the name.
    ['Secretary of State Lena Okafor', 'Lena Okafor'],
    ['Governor of Ohio Rhys Marlow', 'Rhys Marlow'],
    ['Speaker of the House Tomas Ruiz', 'Tomas Ruiz'],
    ['Director of National Intelligence Dana Kim', 'Dana Kim'],
    ['former Secretary of State Okafor', 'Okafor'],
  ])('%s → %s', (text, expected) => {
    expect(nameWords(text)?.join(' ')).toBe(expected);
  });
});

describe('speakerKeys', () => {
  it('keys every name of one person by the longest name with that surname', () => {
    const keys = speakerKeys([
      'Trump',
      'Donald Trump',
      'President Trump',
      'Mr. Trump',
      'President Donald J. Trump',
    ]);
    expect(new Set(keys.values())).toEqual(new Set(['Donald J. Trump']));
  });

  it('keys a titled surname and a bare one by the full name they fit', () => {
    const keys = speakerKeys(['Sen. Rhys King', 'Mr. King', 'Rhys King']);
    expect(new Set(keys.values())).toEqual(new Set(['Rhys King']));
  });

  it('leaves a surname two longest names share as it is', () => {
    const keys = speakerKeys(['Ivanka Trump', 'Donald Trump', 'Trump']);
    expect(keys.get('Trump')).toBe('Trump');
    expect(keys.get('Ivanka Trump')).toBe('Ivanka Trump');
    expect(keys.get('Donald Trump')).toBe('Donald Trump');
  });

  it('keys a mention without a name by its words, an unresolved pronoun by none', () => {
    const keys = speakerKeys(['Officials  in Kabul', 'she', 'He']);
    expect(keys.get('He')).toBeUndefined();
    expect(keys.get('Officials  in Kabul')).toBe('officials in kabul');
    expect(keys.get('she')).toBeUndefined();
  });

  it('does not depend on the order of the mentions', () => {
    const mentions = ['Mr. Smith', 'Jane Smith', 'Smith', 'the council'];
    expect([...speakerKeys(mentions)].sort()).toEqual([...speakerKeys([...mentions].reverse())].sort());
  });
});
