import { describe, expect, it } from 'vitest';
import type { Finding } from '../../../src/model/finding.js';
import { analyzeText, compareSources } from '../../../src/pipeline.js';
import { coordinatedClauses } from '../../../src/stages/compare/omission/reported-clause.js';

// Passages written for these tests: an island evacuation told by two outlets. A sentence that
// joins two facts, the first of which the other outlet gives with its very figure, omits only the
// second: the finding cites that clause, not the whole sentence (issue 10, cause 6: omissions at
// the grain of the fact).
const LEAD = 'Storm waves cut the causeway to Marrow Island on Friday morning.';
const TAIL = 'The coast guard said the causeway would stay closed for a week.';
const JOINED =
  'Ferry crews carried 212 passengers off the island on Friday, and volunteers in fishing boats evacuated another 95 residents on Saturday.';
const SECOND = 'volunteers in fishing boats evacuated another 95 residents on Saturday.';

const article = (outlet: string, body: string) =>
  analyzeText(`---\noutlet: ${outlet}\npublished: 2024-03-09\n---\n${LEAD}\n\n${body}\n\n${TAIL}`);

/** Side a's omissions, whatever their confidence (the clause changes the evidence, not the confidence), and a's text. */
function omissions(a: string, b: string): { found: Finding[]; text: string } {
  const [x, y] = [article('Courier', a), article('Herald', b)];
  const found = compareSources(x, y).findings.filter((f) => f.kind === 'omission' && f.a.length > 0);
  return { found, text: x.text };
}

const sentenceOf = (text: string) =>
  analyzeText(`---\noutlet: Courier\npublished: 2024-03-09\n---\n${text}`).sentences[0];
const clauseTexts = (text: string) => {
  const s = sentenceOf(text);
  return coordinatedClauses(s.tokens).map(([f, t]) =>
    s.text.slice(s.tokens[f].start - s.start, s.tokens[t - 1].end - s.start),
  );
};

describe('coordinated clauses', () => {
  it.each([
    [JOINED, 2],
    ['Pumps drained the harbour; the ferries sailed again by noon.', 2],
    ['Medics, firefighters, and volunteers reached the island by noon.', 1],
    ['The harbour logs — kept for 40 years, and sent to the council on Monday — record every crossing.', 1],
    ['The mayor told reporters that two ferries were damaged, but that none had sunk.', 1],
    ['The ferries sailed at dawn and returned at dusk.', 1],
  ])('%s: %i', (text, n) => {
    expect(clauseTexts(text)).toHaveLength(n);
  });
});

describe('an omission of one clause of a sentence', () => {
  it('cites the clause the other article lacks, where it gives the other clause with its figure', () => {
    const { found, text } = omissions(
      JOINED,
      'Ferry crews took 212 passengers off the island, the harbour master said.',
    );
    const cited = found.find((f) => f.a.some((s) => s.text.includes('95')));
    expect(cited?.a.map((s) => s.text)).toEqual([SECOND]);
    for (const s of cited?.a ?? []) expect(text.slice(s.start, s.end)).toBe(s.text);
    expect(cited?.explanation).toContain(`"${SECOND}"`);
    expect(cited?.explanation).not.toContain('212');
  });

  it('cites the whole sentence where the other article lacks both facts', () => {
    const { found } = omissions(JOINED, 'The harbour master thanked the crews.');
    expect(found.flatMap((f) => f.a.map((s) => s.text))).toContain(JOINED);
  });

  it('cites the whole sentence where the other article gives the figure for something else', () => {
    const { found } = omissions(
      JOINED,
      'The harbour master said 212 tonnes of rock had fallen onto the road.',
    );
    expect(found.flatMap((f) => f.a.map((s) => s.text))).toContain(JOINED);
  });
});
