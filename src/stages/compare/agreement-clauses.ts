import type { Sentence, Token } from '../../model/source.js';
import { sameWords, type WordRun } from './agreement-words.js';
import type { CompareContext } from './context.js';
import { COVER_MIN, RARE, SHARED_MIN, sharesActIn } from './sentence-pairs.js';
import { isContent, sharedWeight } from './weights.js';

/**
 * Inputs: the body and headline sentences of both articles, cut at clause punctuation. A long
 * sentence often reports two facts ("With three weeks left, Obama and Boehner met on Sunday as a
 * senator suggested…"), and the other article may repeat each in a sentence of its own; matched
 * whole, the long sentence is too heavy for either to cover two fifths of it, and one-to-one
 * matching lets it agree with one of them at most. Matched clause by clause, each can agree.
 */

/** A run of a sentence's tokens between clause punctuation: one or more segments, or the whole sentence. */
export interface Clause {
  sentence: Sentence;
  /** Token indexes, half-open. */
  from: number;
  to: number;
  /** Segment indexes, half-open: which parts of the sentence the clause takes. */
  first: number;
  last: number;
  lemmas: Set<string>;
  /** Content lemmas that are not names: what was done, not who did it. */
  plain: Set<string>;
  weight: number;
  /** Whether the clause is the whole sentence. */
  whole: boolean;
}

/** Two clauses, one a side, that say the same; `shared` and `cover` as in `SentencePair`. */
export interface ClausePair {
  a: Clause;
  b: Clause;
  shared: number;
  cover: number;
  /** The shared lemmas, heaviest first. */
  words: string[];
  /** Whether both clauses hold the same run of words (`sameWords`): a quotation both print. */
  quoted: boolean;
}

