import { reportingVerb } from '../../../lexicons/reporting-verbs.js';
import type { ActorRef } from '../../../model/claim.js';
import type { Sentence, Token } from '../../../model/source.js';
import type { Anchor } from './anchors.js';
import type { OmittedItem } from './items.js';

// Inputs: an omission group and its absent names. Which of those names speak in it, so that the
// finding says "only X quotes Y": a name that is told something, or the medium a quote appeared
// in ("telling CNN", "an interview with MSNBC", "posted on Twitter", "according to a CNN count"),
// or a phrase inside the quotation itself ("the 'Golden Shower Thing'"), is no speaker (issue 10,
// cause 6: an omission is anchored on the fact, the named reaction, not an incidental detail).

/** How far from a name a speech verb may stand to make it the speaker: "X, the senior Democrat, said". */
const SPEAKER_REACH = { after: 12, before: 2 };

const count = (text: string, mark: RegExp) => (text.match(mark) ?? []).length;

/**
 * Whether an offset sits inside a quotation: between marks opened earlier in its sentence, or
 * before a mark that closes a quotation opened in an earlier sentence ("Will the Witch Hunt
 * continue?” Trump tweeted.", the quote having opened two sentences before).
 */
export function insideQuotes(text: string, sentence: Sentence, at: number): boolean {
  const [before, after] = [text.slice(sentence.start, at), text.slice(at, sentence.end)];
  const straight = count(before, /"/g);
  if (straight % 2 === 1 || count(before, /“/g) > count(before, /”/g)) return true;
  // Nothing open before it, and the sentence closes more quotations than it opens after it.
  const closesOpen = count(after, /”/g) > count(after, /“/g);
  const straightOpen = straight === 0 && count(after, /"/g) % 2 === 1;
  return closesOpen || straightOpen;
}

/**
 * Whether the word before a name (past determiners and possessives: "a CNN count", "NBC's") makes
 * it an object: of a preposition ("with MSNBC", "on Twitter") or a verb ("telling CNN"). A speaker
 * is the subject of its speech verb, never its object.
 */
function governed(tokens: Token[], first: number): boolean {
  let at = first - 1;
  while (at >= 0 && (tokens[at].pos === 'DET' || tokens[at].pos === 'PART')) at -= 1;
  const before = tokens[at];
  if (before === undefined) return false;
  // "telling" before a name is often tagged a noun: its stem is still a speech verb.
  const speech = reportingVerb(before.lemma) ?? reportingVerb(before.lower.replace(/ing$/, ''));
  return before.pos === 'ADP' || before.pos === 'VERB' || speech !== undefined;
}

/** Tags that end the head phrase of a speaker: a preposition, a subordinator, a relative pronoun. */
const PHRASE_END = new Set(['ADP', 'SCONJ', 'PRON']);

/**
 * The heads of a speaker: of each part of it between commas or coordinated heads, the last of the
 * words up to the first preposition, subordinator, pronoun or other punctuation. "Tom Hale, director of the Harbor
 * Project at the Center for Coastal Research" gives "Hale" and "director"; "the group's
 * director, Ana Ruiz" gives "director" and "Ruiz". What a preposition governs places the speaker; it does not speak.
 */
function headPhrases(
  tokens: Token[],
  speaker: { start: number; end: number },
): { start: number; end: number }[] {
  const words = tokens.filter((t) => speaker.start <= t.start && t.end <= speaker.end);
  const heads: { start: number; end: number }[] = [];
  let open = true;
  let phrase: Token[] = [];
  const close = () => {
    // English puts the head of a noun phrase last: "Veteran radio host Ada Lind" is Lind.
    const head = phrase[phrase.length - 1];
    if (head) heads.push({ start: head.start, end: head.end });
    phrase = [];
  };
  for (const t of words) {
    // A comma starts another phrase, and so does a coordinator between heads ("state media and the
    // Observatory" are two speakers), not one inside what a preposition governs ("the Center for X and Y").
    if (t.text === ',' || (open && t.pos === 'CCONJ')) {
      close();
      open = true;
    } else if (open && phrase.length > 0 && (t.pos === 'PUNCT' || PHRASE_END.has(t.pos))) {
      close();
      open = false;
    } else if (open) phrase.push(t);
  }
  close();
  return heads.length === 0 ? [speaker] : heads;
}

// A speaker's heads depend on its sentence alone, yet every omission group of every pair of its
// source asks for them again (issue 13: 2.6 % of the bytes a pair allocated, speed22): kept per
// speaker, lazily, with the tokens they were read from. Shared: do not change them.
const headsBySpeaker = new WeakMap<ActorRef, { tokens: Token[]; heads: { start: number; end: number }[] }>();

function speakerHeads(tokens: Token[], speaker: ActorRef): { start: number; end: number }[] {
  const cached = headsBySpeaker.get(speaker);
  if (cached && cached.tokens === tokens) return cached.heads;
  const heads = headPhrases(tokens, speaker);
  headsBySpeaker.set(speaker, { tokens, heads });
  return heads;
}

/** Whether an attribution claim of the item's sentence has this name as its source: a head of the speaker phrase. */
function attributedTo(item: OmittedItem, a: Anchor): boolean {
  const overlaps = (s: { start: number; end: number }) => s.start < a.range.end && a.range.start < s.end;
  return item.sentenceClaims.some(
    (c) =>
      c.kind === 'attribution' && c.speaker && speakerHeads(item.sentence.tokens, c.speaker).some(overlaps),
  );
}

/** Whether a name speaks in its sentence: an attribution names it, or a speech verb stands right by its subject. */
function speaks(text: string, item: OmittedItem, a: Anchor): boolean {
  if (attributedTo(item, a)) return true;
  const tokens = item.sentence.tokens;
  const first = tokens.findIndex((t) => t.start >= a.range.start);
  if (first < 0 || governed(tokens, first) || insideQuotes(text, item.sentence, a.range.start)) return false;
  const last = tokens.findIndex((t) => t.start >= a.range.end);
  const near = [
    ...tokens.slice(Math.max(0, first - SPEAKER_REACH.before), first),
    ...tokens.slice(last < 0 ? tokens.length : last, (last < 0 ? tokens.length : last) + SPEAKER_REACH.after),
  ];
  return near.some((t) => t.pos === 'VERB' && reportingVerb(t.lemma) !== undefined);
}

/** Absent names that speak in the group: a reaction or statement the other article never quotes. */
export function speakers(text: string, group: OmittedItem[], absent: Anchor[]): Anchor[] {
  return absent.filter(
    (a) => a.type === 'name' && group.some((i) => i.absent.includes(a) && speaks(text, i, a)),
  );
}

/**
 * The absent names an attribution claim of the group quotes, each with the sentence that quotes
 * it: what "quotes X" may say (user trial 6 item 3: "quotes TV", "quotes Iowa" came from a speech
 * verb near a name that was no speaker).
 */
export function quotedSources(
  group: OmittedItem[],
  absent: Anchor[],
): { anchor: Anchor; item: OmittedItem }[] {
  return absent.flatMap((anchor) => {
    const item = group.find((i) => i.absent.includes(anchor) && attributedTo(i, anchor));
    return anchor.type === 'name' && item ? [{ anchor, item }] : [];
  });
}
