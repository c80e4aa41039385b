import { describe, expect, it } from 'vitest';
import type { Sentence } from '../../../src/model/source.js';
import type { Span } from '../../../src/model/span.js';
import type { CompareContext, FindingDraft } from '../../../src/stages/compare/context.js';
import { settleOmissions } from '../../../src/stages/compare/omission/contradicted.js';

// A passage written for this test: side a's three sentences, side b's one.
const A = [
  'The mayor vetoed the transit budget on Friday.',
  '"This budget robs the night buses," she said.',
  'Riders plan a protest at city hall next week.',
];
const B = 'Mayor Ortiz said the budget "robs the night buses" and vetoed it.';

function sentencesOf(texts: string[]): Sentence[] {
  let at = 0;
  return texts.map((text, i) => {
    const s = { id: `s${i + 1}`, start: at, end: at + text.length, text, role: 'body', paragraph: 1 };
    at += text.length + 1;
    return s as unknown as Sentence;
  });
}
const [sa, sb] = [sentencesOf(A), sentencesOf([B])];
// Only what settleOmissions reads: the sentences by id and each side's claims.
const ctx = {
  sentence: { a: new Map(sa.map((s) => [s.id, s])), b: new Map(sb.map((s) => [s.id, s])) },
  a: { claims: [{ id: 'c1', sentence: 's2' }] },
  b: { claims: [] },
} as unknown as CompareContext;

const whole = (s: Sentence): Span => ({ sentence: s.id, start: s.start, end: s.end, text: s.text });
const part = (s: Sentence, from: string): Span => {
  const start = s.start + s.text.indexOf(from);
  return { sentence: s.id, start, end: start + from.length, text: from };
};
type Draft = FindingDraft & { confidence: number };
const omission = (spans: Span[]): Draft => ({
  kind: 'omission',
  subject: 'development',
  a: spans,
  b: [],
  claims: ['a:c1'],
  ruleId: 'compare/omitted-development',
  salience: 0.8,
  confidence: 0.8,
  explanation: `Only Courier reports this; nothing in Herald matches: "${spans[0].text}"`,
  omitted: { lead: spans[0].sentence, never: [], group: [] },
});
const KIND_OF = [
  ['refinement', 'refinement'],
  ['divergence', 'divergence'],
  ['attribution', 'attribution'],
  ['framing', 'framing'],
] as const;
const paired = (ruleId: string, a: Span[], confidence = 0.7): Draft => ({
  kind: KIND_OF.find(([part]) => ruleId.includes(part))?.[1] ?? 'agreement',
  subject: ruleId.includes('name-') ? 'name' : 'sentence',
  a,
  b: [whole(sb[0])],
  claims: [],
  ruleId,
  salience: 0.7,
  confidence,
  explanation: 'both report it',
});

describe('settleOmissions: a sentence the same report pairs with a counterpart is not omitted', () => {
  it.each([
    [
      'a sentence agreement on the lead sentence hides it',
      [paired('compare/sentence-agreement', [whole(sa[0])])],
      0.45,
      3,
    ],
    [
      'a clause agreement on a quote drops that sentence, not the lead',
      [paired('compare/sentence-agreement', [part(sa[1], 'This budget robs the night buses')])],
      0.8,
      2,
    ],
    [
      'an attribution finding counts as a counterpart',
      [paired('compare/attribution-of-sentence', [whole(sa[2])])],
      0.8,
      2,
    ],
    [
      'a name refinement does not, however long the name (it pairs a name, not what is said)',
      [paired('compare/name-refinement', [part(sa[0], 'The mayor vetoed')])],
      0.8,
      3,
    ],
    [
      'a figure refinement on a clause of the lead hides it',
      [paired('compare/quantity-refinement', [part(sa[0], 'vetoed the transit budget')])],
      0.45,
      3,
    ],
    [
      'a divergence on a clause of the quote drops that sentence',
      [paired('compare/quantity-divergence', [part(sa[1], 'This budget robs the night buses')])],
      0.8,
      2,
    ],
    [
      'a framing finding on most of the last sentence drops it',
      [paired('compare/framing-lexicon', [part(sa[2], 'Riders plan a protest')])],
      0.8,
      2,
    ],
    [
      'a finding below the shown threshold does not',
      [paired('compare/sentence-agreement', [whole(sa[0])], 0.4)],
      0.8,
      3,
    ],
    [
      'a clause covering under a quarter of the sentence does not',
      [paired('compare/sentence-agreement', [part(sa[2], 'Riders')])],
      0.8,
      3,
    ],
  ])('%s', (_what, others, confidence, spans) => {
    const [settled] = settleOmissions(ctx, [omission(sa.map(whole)), ...others]);
    expect(settled.confidence).toBe(confidence);
    expect(settled.a).toHaveLength(spans);
  });

  it('drops the claims of a dropped sentence', () => {
    const others = [paired('compare/sentence-agreement', [whole(sa[1])])];
    const [settled] = settleOmissions(ctx, [omission(sa.map(whole)), ...others]);
    expect(settled.claims).toEqual([]);
  });
});

describe('settleOmissions finds the lead sentence by the id of the sentence the omission quotes', () => {
  // Written for this test: the second sentence is the end of the first, so the quoted lead
  // contains it; pairing only the second must drop it, not hide the whole omission.
  const lead = sentencesOf([
    'On Friday officials confirmed that Varga resigned.',
    'Varga resigned.',
    'A vote follows.',
  ]);
  const leadCtx = {
    sentence: { a: new Map(lead.map((s) => [s.id, s])), b: new Map(sb.map((s) => [s.id, s])) },
    a: { claims: [] },
    b: { claims: [] },
  } as unknown as CompareContext;

  it.each([
    ['pairing a later sentence that the lead contains drops only it', lead[1], 0.8, 2],
    ['pairing the lead sentence hides the omission', lead[0], 0.45, 3],
  ])('%s', (_what, pairedSentence, confidence, spans) => {
    const others = [paired('compare/sentence-agreement', [whole(pairedSentence)])];
    const [settled] = settleOmissions(leadCtx, [omission(lead.map(whole)), ...others]);
    expect(settled.confidence).toBe(confidence);
    expect(settled.a).toHaveLength(spans);
  });
});

