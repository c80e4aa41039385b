import { isConnectorWord } from './acronyms.js';
import type { Anchor } from './anchors.js';

// Inputs: an omission's anchors, in the order its explanation names them, and the text of their
// article. A name the tagger split at a small word ("Syrian Observatory" for "Human Rights") is
// two anchors, each looked for apart, but the explanation names it as the article writes it
// (issue 10, user trial 12).

/** Up to two small words inside a name ("of", "for the") or an ampersand, nothing else between its parts. */
const BETWEEN = /^\s+(\p{L}+|&)(?:\s+(\p{L}+))?\s+$/u;

/** What an explanation names for an anchor: its text, or the whole name it is the first part of. */
interface NamedAnchor {
  type: Anchor['type'];
  text: string;
  /** The anchor the name starts with. */
  first: Anchor;
}

/**
 * Whether only small words of a name (data/function-words.yaml, `name-connector`) part two ranges
 * of one text; `x` is the name's first part unless `inside` (a part already folded into it).
 */
function joined(text: string, x: Anchor, y: Anchor, inside = false): boolean {
  if (x.type !== 'name' || y.type !== 'name' || y.range.start <= x.range.end) return false;
  // A one-word first part ("Paris" for "Bastille Day") is as likely a name of its own as a name's
  // first part; a one-word later part ("Urban" of "Center for Urban & Regional Studies") is inside one.
  if (!inside && !/\s/.test(x.range.text)) return false;
  const words = BETWEEN.exec(text.slice(x.range.end, y.range.start));
  // Not "and": it coordinates two names ("Ana Ruiz and Tom Hale") far more often than it joins one.
  // An ampersand joins the parts of one formal name ("Center for Strategic & International
  // Studies"; AP Stylebook, "ampersand": used where it is part of a formal name).
  // Two whole names around it are two ("Sen. Ana Ruiz & Gov. Tom Hale", "Goldman Sachs & Morgan
  // Stanley"): only one word before it joins ("Strategic & International Studies"; review of omit9).
  if (words?.[1] === '&' && /\s/.test(x.range.text)) return false;
  const small = (w: string | undefined) =>
    w === undefined || w === '&' || (w.toLowerCase() !== 'and' && isConnectorWord(w.toLowerCase()));
  return words?.slice(1).every(small) ?? false;
}

/** The first anchor not folded yet that `joined` puts after `end` (a loop: no closure a step, speed22). */
function nextPart(anchors: Anchor[], folded: Set<Anchor>, text: string, end: Anchor, inside: boolean) {
  for (const y of anchors) if (!folded.has(y) && joined(text, end, y, inside)) return y;
  return undefined;
}

/** The anchors as named: a name's later parts folded into its first, in the anchors' order. */
export function wholeNames(anchors: Anchor[], text: string): NamedAnchor[] {
  const folded = new Set<Anchor>();
  const out: NamedAnchor[] = [];
  for (const a of anchors) {
    if (folded.has(a)) continue;
    let end = a;
    for (let next = nextPart(anchors, folded, text, end, false); next; ) {
      folded.add(next);
      end = next;
      next = nextPart(anchors, folded, text, end, true);
    }
    out.push({
      type: a.type,
      text: end === a ? a.range.text : text.slice(a.range.start, end.range.end),
      first: a,
    });
  }
  return out;
}
