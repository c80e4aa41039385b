import { describe, expect, it } from 'vitest';
import type { Finding } from '../../../src/model/finding.js';
import { analyzeText, compareSources } from '../../../src/pipeline.js';

// Passages written for these tests. An omission's lead ("Only Courier names X; Herald never
// mentions Y") names actors and figures: not a time zone, a fragment of a longer name, a word of
// nationality or origin before a noun, "one" before a noun, or a number inside a name (a user's
// list: "EDT", "Workers", "Pakistan-born", "British", "one instance", "'21'" of "Project 21").
const LEAD = 'The city council approved the new transit budget on Tuesday after a long debate.';
const OTHER = 'Supporters said buses would run more often next year.';

/** Side a's omission explanations up to the sentence they quote (the lead and its lists). */
const leadsOf = (sentence: string): string =>
  compareSources(
    analyzeText(`---\noutlet: Courier\npublished: 2024-03-06\n---\n${LEAD}\n\n${sentence}`),
    analyzeText(`---\noutlet: Herald\npublished: 2024-03-06\n---\n${LEAD}\n\n${OTHER}`),
  )
    .findings.filter((f: Finding) => f.kind === 'omission' && f.a.length > 0)
    .map((f) => f.explanation.split(': "')[0])
    .join(' | ');

describe('the lead of an omission', () => {
  it.each([
    [
      'a time zone',
      'The council will vote on the rail contract at 10 a.m. EDT on Thursday, Mayor Ada Lind said.',
      /EDT/,
      /Ada Lind/,
    ],
    [
      'a fragment of a longer name',
      "Mayor Ada Lind told a Workers' Party meeting that the depot fire destroyed nine buses.",
      /Workers(?!' Party)/,
      /Ada Lind/,
    ],
    [
      'a nationality before a noun',
      'British engineers hired by Mayor Ada Lind inspected the corroded viaduct bearings.',
      /British/,
      /Ada Lind/,
    ],
    [
      '"one" before a noun',
      'In one instance, the contractor billed the city twice for the viaduct repairs, Mayor Ada Lind said.',
      /one instance/,
      /Ada Lind/,
    ],
    [
      'a number inside a name',
      'Ada Lind of Project 21 said the viaduct repairs were long overdue.',
      /'21'/,
      /Ada Lind/,
    ],
  ])('does not name %s', (_what, sentence, wrong, right) => {
    const leads = leadsOf(sentence);
    expect(leads).toMatch(right);
    expect(leads).not.toMatch(wrong);
  });

  it.each([
    [
      'a name after a date',
      'Mayor Ada Lind apologised at a May 10 American Bar Association meeting for the viaduct delays.',
      /American Bar Association/,
    ],
    [
      'an owner before a possessive',
      "Acme Rail's chief engineer Deirdre Walsh said the viaduct bearings were corroded.",
      /Acme Rail/,
    ],
    // Review of omit11, item 4.
    [
      'an acronym after a count',
      'At least 10 UN inspectors toured the flooded depot with Mayor Ada Lind on Friday.',
      /UN/,
    ],
    [
      'a name before a closing quotation mark',
      "The mayor called the viaduct deal 'a gift to Acme Rail' Monday and demanded an audit of the 40 contracts.",
      /Acme Rail/,
    ],
    [
      '"one" before a scale word',
      'The viaduct repairs will cost one million dollars, Mayor Ada Lind said on Friday.',
      /one million dollars/,
    ],
    [
      'a name before a hyphen',
      'The Hamas-run health ministry said 40 people died in the depot fire.',
      /Hamas/,
    ],
  ])('still names %s', (_what, sentence, right) => {
    expect(leadsOf(sentence)).toMatch(right);
  });
});

describe('the sentence an omission quotes', () => {
  /** Side a's omission explanations, whole. */
  const explanationsOf = (passage: string): string[] =>
    compareSources(
      analyzeText(`---\noutlet: Courier\npublished: 2024-03-06\n---\n${LEAD}\n\n${passage}`),
      analyzeText(`---\noutlet: Herald\npublished: 2024-03-06\n---\n${LEAD}\n\n${OTHER}`),
    )
      .findings.filter((f: Finding) => f.kind === 'omission' && f.a.length > 0)
      .map((f) => f.explanation);

  it('holds what the explanation first lists as never mentioned, not only the first sentence of the group', () => {
    const passage =
      'In a bold and costly move, the council chose the most sweeping approach to fares in a generation. ' +
      'The mayor will name Ivo Brandt, the head of the Harbour Transit Office, to run the new fare board.';
    const found = explanationsOf(passage).find((e) => e.includes('Ivo Brandt'));
    expect(found).toBeDefined();
    // The quoted sentence (after ': "') is the one that names him.
    expect(found?.split(': "')[1]).toMatch(/^The mayor will name Ivo Brandt/);
  });

  it('stays the group\'s first sentence when that holds a listed figure: it says what "this" is', () => {
    const passage =
      'The council also voted to sell the old tram shed to a private developer for $3 million. ' +
      'The shed, on Elm Street near the Harbor Road market, has stood empty since 2019.';
    const found = explanationsOf(passage).find((e) => e.includes('$3 million'));
    expect(found).toBeDefined();
    expect(found?.split(': "')[1]).toMatch(/^The council also voted to sell/);
  });
});