describe('settleOmissions: a name or figure the omission says is never mentioned, paired elsewhere', () => {
  const never = (listed: string[]): Draft => ({
    ...omission(sa.map(whole)),
    explanation: `Only Courier reports this; Herald never mentions ${listed.join(', ')}: "${sa[0].text}"`,
    omitted: { lead: sa[0].id, never: listed, group: [] },
  });
  it.each([
    ['a refinement of the listed figure hides it', ['Friday', 'transit'], 'Friday', 0.45],
    ['a framing finding on the listed name hides it', ['City Hall', 'Friday', 'Riders'], 'Riders', 0.45],
    ['a refinement of a word not listed does not', ['transit'], 'Friday', 0.8],
    ['a listed word only inside a longer listed name does not', ['Friday Riders'], 'Riders', 0.8],
  ])('%s', (_what, listed, text, confidence) => {
    const s = sa.find((x) => x.text.includes(text)) as Sentence;
    const [settled] = settleOmissions(ctx, [
      never(listed),
      paired('compare/quantity-refinement', [part(s, text)]),
    ]);
    expect(settled.confidence).toBe(confidence);
  });

  it('leaves no statement data on the omission it returns', () => {
    const [settled] = settleOmissions(ctx, [never(['Friday'])]);
    expect(settled).not.toHaveProperty('omitted');
  });
});

describe('settleOmissions: a finding that pairs the very fact of the lead sentence hides the omission', () => {
  // Written for this test: a long lead whose figure and time are a small share of it.
  const lead = sentencesOf([
    'Rebel units fired three rockets at the northern airport hours later, which kept the terminal, its cargo sheds and both runways closed for most of the following week.',
    'The airline resumed its regular flights to the capital on Monday.',
  ]);
  const figure = part(lead[0], 'three rockets');
  const leadCtx = {
    sentence: { a: new Map(lead.map((s) => [s.id, s])), b: new Map(sb.map((s) => [s.id, s])) },
    a: {
      claims: [
        {
          id: 'c1',
          kind: 'quantity',
          sentence: 's1',
          start: figure.start,
          end: figure.end,
          text: figure.text,
        },
      ],
    },
    b: { claims: [] },
  } as unknown as CompareContext;
  const listing = (never: string[]): Draft => ({
    ...omission(lead.map(whole)),
    omitted: { lead: lead[0].id, never, group: [] },
  });
  it.each([
    [
      'a listed word inside the paired phrase ("hours" in "hours later")',
      ['hours', 'cargo'],
      'hours later',
      0.45,
    ],
    ['a listed name inside a longer paired name', ['airport'], 'the northern airport', 0.45],
    ['a figure claim of the lead, paired, listed or not', ['cargo'], 'three rockets', 0.45],
    ['a part of the figure claim, without its number, does not', ['cargo'], 'rockets', 0.8],
    ['a clause that holds the figure claim', ['cargo'], 'Rebel units fired three rockets', 0.45],
    ['a phrase that is neither listed nor a claim does not', ['cargo'], 'both runways', 0.8],
    [
      'a listed word that only shares a token with the paired phrase does not',
      ['northern line'],
      'northern airport',
      0.8,
    ],
  ])('%s', (_what, never, text, confidence) => {
    const [settled] = settleOmissions(leadCtx, [
      listing(never),
      paired('compare/quantity-refinement', [part(lead[0], text)]),
    ]);
    expect(settled.confidence).toBe(confidence);
  });

  it.each([
    [
      'a name pair denies only the very name listed, not a longer one',
      'compare/name-refinement',
      'the northern airport',
      0.8,
    ],
    [
      'a date claim of the lead, paired, does not (a date dates many facts)',
      'compare/date-refinement',
      'hours later',
      0.8,
    ],
  ])('%s', (_what, ruleId, text, confidence) => {
    const at = part(lead[0], 'hours later');
    const dated = {
      ...leadCtx,
      a: {
        claims: [{ id: 'c3', kind: 'date', sentence: 's1', start: at.start, end: at.end, text: at.text }],
      },
    } as unknown as CompareContext;
    const [settled] = settleOmissions(dated, [listing(['airport']), paired(ruleId, [part(lead[0], text)])]);
    expect(settled.confidence).toBe(confidence);
  });

  it('a listed word inside a paired phrase of a later sentence does not hide it', () => {
    const later = part(lead[1], 'the capital');
    const [settled] = settleOmissions(leadCtx, [
      listing(['capital']),
      paired('compare/sentence-agreement', [later]),
    ]);
    expect(settled.confidence).toBe(0.8);
  });

  it('a figure claim of a later sentence, paired, drops nothing', () => {
    const later = part(lead[1], 'flights');
    const ctx2 = {
      ...leadCtx,
      a: {
        claims: [
          {
            id: 'c2',
            kind: 'quantity',
            sentence: 's2',
            start: later.start,
            end: later.end,
            text: later.text,
          },
        ],
      },
    } as unknown as CompareContext;
    const [settled] = settleOmissions(ctx2, [
      listing(['cargo']),
      paired('compare/quantity-refinement', [later]),
    ]);
    expect(settled.confidence).toBe(0.8);
    expect(settled.a).toHaveLength(2);
  });
});
