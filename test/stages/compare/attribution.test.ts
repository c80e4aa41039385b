import { describe, expect, it } from 'vitest';
import { CONFIDENT } from '../../../src/model/finding.js';
import { analyzeText, compareSources } from '../../../src/pipeline.js';
import { notOwnVoice, quotations } from '../../../src/stages/compare/attribution/voice.js';

// Passages written for these tests.
const LEAD = 'The city council approved the new transit budget on Tuesday after a long debate.';
const analyze = (text: string, outlet: string) =>
  analyzeText(`---\noutlet: ${outlet}\npublished: 2024-03-06\n---\n${LEAD}\n\n${text}`);
const attributions = (a: string, b: string) =>
  compareSources(analyze(a, 'Courier'), analyze(b, 'Herald')).findings.filter(
    (f) => f.kind === 'attribution',
  );

describe('attribution findings need the same content and a real difference', () => {
  it.each([
    [
      'a source one outlet drops',
      'The budget leaves the city with a surplus of funds for new buses.',
      'The budget leaves the city with a surplus of funds for new buses, according to Mayor Dana Lee.',
      1,
    ],
    [
      'a quote whose tag sits in the sentence before',
      '"We will not back down," Mayor Dana Lee said. "The budget leaves the city with a surplus of funds for new buses."',
      'The budget leaves the city with a surplus of funds for new buses, according to Mayor Dana Lee.',
      0,
    ],
    [
      'a quote whose tag follows it',
      '"The budget leaves the city with a surplus of funds for new buses," said Mayor Dana Lee.',
      'The budget leaves the city with a surplus of funds for new buses, Mayor Dana Lee told reporters.',
      0,
    ],
  ])('%s gives %d findings', (_what, a, b, count) => {
    expect(attributions(a, b)).toHaveLength(count);
  });
});

// A quotation whose only tag is a pronoun and a verb after it, printed bare by the other outlet:
// the outlet now states the speaker's words as its own (issue 10, perturbation harness), even when
// those words hold a hedge or a verb of telling of their own.
describe('a quote stripped of its pronoun tag is attribution dropped, with evidence on both sides', () => {
  const INTRO = 'Mayor Dana Lee spoke to reporters after the vote.';
  const SURPLUS = 'The budget leaves the city with a surplus of funds for new buses';
  const HEDGE = 'Most of the new buses are expected to sit in the depot until the drivers sign a contract';
  const TELLS = 'When they say the routes will run on time, nobody at the depot believes them';
  const POST = 'Mayor Dana Lee criticized the bus plan in a Friday post on the city website';
  const MANAGER =
    'Omar Haddad, the depot manager who ran the night shift for a decade and trained half of its drivers, accused the transit board of ignoring the drivers in a letter sent on Monday';
  it.each([
    ['said', `"${SURPLUS}," he said.`, SURPLUS, 'dropped'],
    ['told X, the words holding a hedge', `"${HEDGE}," she told the Herald.`, HEDGE, 'dropped'],
    ['added, the words holding a report by no one named', `"${TELLS}," she added.`, TELLS, 'dropped'],
    // The report left out is the one layer: the speaker it reports is given on both sides.
    [
      'a report of the source dropped, the speaker it reports kept',
      `${POST}, The Boston Globe reports.`,
      POST,
      'nested',
    ],
    [
      'a report of the source dropped, the speaker it reports kept under a long apposition',
      `${MANAGER}, The Boston Globe reports.`,
      MANAGER,
      'dropped',
    ],
  ])('%s', (_what, tagged, words, rule) => {
    const found = attributions(`${INTRO}\n\n${tagged}`, `${INTRO}\n\n${words}.`);
    expect(found.map((f) => f.ruleId)).toEqual([`compare/attribution-${rule}`]);
    expect(found[0].a.some((s) => s.text.includes(words))).toBe(true);
    expect(found[0].b.map((s) => s.text.replace(/\.$/, ''))).toEqual([words]);
  });
});

// Review of perturb11, items 3 and 4: a hedge inside a named speaker's words is that speaker's, on
// whichever side it stands; a named report stays a layer even when the other side gives its words.
describe('which attributions are layers of sourcing', () => {
  const INTRO = 'Mayor Dana Lee spoke to reporters after the vote.';
  const HEDGE = 'Most of the new buses are expected to sit in the depot until the drivers sign a contract';
  const LETTER = "The drivers' union says in its letter that Mayor Dana Lee promised new buses by May";
  it.each([
    [
      'a hedge inside a named tag on both sides: nothing',
      `"${HEDGE}," Lee told the Herald.`,
      `${HEDGE}, Lee said.`,
      [],
    ],
    [
      'a hedge inside a named tag printed bare: the tag dropped',
      `"${HEDGE}," Lee told the Herald.`,
      `${HEDGE}.`,
      ['compare/attribution-dropped'],
    ],
    [
      'a named report given on both sides, one side reporting it from another outlet: that outlet dropped',
      `${LETTER}, The Boston Globe reports.`,
      `${LETTER}.`,
      ['compare/attribution-dropped'],
    ],
  ])('%s', (_what, a, b, rules) => {
    const found = attributions(`${INTRO}\n\n${a}`, `${INTRO}\n\n${b}`);
    expect(found.map((f) => f.ruleId)).toEqual(rules);
  });
});

describe('a contrast without doubt is shown only on request', () => {
  it.each([
    ['a neutral source one outlet drops', 'according to Mayor Dana Lee', false],
    ['a doubting source one outlet drops', 'Mayor Dana Lee claimed', true],
  ])('%s: shown by default %s', (_what, source, shown) => {
    const found = attributions(
      'The budget leaves the city with a surplus of funds for new buses.',
      `The budget leaves the city with a surplus of funds for new buses, ${source}.`,
    );
    expect(found).toHaveLength(1);
    expect(found[0].confidence >= CONFIDENT).toBe(shown);
  });
});

describe('quotations', () => {
  const source = analyze(
    '"The plan is sound. It will pass," Mayor Dana Lee said in a statement.\n\n"We have the votes.\n\n"And we will use them."\n\nThe "temporary" fee has now lasted ten years.',
    'Courier',
  );
  const ids = (snippet: string) => source.sentences.filter((s) => s.text.includes(snippet)).map((s) => s.id);

  it('run across sentences and into paragraphs that reopen them', () => {
    const spans = quotations(source).map((q) => q.sentences);
    expect(spans).toContainEqual([...ids('The plan is sound'), ...ids('It will pass')]);
    expect(spans).toContainEqual([...ids('We have the votes'), ...ids('And we will use them')]);
  });

  it('keep a tagged quotation out of the outlet voice, but not a scare quote', () => {
    const voiced = notOwnVoice(source);
    for (const id of [...ids('The plan is sound'), ...ids('It will pass')]) expect(voiced.has(id)).toBe(true);
    for (const id of ids('temporary')) expect(voiced.has(id)).toBe(false);
  });

  // Blind 42 reader: "signed off on £1.1 million of the payments, which were routed through a
  // so-called "development fund"" was taken out of the outlet's voice by "called", so its figure
  // read as no one's statement and the contrast with "The report alleges …" was never made.
  it('keep a so-called term in the outlet voice', () => {
    const own = analyze(
      'Halden signed off on $2 million of the payments, which went through a so-called "growth fund" in 2023.\n\nThe board met on Friday.',
      'Courier',
    );
    const voiced = notOwnVoice(own);
    expect(own.sentences.filter((s) => voiced.has(s.id)).map((s) => s.text)).toEqual([]);
  });
});
