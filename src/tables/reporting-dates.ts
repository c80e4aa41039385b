import type { AttributionClaim, Claim, DateClaim } from '../model/claim.js';

// User trial 8, item 3: most of the dates an outlet "stated as fact" timed its own reporting
// verbs ("Comey said Thursday", "announced on March 13"). Such a date says when a statement was
// made, not a fact the outlet asserts, so the outlet profile counts it apart.

/** The words the gap between a cue and its date may hold: "said late Thursday", "on Tuesday said". */
const MAX_GAP_WORDS = 2;

/** Whether `[start, end)` lies inside an attribution's content (the date is part of what is said). */
const inside = (c: DateClaim, a: AttributionClaim) => c.start >= a.content.start && c.end <= a.content.end;

/** The text between two ranges of one sentence, whichever comes first. */
function gap(text: string, x: { start: number; end: number }, y: { start: number; end: number }): string {
  return x.end <= y.start ? text.slice(x.end, y.start) : text.slice(y.end, x.start);
}

/**
 * Whether a date claim of a source times a reporting act: an attribution cue of the same sentence
 * stands next to it, with at most two words and no punctuation between, and the date is not
 * inside any attribution's content. The source's attributions are grouped by sentence once, not
 * filtered again for each date.
 */
export function reportingDates(claims: readonly Claim[], text: string): (date: DateClaim) => boolean {
  const bySentence = new Map<string, AttributionClaim[]>();
  for (const c of claims) {
    if (c.kind !== 'attribution') continue;
    const cues = bySentence.get(c.sentence);
    if (cues) cues.push(c);
    else bySentence.set(c.sentence, [c]);
  }
  return (date) => {
    const cues = bySentence.get(date.sentence) ?? [];
    if (cues.some((a) => inside(date, a))) return false;
    return cues.some((a) => {
      const between = gap(text, date, a.cue);
      const words = between.trim() === '' ? [] : between.trim().split(/\s+/u);
      return /^[\p{L}\s]*$/u.test(between) && words.length <= MAX_GAP_WORDS;
    });
  };
}
