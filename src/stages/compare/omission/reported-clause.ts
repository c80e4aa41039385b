import type { Sentence, Token } from '../../../model/source.js';
import type { TextRange } from '../../../model/span.js';
import type { Anchor } from './anchors.js';
import { type Mentions, mentionsNumber } from './mentions.js';

// Inputs: a sentence new to the other article as a whole, its anchors (each looked for in the
// whole other article) and what each window of the other article mentions. A sentence often
// joins two facts ("Ferry crews carried 212 passengers off the island on Friday, and volunteers
// in fishing boats evacuated another 95 residents on Saturday"); when the other article gives one
// clause's very figure and lacks only the other clause, the omission is that other clause, and
// citing the whole sentence makes it read as if the other article never reported the first
// (readers of written pairs judged such omissions WRONG: "the other article reports the lead
// fact"). The finding then cites the clause it is about.

/** A comma or semicolon before one of these, with a subject and verb on each side, joins two clauses (Quirk et al. 1985, ch. 13). */
const COORDINATORS = new Set(['and', 'but', 'while', 'whereas']);
const VERBAL = new Set(['VERB', 'AUX']);
const SUBJECT = new Set(['NOUN', 'PROPN', 'PRON', 'NUM']);
/** "one", "two": too common a figure for its mere presence to say the other article gives this one. */
const MIN_VALUE = 3;

/** Token ranges [from, to) of the sentence's coordinated clauses; one range when it has none. */
export function coordinatedClauses(tokens: Token[]): [number, number][] {
  const cuts: [number, number][] = [];
  for (let i = 0; i < tokens.length - 1; i++) {
    const t = tokens[i].text;
    if (t !== ',' && t !== ';') continue;
    const next = tokens[i + 1].lower;
    if (t === ';') cuts.push([i, i + 1]);
    else if (COORDINATORS.has(next)) cuts.push([i, i + 2]);
  }
  const clauses: [number, number][] = [];
  let from = 0;
  for (const [end, next] of cuts) {
    clauses.push([from, end]);
    from = next;
  }
  clauses.push([from, tokens.length]);
  // A list ("troops, police, and medics") is no clause: each part must hold a verb, and each after
  // the first its own subject before it; "and sent to Congress" shares the first one's, and "but
  // that none were…" is a second object of its verb, not a clause of its own.
  const own = ([f, t]: [number, number], i: number) => {
    const part = tokens.slice(f, t);
    const verb = part.findIndex((x) => VERBAL.has(x.pos));
    if (verb < 0) return false;
    if (i === 0) return true;
    return (
      part[0].pos !== 'SCONJ' &&
      part[0].lower !== 'that' &&
      part.slice(0, verb).some((x) => SUBJECT.has(x.pos))
    );
  };
  return clauses.every(own) ? clauses : [[0, tokens.length]];
}

/**
 * The part of a new sentence its omission is about, when the other article gives the very figure
 * of one of its coordinated clauses and lacks no name or figure of it: the other clauses, as one
 * text range (only when they are the sentence's head or its tail). Undefined when the whole
 * sentence is the omission, or when nothing the other article lacks is left.
 */
export function unreportedClause(
  sentence: Sentence,
  anchors: Anchor[],
  windows: Mentions[],
): TextRange | undefined {
  const { tokens } = sentence;
  const clauses = coordinatedClauses(tokens);
  if (clauses.length < 2) return undefined;
  const range = ([f, t]: [number, number]) => ({ start: tokens[f].start, end: tokens[t - 1].end });
  const inside = (r: { start: number; end: number }, x: { start: number; end: number }) =>
    r.start <= x.start && x.end <= r.end;
  const reported = clauses.map((c) => {
    const r = range(c);
    const own = anchors.filter((a) => inside(r, a.range));
    const lacking = own.some((a) => !a.present && (a.type === 'name' || a.type === 'figure'));
    return !lacking && own.some((a) => givenThere(a, own, windows));
  });
  const first = reported.indexOf(false);
  const last = reported.lastIndexOf(false);
  // Every clause new, or none: the whole sentence is what it is about.
  if (first < 0 || (first === 0 && last === clauses.length - 1)) return undefined;
  // The cited clauses run together, at the head or the tail: a reported clause between two new
  // ones leaves no one range to cite.
  if (!reported.slice(first, last + 1).every((r) => !r)) return undefined;
  const start = range(clauses[first]).start;
  // The tail keeps the sentence's own end (its full stop); a head ends at its last word.
  const end = last === clauses.length - 1 ? sentence.end : range(clauses[last]).end;
  const cited = { start, end };
  if (!anchors.some((a) => !a.present && inside(cited, a.range))) return undefined;
  return { start, end, text: sentence.text.slice(start - sentence.start, end - sentence.start) };
}

/**
 * Whether a part of the other article gives this figure of a clause, by its value, beside a word
 * or name of the same clause (in any of its forms): "Ferry crews took 212 passengers off the
 * island" for "Ferry crews carried 212 passengers off the island", not "212 tonnes of rock".
 */
function givenThere(figure: Anchor, clause: Anchor[], windows: Mentions[]): boolean {
  // Figure anchors are made of countable quantities only (anchors.ts `figureAnchor`).
  const q = figure.claim;
  if (figure.type !== 'figure' || q?.kind !== 'quantity') return false;
  const value = q.value ?? q.min ?? q.max;
  if (value === undefined || value < MIN_VALUE) return false;
  const words = clause.filter((a) => a.type === 'word' || a.type === 'name');
  const says = (a: Anchor, w: Mentions) => a.in(w) || (a.otherForms ?? []).some((f) => w.lemmas.has(f));
  return windows.some(
    (w) => mentionsNumber(w, value, q.subtype === 'percent') && words.some((a) => says(a, w)),
  );
}
