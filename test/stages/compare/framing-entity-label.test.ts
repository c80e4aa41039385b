import { describe, expect, it } from 'vitest';
import type { AnalyzedSource } from '../../../src/model/analyzed-source.js';
import { findDescriptions } from '../../../src/stages/compare/framing/descriptions.js';
import { findEntityLabels } from '../../../src/stages/compare/framing/entity-labels.js';
import { extract } from '../../../src/stages/extract/index.js';
import { parseSource } from '../../../src/stages/read/index.js';
import { segment } from '../../../src/stages/segment/index.js';

// Passages written for these tests: Velora and Trakton are invented organisations.
const inline = (text: string, outlet: string): AnalyzedSource =>
  extract(
    segment(
      parseSource(`inline/${outlet}.txt`, new TextEncoder().encode(`---\noutlet: ${outlet}\n---\n${text}\n`)),
    ),
  );
const ID = 'compare/framing-entity-label';

describe('descriptions of named entities', () => {
  it.each([
    [
      'Velora, the nation’s largest trucking group, sued the state.',
      'velora',
      'the nation’s largest trucking group',
    ],
    ['The suit names former campaign aide Jon Halvorsen as a witness.', 'halvorsen', 'former campaign aide'],
    ['Halvorsen is a retired trucker who drove for Velora.', 'halvorsen', 'a retired trucker'],
    ['Halvorsen was an unpaid adviser to Velora.', 'halvorsen', 'an unpaid adviser'],
    // A generational suffix stays in the key: father and son are two entities.
    ['Jon Halvorsen Jr. is a retired trucker.', 'halvorsen jr', 'a retired trucker'],
    ['Jon Halvorsen III, a retired trucker, sued Velora.', 'halvorsen iii', 'a retired trucker'],
    [
      'Trakton, the world’s biggest maker of truck tyres, sued the state.',
      'trakton',
      'the world’s biggest maker',
    ],
    [
      'Trakton said the country’s largest trucking group would fight the bill.',
      'trakton',
      'the country’s largest trucking group',
    ],
    [
      'Velora said the nation’s most vocal trucking lobby would not back down.',
      'velora',
      'the nation’s most vocal trucking lobby',
    ],
  ])('%s', (text, key, description) => {
    const found = findDescriptions(inline(text, 'A'));
    expect(found.map((d) => [d.key, d.span.text])).toContainEqual([key, description]);
  });

  it.each([
    ['"Velora, the nation’s most powerful lobby, is lying," Smith said.'],
    ['In Halvorsen’s case the court ruled quickly.'],
    ['The talks with Halvorsen were the start of the deal.'],
    ['Halvorsen said the study was independent of the nation’s largest trucking lobby.'],
  ])('no description of a name in: %s', (text) => {
    const found = findDescriptions(inline(text, 'A'));
    expect(found.filter((d) => d.key === 'velora' || d.key === 'halvorsen')).toEqual([]);
  });
});

const LOBBY =
  'Velora, the nation’s most powerful trucking lobby, said on Monday that it would fight the bill.';
const ADVOCATE =
  'Velora, the nation’s leading advocate for truck drivers, said on Monday that it would fight the bill.';

describe('compare/framing-entity-label', () => {
  it.each([
    [
      'a graded bias word and a bias head the other never uses',
      LOBBY,
      ADVOCATE,
      [['the nation’s most powerful trucking lobby', 'the nation’s leading advocate']],
    ],
    [
      'the bias word inside a quote on one side',
      `"${LOBBY.replace(/\.$/, '')}," a rival said.`,
      ADVOCATE,
      [],
    ],
    [
      'the other outlet uses the bias words itself',
      LOBBY,
      `${ADVOCATE} A powerful advocate, Velora lobbies hard.`,
      [],
    ],
    [
      'the other outlet uses a word of the head noun’s family (lobbying)',
      LOBBY,
      `${ADVOCATE} Velora is a lobbying powerhouse.`,
      [],
    ],
    ['different entities', LOBBY, ADVOCATE.replace('Velora', 'Trakton'), []],
    [
      'an ungraded classifying adjective',
      'Halvorsen, a political adviser to the governor, spoke.',
      'Halvorsen, a campaign aide to the governor, spoke.',
      [],
    ],
    [
      'synonymous heads',
      'Velora, the most powerful trucking group, spoke.',
      'Velora, the largest trucking organization, spoke.',
      [],
    ],
  ])('%s', (_, textA, textB, expected) => {
    const [a, b] = [inline(textA, 'A'), inline(textB, 'B')];
    const found = findEntityLabels(a, b, ID);
    expect(found.map((f) => [f.a[0].text, f.b[0].text])).toEqual(expected);
    for (const f of found) {
      expect(f.kind).toBe('framing');
      for (const s of [...f.a.map((x) => [a, x] as const), ...f.b.map((x) => [b, x] as const)])
        expect(s[0].text.slice(s[1].start, s[1].end)).toBe(s[1].text);
    }
    // The rule reads both sides alike: swapping them swaps the evidence.
    const back = findEntityLabels(b, a, ID);
    expect(back.map((f) => [f.b[0].text, f.a[0].text])).toEqual(expected);
  });
});
