import type { AttributionClaim } from '../../../model/claim.js';
import type { Sentence } from '../../../model/source.js';
import type { Side, Span } from '../../../model/span.js';
import type { CompareContext } from '../context.js';
import { sentenceSpan } from '../spans.js';
import type { Anchor } from './anchors.js';
import type { OmittedItem } from './items.js';

// Inputs: an omission group whose absent name speaks in it ("Sen. Jim DeMint … said Steele must
// apologize"), and the sentences after it. What the speaker goes on to say, tagged with a pronoun
// ('"…," he said.') or the same name, is part of the omitted reaction: the item that names the
// speaker is often only the lead-in, and the words a reader needs are in the quote that follows.

const PRONOUN = /^(?:he|she|they)$/i;

/** Whether an attribution's speaker is a pronoun or the speaker's head word ("DeMint"). */
const sameSpeaker = (c: AttributionClaim, head: string) =>
  c.speaker !== null && (PRONOUN.test(c.speaker.text) || c.speaker.text.includes(head));

/**
 * The sentences after a group's items, up to the end of the next paragraph, that an absent name
 * of the group goes on to say: after an item that names it (or whose sentence before, in its
 * paragraph, does: "Sen. Jim DeMint, R-S.C., …" splits at the abbreviation), each sentence
 * tagged with a pronoun or that name; the first sentence of the next paragraph that is not ends the run.
 */
export function followUp(ctx: CompareContext, side: Side, group: OmittedItem[], absent: Anchor[]): Span[] {
  const heads = absent.filter((a) => a.type === 'name').map((a) => a.key.replace(/^name:/, ''));
  if (heads.length === 0) return [];
  const sentences = ctx[side].sentences;
  const inGroup = new Set(group.map((i) => i.sentence.id));
  const attributions = (s: Sentence) =>
    ctx[side].claims.filter((c): c is AttributionClaim => c.kind === 'attribution' && c.sentence === s.id);
  const spans: Span[] = [];
  for (const item of group) {
    const at = sentences.findIndex((x) => x.id === item.sentence.id);
    const before = sentences[at - 1];
    const lead = [item.sentence, ...(before?.paragraph === item.sentence.paragraph ? [before] : [])];
    const named = heads.filter((h) => lead.some((s) => s.text.includes(h)));
    if (named.length === 0) continue;
    for (const s of sentences.slice(at + 1)) {
      if (inGroup.has(s.id) || s.paragraph > item.sentence.paragraph + 1 || s.role !== 'body') break;
      const tagged = attributions(s).some((c) => named.some((h) => sameSpeaker(c, h)));
      // The rest of the item's own paragraph may hold other words ("…, R-S.C., would not go that far").
      if (tagged) spans.push(sentenceSpan(s));
      else if (s.paragraph !== item.sentence.paragraph) break;
    }
  }
  return spans;
}
