import { dateWords } from '../../../lexicons/date-words.js';
import { functionWords } from '../../../lexicons/word-sets.js';
import type { QuantityClaim } from '../../../model/claim.js';
import type { Token } from '../../../model/source.js';
import { isContent } from '../weights.js';

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
  if (q.subtype === 'money' || q.subtype === 'percent') {
    // "$12,000 gold watch", "a 23 percent cut in benefits", "$420,000 in campaign funds".
    let i = last + 1;
    const after = [...phraseAt(tokens, i)];
    while (i < tokens.length && PHRASE_POS.has(tokens[i].pos)) i++;
    // What an amount is "in" or "of": "$43 million in taxes", "77 percent of benefits".
    if (functionWords('amount-link').has(tokens[i]?.lower ?? '')) after.push(...phraseAt(tokens, i + 1));
    // A month or a weekday after it says when ("5 percent in March"), not what.
    for (const lemma of after) if (!isDateWord(lemma)) what.add(lemma);
    for (const lemma of measuredBefore(tokens, first)) what.add(lemma);
  }
  return what;
}

/** Whether a claim is an amount of money or a share: it measures what its clause names (`measuredBefore`). */
export const isMeasure = (c: { kind: string; subtype?: string }): boolean =>
  c.kind === 'quantity' && (c.subtype === 'money' || c.subtype === 'percent');

/** A month or weekday name, as a lemma. */
const isDateWord = (lemma: string) => dateWords().months.has(lemma) || dateWords().weekdays.has(lemma);

/** Words between a verb and the amount it takes: "rose by", "stood at", "fell to", "cost about". */
const BRIDGE = new Set(['ADP', 'ADV', 'PART']);

/**
 * What an amount or a share measures when that stands before it: the noun before "of" ("a fine of
 * 45 million dollars", "a deficit of 3 percent"), or the subject of the verb whose complement it is
 * ("Core prices, which leave out fuel, stood at 5.1 percent"; "Farm subsidies rise by 8
 * percent"; "The operator will be fined 2.5 million euros"): Huddleston & Pullum 2002, ch. 4,
 * measure phrases as complements. Without it two shares of one month ("Rents rose 4 percent in
 * May" / "Wages rose 6 percent in May") would read as one.
 */
export function measuredBefore(tokens: Token[], first: number): string[] {
  let j = first - 1;
  // The word between a determiner and "of" heads a noun phrase, whatever its tag ("a fine of").
  const head = tokens[j - 1];
  if (tokens[j]?.lower === 'of' && (head?.pos === 'NOUN' || tokens[j - 2]?.pos === 'DET'))
    return [head.lemma, ...nounsBefore(tokens, j - 2)];
  while (j >= 0 && BRIDGE.has(tokens[j].pos)) j--;
  if (j < 0 || (tokens[j].pos !== 'VERB' && tokens[j].pos !== 'AUX')) return [];
  while (j >= 0 && (tokens[j].pos === 'VERB' || tokens[j].pos === 'AUX' || tokens[j].pos === 'ADV')) j--;
  // A clause set off by commas between the subject and its verb: ", which strips out food and energy,".
  if (tokens[j]?.lower === ',') {
    let k = j - 1;
    while (k >= 0 && j - k <= PARENTHESIS && tokens[k].lower !== ',') k--;
    if (k < 0 || tokens[k].lower !== ',') return [];
    j = k - 1;
  }
  return subjectAt(tokens, j);
}

/** Tokens that open a clause: its subject starts after the last of them before the verb. */
const CLAUSE_OPENERS = new Set(['SCONJ', 'CCONJ']);

/**
 * The nouns and names of the first noun phrase of the clause that ends at token `j`: the subject's
 * head and its modifiers, not a phrase after a preposition ("Rents in the capital" → rent).
 */
function subjectAt(tokens: Token[], j: number): string[] {
  let k = j;
  while (k > 0 && !/^[,;:"“”(]$/u.test(tokens[k - 1].lower) && !CLAUSE_OPENERS.has(tokens[k - 1].pos)) k--;
  return nounsOfPhrase(tokens, k);
}

/**
 * The nouns and names of the noun phrase at token `k` (`phraseAt`), dates left out; a possessor
 * brings its head along ("The company's shares" → company, share).
 */
function nounsOfPhrase(tokens: Token[], k: number): string[] {
  const start = tokens[k]?.pos === 'DET' ? k + 1 : k;
  const phrase = phraseAt(tokens, k);
  const nouns = phrase.filter((lemma, i) => tokens[start + i].pos !== 'ADJ' && !isDateWord(lemma));
  const after = start + phrase.length;
  return phrase.length > 0 && /^['’]s$/u.test(tokens[after]?.text ?? '')
    ? [...nouns, ...nounsOfPhrase(tokens, after + 1)]
    : nouns;
}

/** How long a clause set off by commas between a subject and its verb may be, in tokens. */
const PARENTHESIS = 12;

/** The nouns and names of the noun phrase that ends at token `j`, read backwards, dates left out. */
function nounsBefore(tokens: Token[], j: number): string[] {
  const out: string[] = [];
  for (let k = j; k >= 0 && out.length < 4 && PHRASE_POS.has(tokens[k].pos); k--)
    if (tokens[k].pos !== 'ADJ' && !isDateWord(tokens[k].lemma)) out.push(tokens[k].lemma);
  return out;
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
