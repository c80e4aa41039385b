import { dateWords } from '../../../lexicons/date-words.js';
import { functionWords } from '../../../lexicons/word-sets.js';
import type { QuantityClaim } from '../../../model/claim.js';
import type { Token } from '../../../model/source.js';
import { inModelLexicon } from '../../../text/wink.js';
import { isContent } from '../weights.js';
import { ratePeriod } from './fact-rate.js';

// Inputs: a figure or date claim and the tokens of its sentence. What the fact counts or dates
// (its noun phrase, what an amount is "in" or "of", the event noun before a date) and the verb of
// its clause: the words fact-same.ts compares to decide that two facts are the same fact.

const PHRASE_POS = new Set(['ADJ', 'NOUN', 'PROPN']);

/**
 * Lemmas of the noun phrase that starts at `i` (after an optional determiner), up to 4 words.
 * An adjective after a noun starts another phrase ("taxes | last year").
 */
function phraseAt(tokens: Token[], i: number): string[] {
  let j = tokens[i]?.pos === 'DET' ? i + 1 : i;
  const out: string[] = [];
  for (; j < tokens.length && out.length < 4 && PHRASE_POS.has(tokens[j].pos); j++) {
    if (tokens[j].pos === 'ADJ' && tokens[j - 1]?.pos === 'NOUN' && out.length > 0) break;
    out.push(tokens[j].lemma);
  }
  return out;
}

/** The nearest verb before token `i` within `reach` tokens, without crossing a clause mark. */
export function verbBefore(tokens: Token[], i: number, reach: number): string | undefined {
  for (let j = i - 1; j >= 0 && j >= i - reach; j--) {
    if (/^[;.:]$/.test(tokens[j].lower)) return undefined;
    if (tokens[j].pos === 'VERB') return tokens[j].lemma;
  }
  return undefined;
}

/** What a quantity counts: its noun phrase, its act, and what an amount or share is of. */
export function quantityWhat(q: QuantityClaim, tokens: Token[], first: number, last: number): Set<string> {
  const what = new Set<string>();
  const own = q.subtype === 'money' || q.subtype === 'percent' ? [] : tokens.slice(first, last + 1);
  // A qualifier's words ("more than 70", "some 9,000") say how exact the figure is, not what it counts.
  const qualifier = new Set(q.qualifier?.toLowerCase().split(' '));
  for (const t of own) if (isContent(t) && !/\d/.test(t.text) && !qualifier.has(t.lower)) what.add(t.lemma);
  if (q.noun && q.subtype !== 'money') what.add(q.noun);
  if (q.act) what.add(q.act);
  // "12 people were killed" / "the death toll rose to 15" / "15 died": one count of the dead.
  if (q.casualty) what.add(`casualty:${q.casualty}`);
  if (q.subtype === 'duration' && q.noun) what.add(`unit:${q.noun}`);
  const subject = levelSubject(tokens, first);
  if (subject) what.add(subject);
  if (q.subtype === 'money' || q.subtype === 'percent') {
    // "$12,000 gold watch", "a 23 percent cut in benefits", "$420,000 in campaign funds".
    let i = last + 1;
    // "worth 2.1 billion euros a year": a rate's span (fact-rate.ts), not what the amount is of
    // (blind 31 reader: exports one way and trade both ways paired by "year" alone). A time after
    // it stays ("worth about $18 billion last year" / "$18.4 billion last year": one year's trade).
    if (ratePeriod(tokens, last) === undefined) for (const lemma of phraseAt(tokens, i)) what.add(lemma);
    while (i < tokens.length && PHRASE_POS.has(tokens[i].pos)) i++;
    // What an amount is "in" or "of": "$43 million in taxes", "77 percent of benefits"; never a
    // day ("shares fell 4% on Tuesday": blind 32 reader, 4% / 6% read as two things).
    const linked = functionWords('amount-link').has(tokens[i]?.lower ?? '') ? phraseAt(tokens, i + 1) : [];
    if (!isDay(linked[linked.length - 1])) for (const lemma of linked) what.add(lemma);
  }
  return what;
}

