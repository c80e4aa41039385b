import { describe, expect, it } from 'vitest';
import { speakerKind } from '../../src/text/speaker-kind.js';

// Invented mentions, each with its kind; near misses beside the cases they resemble.
const CASES: [string, string | undefined][] = [
  // person: a name, with or without a title
  ['Maria Delgado', 'person'],
  ['Foreign Minister Anna Kowalczyk', 'person'],
  ['Mr. Oduya', 'person'],
  ['Sen. Harold Pike of Montana', 'person'],
  ['Petra Lindqvist, a spokeswoman for the agency', 'person'],
  ['a spokeswoman, Petra Lindqvist', 'person'],
  ["Mr. Oduya's", 'person'],
  // organisation: a named body, outlet or company; an unnamed body
  ['the Interior Ministry', 'organisation'],
  ['the Harbour Commission', 'organisation'],
  ['Bellmont Ministry of Health', 'organisation'],
  ['NASA', 'organisation'],
  ['Channel Nine News', 'organisation'],
  ['the government', 'organisation'],
  ['the police', 'organisation'],
  ['the administration', 'organisation'],
  // official: an unnamed office holder or official group
  ['officials', 'official'],
  ['senior defence officials in Lagos', 'official'],
  ['a spokesman for the ministry', 'official'],
  ['the chairmen', 'official'],
  ['diplomats', 'official'],
  ['the mayor', 'official'],
  ['a senator', 'official'],
  // anonymous: explicitly unnamed
  ['a source', 'anonymous'],
  ['sources in the ministry', 'anonymous'],
  ['people familiar with the negotiations', 'anonymous'],
  ['someone close to the family', 'anonymous'],
  ['an official who spoke on condition of anonymity', 'anonymous'],
  ['an unnamed aide', 'anonymous'],
  // near miss: a named person close to someone is still the person
  ['Maria Delgado, who is close to the mayor', 'person'],
  // document: a text, a survey, a message
  ['the report', 'document'],
  ['a statement from the ministry', 'document'],
  ['the lawsuit', 'document'],
  ['a new poll', 'document'],
  ['the study', 'document'],
  ["Mr. Oduya's tweet", 'document'],
  ['the ministry’s statement', 'document'],
  // group: other people
  ['critics', 'group'],
  ['protesters', 'group'],
  ['Democrats', 'group'],
  ['Senate Republicans', 'group'],
  // near misses: a surname that is a plural or a communication noun, an acronym before a person
  ['Mark Sanders', 'person'],
  ['Mr. Sellers', 'person'],
  ['Members of Congress', 'group'],
  ['same-sex marriage', undefined],
  ['people', 'group'],
  ['Hollings', 'person'],
  ['Corker', 'person'],
  ['ACLU director Dana Kim', 'person'],
  ['The statement', 'document'],
  ['residents of the valley', 'group'],
  ['a witness', 'group'],
  // none: no speaker, an unresolved pronoun
  ['', undefined],
  ['he', undefined],
  ['They', undefined],
  ['the weather', undefined],
];

describe('speakerKind', () => {
  it.each(CASES)('%j → %s', (mention, kind) => {
    expect(speakerKind(mention)).toBe(kind);
  });
});