/** Commas, semicolons, colons, dashes, brackets and quotation marks end a clause (or a quotation). */
const BOUNDARY = /^(?:[,;:()"\u201c\u201d\u2014\u2013]|--)$/u;
/** A subordinating conjunction ("said that…", "because…") opens a clause of its own. */
const boundary = (t: Token) => BOUNDARY.test(t.text) || t.pos === 'SCONJ';

/** A clause shorter than its sentence must be repeated more fully than a whole sentence. */
const CLAUSE_COVER_MIN = 0.5;
/**
 * A clause this many times lighter than the other one ("former President Bill Clinton" against
 * a sentence about what the White House asked him) agrees only by a shared act, not by a phrase.
 */
const LOPSIDED = 2.5;

const carries = (s: Sentence) => s.role === 'body' || s.role === 'headline';

/** The segments of a sentence: token ranges between clause punctuation that hold a content word. */
export function segments(s: Sentence): [number, number][] {
  const out: [number, number][] = [];
  let from = 0;
  for (let i = 0; i <= s.tokens.length; i++) {
    if (i < s.tokens.length && !boundary(s.tokens[i])) continue;
    if (s.tokens.slice(from, i).some(isContent)) out.push([from, i]);
    from = i + 1;
  }
  return out;
}

/** Every run of neighbouring segments, so that a short aside does not split a fact. */
export function clausesOf(s: Sentence, w: ReadonlyMap<string, number>): Clause[] {
  const segs = segments(s);
  const out: Clause[] = [];
  for (let i = 0; i < segs.length; i++) {
    for (let j = i + 1; j <= segs.length; j++) {
      const tokens = s.tokens.slice(segs[i][0], segs[j - 1][1]).filter(isContent);
      const lemmas = new Set(tokens.map((t) => t.lemma));
      const plain = new Set(tokens.filter((t) => t.pos !== 'PROPN').map((t) => t.lemma));
      out.push({
        sentence: s,
        from: segs[i][0],
        to: segs[j - 1][1],
        first: i,
        last: j,
        lemmas,
        plain,
        weight: sharedWeight(lemmas, lemmas, w),
        whole: i === 0 && j === segs.length,
      });
    }
  }
  return out;
}

const tokensOf = (c: Clause): Token[] => c.sentence.tokens.slice(c.from, c.to);
const strength = (p: { shared: number; cover: number }) => Math.round(p.shared * p.cover * 1000);
/** An order of clause pairs that is the same whichever article is side a (the symmetry law). */
const mirrorKey = (p: ClausePair) => {
  const [x, y] = [p.a.sentence.start + p.a.from / 1e4, p.b.sentence.start + p.b.from / 1e4];
  return [p.a.to - p.a.from + p.b.to - p.b.from, Math.min(x, y), Math.max(x, y)];
};
const byStrength = (x: ClausePair, y: ClausePair) => {
  const d = strength(y) - strength(x);
  if (d !== 0) return d;
  const [kx, ky] = [mirrorKey(x), mirrorKey(y)];
  return kx[0] - ky[0] || kx[1] - ky[1] || kx[2] - ky[2];
};

/** Whether both clauses hold the run of the same words their sentences share. */
function quotes(a: Clause, b: Clause, run: WordRun | undefined): boolean {
  const inside = (c: Clause, [from, to]: [number, number]) => c.from <= from && to <= c.to;
  return run !== undefined && inside(a, run.a) && inside(b, run.b);
}

/**
 * Whether two clauses report the same thing: enough rare words shared, two fifths of the lighter
 * clause (a half when either is a part of its sentence), and then either the same run of words
 * (`sameWords`), or words that are not names alone and an act (`sharesActIn`): a rare verb both
 * hold, or, unless one clause is much the lighter, a two-word phrase.
 */
function agree(
  a: Clause,
  b: Clause,
  run: WordRun | undefined,
  shared: number,
  cover: number,
  w: ReadonlyMap<string, number>,
): boolean {
  if (shared < SHARED_MIN || cover < (a.whole && b.whole ? COVER_MIN : CLAUSE_COVER_MIN)) return false;
  if (quotes(a, b, run)) return true;
  if (sharedWeight(a.plain, b.plain, w) < SHARED_MIN / 2) return false;
  const lopsided = Math.max(a.weight, b.weight) > LOPSIDED * Math.min(a.weight, b.weight);
  return sharesActIn(tokensOf(a), tokensOf(b), w, lopsided ? 0 : cover);
}

/** The pairs of clauses of two sentences that report the same thing (`agree`). */
function clausePairs(as: Clause[], bs: Clause[], w: ReadonlyMap<string, number>): ClausePair[] {
  const out: ClausePair[] = [];
  const run = as.length && bs.length ? sameWords(as[0].sentence.tokens, bs[0].sentence.tokens) : undefined;
  for (const a of as) {
    for (const b of bs) {
      const shared = sharedWeight(a.lemmas, b.lemmas, w);
      const cover = shared / Math.min(a.weight, b.weight);
      if (!agree(a, b, run, shared, cover, w)) continue;
      const words = [...a.lemmas]
        .filter((x) => b.lemmas.has(x))
        .sort((x, y) => (w.get(y) ?? 0) - (w.get(x) ?? 0) || (x < y ? -1 : 1));
      out.push({ a, b, shared, cover, words, quoted: quotes(a, b, run) });
    }
  }
  return out;
}

/**
 * Clauses of the two articles that report the same thing, anywhere in them (issue 10): for each
 * two sentences that share a rare lemma, every pair of their clauses that agree; then, strongest
 * first, the pairs whose clauses overlap no clause already taken. A sentence can so agree with
 * several sentences of the other article, one clause each.
 */
export function similarClauses(ctx: CompareContext, w: ReadonlyMap<string, number>): ClausePair[] {
  const [as, bs] = [ctx.a.sentences.filter(carries), ctx.b.sentences.filter(carries)];
  const clauses = new Map([...as, ...bs].map((s) => [s, clausesOf(s, w)] as const));
  const index = new Map<string, Sentence[]>();
  for (const b of bs) {
    const lemmas = new Set(b.tokens.filter(isContent).map((t) => t.lemma));
    for (const l of lemmas) if ((w.get(l) ?? 0) >= RARE) index.set(l, [...(index.get(l) ?? []), b]);
  }
  const pairs: ClausePair[] = [];
  for (const a of as) {
    const seen = new Set<Sentence>();
    for (const t of a.tokens.filter(isContent)) {
      for (const b of index.get(t.lemma) ?? []) {
        if (seen.has(b)) continue;
        seen.add(b);
        pairs.push(...clausePairs(clauses.get(a) ?? [], clauses.get(b) ?? [], w));
      }
    }
  }
  return disjoint(pairs);
}

/**
 * Strongest first, the pairs whose clauses overlap no clause taken before them, one a pair of
 * sentences. A headline sums up the lead, so a body sentence that agrees with a headline stays
 * free to agree with a body sentence too: only the headline's clause is taken. A quotation both
 * print is a fact of its own (what was said, beside what was done), so a clause taken by a
 * paraphrase stays free for the same words in the other article; only quotations block quotations.
 */
function disjoint(pairs: ClausePair[]): ClausePair[] {
  const taken = { all: new Map<Sentence, Clause[]>(), quoted: new Map<Sentence, Clause[]>() };
  const joined = new Set<string>();
  const overlaps = (c: Clause, map: Map<Sentence, Clause[]>) =>
    (map.get(c.sentence) ?? []).some((t) => t.first < c.last && c.first < t.last);
  const take = (c: Clause, map: Map<Sentence, Clause[]>) =>
    map.set(c.sentence, [...(map.get(c.sentence) ?? []), c]);
  return [...pairs].sort(byStrength).filter((p) => {
    const key = `${p.a.sentence.id}|${p.b.sentence.id}`;
    const blocking = p.quoted ? taken.quoted : taken.all;
    if (joined.has(key) || overlaps(p.a, blocking) || overlaps(p.b, blocking)) return false;
    joined.add(key);
    const headline = p.a.sentence.role === 'headline' || p.b.sentence.role === 'headline';
    for (const c of [p.a, p.b]) {
      if (headline && c.sentence.role !== 'headline') continue;
      take(c, taken.all);
      if (p.quoted) take(c, taken.quoted);
    }
    return true;
  });
}
