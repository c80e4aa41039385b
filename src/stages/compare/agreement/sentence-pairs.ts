import { reportingVerb } from '../../../lexicons/reporting-verbs.js';
import { carriesClaims } from '../../../model/roles.js';
import type { Sentence, Token } from '../../../model/source.js';
import type { CompareContext } from '../context.js';
import { once } from '../once.js';
import { isContent, sharedWeight } from '../weights.js';

/** Two sentences, one a side, that say much the same: what they share, and how much of each that is. */
export interface SentencePair {
  a: Sentence;
  b: Sentence;
  /** Summed weight of the content lemmas both hold. */
  shared: number;
  /** `shared` over the weight of the lighter sentence: how much of it the other repeats. */
  cover: number;
  /** The shared lemmas, heaviest first. */
  words: string[];
}

/** A lemma seen in this share of a pair's sentences or more is too common to index ("say", the main actor). */
const COMMON = 0.2;
/** How much two sentences must share: about three rare words, and two fifths of the lighter one. */
export const SHARED_MIN = 8;
export const COVER_MIN = 0.4;
/** Without a shared verb, most of the lighter sentence must recur. */
export const PHRASE_COVER = 0.6;
/** The weight of a lemma in `COMMON` of the sentences. */
export const RARE = Math.log(1 / COMMON);

// A sentence's content lemmas but names depend on it alone, and every pair of its source asked
// again (issue 13, speed22): one set per sentence, built when first asked. Shared: do not change it.
const plain: (s: Sentence) => ReadonlySet<string> = once(
  (s) => new Set(s.tokens.filter((t) => isContent(t) && t.pos !== 'PROPN').map((t) => t.lemma)),
);

/** Adjacent content words ("russian government", "acting attorney"): a phrase both articles use. */
function bigrams(tokens: readonly Token[]): Set<string> {
  const out = new Set<string>();
  for (let i = 1; i < tokens.length; i++)
    if (isContent(tokens[i - 1]) && isContent(tokens[i]))
      out.add(`${tokens[i - 1].lemma} ${tokens[i].lemma}`);
  return out;
}

/**
 * Whether two sentences share an act: a verb that is not common in the pair (not "say"), or,
 * when most of the lighter sentence recurs, a two-word phrase ("acting attorney general").
 */
function sharesAct(a: Sentence, b: Sentence, w: ReadonlyMap<string, number>, cover: number): boolean {
  return sharesActIn(a.tokens, b.tokens, w, cover);
}

/**
 * `sharesAct` over any two runs of tokens (a clause of a sentence, or all of it): a rare verb
 * both hold, or, when `cover` says most of the lighter run recurs, a two-word phrase.
 */
export function sharesActIn(
  a: readonly Token[],
  b: readonly Token[],
  w: ReadonlyMap<string, number>,
  cover: number,
): boolean {
  // A reporting verb ("said", "appeared", "noted") says who speaks, not what happened.
  const rare = (t: Token) =>
    t.pos === 'VERB' && isContent(t) && (w.get(t.lemma) ?? 0) >= RARE && !reportingVerb(t.lemma);
  const verbs = new Set(a.filter(rare).map((t) => t.lemma));
  if (b.some((t) => rare(t) && verbs.has(t.lemma))) return true;
  if (cover < PHRASE_COVER) return false;
  const phrases = bigrams(a);
  for (const p of bigrams(b)) if (phrases.has(p)) return true;
  return false;
}

/**
 * Sentences of the two articles that report the same thing, anywhere in the articles (issue
 * 10): pairs that share enough rare words (`w`, from `lemmaWeights`), two fifths of the
 * lighter sentence, and an act (`sharesAct`); one-to-one, strongest (shared × cover) first. Candidates come
 * from an index of the rarer lemmas, so the work stays near-linear.
 */
export function similarSentences(
  ctx: CompareContext,
  lemmasOf: ReadonlyMap<Sentence, ReadonlySet<string>>,
  w: ReadonlyMap<string, number>,
): SentencePair[] {
  const [as, bs] = [ctx.a.sentences.filter(carriesClaims), ctx.b.sentences.filter(carriesClaims)];
  // Each sentence's lemma sets and weight, computed once.
  const profile = new Map(
    [...as, ...bs].map((s) => {
      const all = lemmasOf.get(s) ?? new Set<string>();
      return [s, { all, plain: plain(s), weight: sharedWeight(all, all, w) }] as const;
    }),
  );
  const index = new Map<string, Sentence[]>();
  for (const b of bs) {
    for (const l of profile.get(b)?.all ?? [])
      if ((w.get(l) ?? 0) >= RARE) {
        const list = index.get(l);
        if (list) list.push(b);
        else index.set(l, [b]);
      }
  }
  const pairs: SentencePair[] = [];
  for (const a of as) {
    const pa = profile.get(a);
    if (!pa) continue;
    const seen = new Set<Sentence>();
    for (const l of pa.all) {
      for (const b of index.get(l) ?? []) {
        const pb = profile.get(b);
        if (seen.has(b) || !pb) continue;
        seen.add(b);
        const shared = sharedWeight(pa.all, pb.all, w);
        const cover = shared / Math.min(pa.weight, pb.weight);
        if (shared < SHARED_MIN || cover < COVER_MIN || !sharesAct(a, b, w, cover)) continue;
        // Names and titles alone ("Tomas Ostrander, senior director") are who, not what.
        if (sharedWeight(pa.plain, pb.plain, w) < SHARED_MIN / 2) continue;
        const words = [...pa.all]
          .filter((x) => pb.all.has(x))
          .sort((x, y) => (w.get(y) ?? 0) - (w.get(x) ?? 0) || (x < y ? -1 : 1));
        pairs.push({ a, b, shared, cover, words });
      }
    }
  }
  return oneToOne(pairs);
}

/** Greedy one-to-one by shared × cover; ties by the unordered pair of offsets (the symmetry law). */
function oneToOne(pairs: SentencePair[]): SentencePair[] {
  const key = (p: SentencePair) => [Math.min(p.a.start, p.b.start), Math.max(p.a.start, p.b.start)];
  const strength = (p: SentencePair) => Math.round(p.shared * p.cover * 1000);
  const sorted = [...pairs].sort((x, y) => {
    if (strength(y) !== strength(x)) return strength(y) - strength(x);
    const [kx, ky] = [key(x), key(y)];
    return kx[0] - ky[0] || kx[1] - ky[1];
  });
  const [usedA, usedB] = [new Set<string>(), new Set<string>()];
  return sorted.filter((p) => {
    if (usedA.has(p.a.id) || usedB.has(p.b.id)) return false;
    usedA.add(p.a.id);
    usedB.add(p.b.id);
    return true;
  });
}
