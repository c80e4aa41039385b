import { readFileSync } from 'node:fs';

/**
 * Inverse document frequency of lemmas, counted over sentences of a background corpus
 * (built by `npm run fit:align -- --idf`; see the `source` field of `idf.data.json`).
 * Rare lemmas ("astana", "zhainakov") weigh more than common ones ("say", "year").
 */
export interface IdfTable {
  /** Where the counts come from. */
  source: string;
  /** Number of sentences counted. */
  documents: number;
  /** Weight of a lemma the table does not list (seen fewer than `minDf` times). */
  unknown: number;
  weights: Map<string, number>;
}

/** The table as stored on disk: lemma → idf rounded to 3 decimals. */
export interface IdfFile {
  source: string;
  documents: number;
  minDf: number;
  unknown: number;
  idf: Record<string, number>;
}

let cached: IdfTable | undefined;

/** Loads the shipped table once per process. */
export function loadIdf(): IdfTable {
  if (cached) return cached;
  const file = JSON.parse(readFileSync(new URL('./idf.data.json', import.meta.url), 'utf8')) as IdfFile;
  cached = {
    source: file.source,
    documents: file.documents,
    unknown: file.unknown,
    weights: new Map(Object.entries(file.idf)),
  };
  return cached;
}

/** A lemma's weight in `idf`, its `unknown` weight for a lemma it does not list. */
export const weightIn = (idf: IdfTable, lemma: string): number => idf.weights.get(lemma) ?? idf.unknown;

/**
 * How rare a lemma is: its weight in the shipped table (weightIn). One function for the process,
 * so that compare can keep what it derives with it (omission's word anchors) across pairs (issue 13).
 */
export const idfWeight = (lemma: string): number => weightIn(loadIdf(), lemma);

/** Smoothed idf: log((N + 1) / (df + 1)) + 1, so that even the commonest lemma keeps some weight. */
export const idfValue = (documents: number, df: number): number => Math.log((documents + 1) / (df + 1)) + 1;

/**
 * Counts, for each lemma, the documents (here: sentences) that contain it, and turns the
 * counts into an idf table. Lemmas seen fewer than `minDf` times are left out and get `unknown`.
 */
export function buildIdf(documents: Iterable<ReadonlySet<string>>, source: string, minDf = 2): IdfFile {
  const df = new Map<string, number>();
  let count = 0;
  for (const doc of documents) {
    count++;
    for (const lemma of doc) df.set(lemma, (df.get(lemma) ?? 0) + 1);
  }
  const idf: Record<string, number> = {};
  for (const [lemma, n] of [...df].sort((x, y) => (x[0] < y[0] ? -1 : 1))) {
    if (n >= minDf) idf[lemma] = Math.round(idfValue(count, n) * 1000) / 1000;
  }
  const unknown = Math.round(idfValue(count, 1) * 1000) / 1000;
  return { source, documents: count, minDf, unknown, idf };
}
