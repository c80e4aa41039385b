import { describe, expect, it } from 'vitest';
import { analyzeText, compareSources } from '../../../src/pipeline.js';
import { anchorsOf } from '../../../src/stages/compare/omission/anchors.js';
import { mentionsOf } from '../../../src/stages/compare/omission/mentions.js';
import { omissionSource } from './omission-source.js';

// Issue 10, judged samples of 0.11.0: "one of the top advisers" and "one of the bombs" are no
// figure a reader checks, and tied sentences of different developments into one omission.
// Passages written for these tests.

const LEAD = 'The city council approved the new transit budget on Tuesday after a long debate.';
const OTHER = `${LEAD}\n\nSupporters said buses would run more often next year.`;
const FERRY =
  'The ferry, one of the oldest vessels on the estuary, will be retired by the harbour authority in Wexmouth.';
const omissionsOf = (a: string) =>
  compareSources(
    analyzeText(`---\noutlet: Courier\npublished: 2024-03-06\n---\n${a}`),
    analyzeText(`---\noutlet: Herald\npublished: 2024-03-06\n---\n${OTHER}`),
  ).findings.filter((f) => f.kind === 'omission' && f.a.length > 0);

describe('"one of" is no figure of an omission', () => {
  it('gives the sentence no figure anchor of "one", but its words', () => {
    const analyze = omissionSource;
    const a = analyze('Courier', `${LEAD}\n\n${FERRY}`);
    const sentence = a.sentences.find((s) => s.text.startsWith('The ferry'));
    if (!sentence) throw new Error('no ferry sentence');
    const claims = a.claims.filter((c) => c.sentence === sentence.id);
    // Since 0.27.0 extraction reads no figure in "one of the oldest vessels" (quantity.test.ts);
    // the omission rule's own guard stays for claims files written before.
    expect(claims.some((c) => c.kind === 'quantity' && c.text === 'one')).toBe(false);
    const names = {
      isOutlet: () => false,
      midCapitals: new Set<string>(),
      runStarts: new Set<string>(),
      lowered: new Set<string>(),
      rarity: () => 10,
    };
    const keys = anchorsOf(
      sentence,
      a.text,
      claims,
      mentionsOf(analyze('Herald', OTHER)),
      new Set(),
      names,
    ).map((x) => x.key);
    expect(keys.filter((k) => k.startsWith('figure:'))).toEqual([]);
    expect(keys).toContain('word:estuary');
  });

  it('does not join two sentences paragraphs apart that each say "one of"', () => {
    const found = omissionsOf(
      `${LEAD}\n\nMayor Lena Ortiz, one of the oldest members of the chamber, called the vote a turning point for Rivertown.\n\nThe depot near the river has been closed since the flood last spring.\n\n${FERRY}`,
    );
    const ortiz = found.filter((f) => f.a.some((s) => s.text.includes('Ortiz')));
    expect(ortiz).toHaveLength(1);
    expect(ortiz[0].a.some((s) => s.text.includes('ferry'))).toBe(false);
  });
});