/**
 * The head noun of the subject a figure measures when the figure is the complement of a linking
 * verb ("Turnout was 38.4 percent", "Containment stood at 15 percent", "the rate remained at 5
 * percent"): blind 39 reader, two turnouts were two omissions, not one figure given twice. Only a
 * common noun right before the verb (the head of its subject): a name or pronoun is who, not what
 * ("Velmar was 12 percent ahead"), and a verb of change ("rose 4 percent") may give a change, not the level.
 */
export function levelSubject(tokens: Token[], first: number): string | undefined {
  let v = first - 1;
  if (tokens[v]?.lower === 'at') v--;
  const verb = tokens[v];
  const head = tokens[v - 1];
  if (!verb || !functionWords('level-verb').has(verb.lemma) || !head) return undefined;
  // The tagger reads a capitalised first word as a name ("Turnout/PROPN was"): a word of its
  // vocabulary there is the common noun ("Velmar", a name it never learned, is not).
  const common = head.pos === 'NOUN' || (head.pos === 'PROPN' && v === 1 && inModelLexicon(head.lower));
  return common ? head.lemma : undefined;
}

/** A weekday, a month or a part of a day ("Tuesday", "March", "morning"): when, not what. */
function isDay(lemma: string | undefined): boolean {
  if (lemma === undefined) return false;
  const { weekdays, months, dayparts } = dateWords();
  return weekdays.has(lemma) || months.has(lemma) || dayparts.has(lemma);
}

/** The nearest verb after token `i` within `reach` tokens, without crossing a clause mark. */
export function verbAfter(tokens: Token[], i: number, reach: number): string | undefined {
  for (let j = i + 1; j < tokens.length && j <= i + reach; j++) {
    if (/^[;.:]$/.test(tokens[j].lower)) return undefined;
    if (tokens[j].pos === 'VERB') return tokens[j].lemma;
  }
  return undefined;
}

/**
 * An event noun just before a date, over modifiers and prepositions: "the assault early on
 * May 10". Only nouns of the date-words lexicon's events count: "the Halden administration
 * in 2009" dates a joining, not the administration.
 */
function nounBefore(tokens: Token[], first: number): string | undefined {
  for (let j = first - 1; j >= 0 && j >= first - 4; j--) {
    if (tokens[j].pos === 'NOUN')
      return dateWords().events.has(tokens[j].lemma) ? tokens[j].lemma : undefined;
    if (!['ADJ', 'ADV', 'ADP', 'DET'].includes(tokens[j].pos)) return undefined;
  }
  return undefined;
}

/**
 * What a date dates: the noun it qualifies ("Tuesday's session", "a March 2009 audit") and
 * an event noun just before it.
 */
export function dateWhat(tokens: Token[], first: number, last: number): Set<string> {
  const what = new Set<string>();
  let i = last + 1;
  if (/^['’]s$/.test(tokens[i]?.lower ?? '')) i++;
  const noun = phraseAt(tokens, i).at(-1);
  if (noun && tokens[i]?.pos !== 'PROPN') what.add(noun);
  const before = nounBefore(tokens, first);
  if (before) what.add(before);
  return what;
}

/** What a clause says after a figure: its content lemmas, and its head (the first verb, else the first word). */
export interface ClauseAfter {
  words: Set<string>;
  head: string | undefined;
}

/**
 * The content lemmas after token `last` up to the end of its clause (a comma, a colon, a full
 * stop; a quote mark around the figure, '"two-in-three chance" of holding', is stepped over) within `reach` tokens: what a share counts or a chance is of ("had a fever", "of
 * flooding"), the predicate that tells two statements of one split from two facts.
 */
export function clauseAfter(tokens: Token[], last: number, reach: number): ClauseAfter {
  const words: string[] = [];
  let verb: string | undefined;
  for (let j = last + 1; j < tokens.length && j <= last + reach; j++) {
    if (/^[;.:,!?]$/.test(tokens[j].lower)) break;
    if (!isContent(tokens[j]) || /\d/.test(tokens[j].text)) continue;
    words.push(tokens[j].lemma);
    if (tokens[j].pos === 'VERB') verb ??= tokens[j].lemma;
  }
  return { words: new Set(words), head: verb ?? words[0] };
}
