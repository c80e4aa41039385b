import { describe, expect, it } from 'vitest';
import type { AnalyzedSource } from '../../../src/model/analyzed-source.js';
import { findHeadlineFrames } from '../../../src/stages/compare/framing/headline-frames.js';
import { extract } from '../../../src/stages/extract/index.js';
import { parseSource } from '../../../src/stages/read/index.js';
import { segment } from '../../../src/stages/segment/index.js';

// Passages written for these tests: Velora and Trakton are invented organisations. The headline
// stands in the front matter's `title`, as some outlets' files give it.
const withTitle = (title: string, body: string, outlet: string): AnalyzedSource =>
  extract(
    segment(
      parseSource(
        `inline/${outlet}.txt`,
        new TextEncoder().encode(`---\noutlet: ${outlet}\ntitle: ${title}\n---\n${body}\n`),
      ),
    ),
  );
const BODY =
  'Dana Velora and Dana Trakton of Velora and Trakton spoke to reporters on Monday about the new weight limits for trucks.';
const ID = 'compare/framing-headline';

describe('compare/framing-headline', () => {
  it.each([
    [
      'one actor, different acts',
      'Velora Rejects Claim About Safety Concessions',
      'Velora Ready To Negotiate On Weight Limits',
      [['Rejects Claim About Safety Concessions', 'Ready To Negotiate On Weight Limits']],
    ],
    [
      'one actor, the same verb',
      'Velora Rejects Claim About Safety Concessions',
      'Velora Rejects Report On Weight Limits',
      [],
    ],
    [
      'different actors',
      'Velora Rejects Claim About Safety Concessions',
      'Trakton Ready To Negotiate On Weight Limits',
      [],
    ],
    [
      'a preposition after the verb does not end the predicate',
      'Velora Calls For Ending Weight Limits, Night Driving',
      'Velora Defends Comments On Weight Limits',
      [['Calls For Ending Weight Limits', 'Defends Comments On Weight Limits']],
    ],
    [
      'two people who share a first name',
      'Dana Velora Rejects Claim About Safety Concessions',
      'Dana Trakton Ready To Negotiate On Weight Limits',
      [],
    ],
    [
      'one person, with and without a first name',
      'Dana Velora Rejects Claim About Safety Concessions',
      'Velora Ready To Negotiate On Weight Limits',
      [['Rejects Claim About Safety Concessions', 'Ready To Negotiate On Weight Limits']],
    ],
    [
      'the lead is not a name the body writes',
      'Velora Ad Focuses On Drivers',
      'Velora Rejects Claim About Safety Concessions',
      [],
    ],
  ])('%s', (_, titleA, titleB, expected) => {
    const [a, b] = [withTitle(titleA, BODY, 'A'), withTitle(titleB, BODY, 'B')];
    const found = findHeadlineFrames(a, b, ID);
    expect(found.map((f) => [f.a[0].text, f.b[0].text])).toEqual(expected);
    for (const f of found) {
      expect(a.text.slice(f.a[0].start, f.a[0].end)).toBe(f.a[0].text);
      expect(b.text.slice(f.b[0].start, f.b[0].end)).toBe(f.b[0].text);
    }
    const back = findHeadlineFrames(b, a, ID);
    expect(back.map((f) => [f.b[0].text, f.a[0].text])).toEqual(expected);
  });
});
