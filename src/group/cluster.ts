import type { TermVector } from './vectors.js';

/** What links two documents into one event. */
export interface LinkOptions {
  /** Least cosine of two documents' vectors. */
  threshold: number;
  /** Most days between two documents' publication dates. */
  windowDays: number;
}

/** A document to cluster: its vector and its day (days since 1970; undated documents share one far day). */
export interface ClusterDoc {
  vector: TermVector;
  day: number;
  outlet: string;
  /** A key independent of input order (event-id.ts), to break ties between equal links. */
  key: string;
}

interface Link {
  a: number;
  b: number;
  score: number;
}

/**
 * Clusters documents into events: every pair within the date window whose cosine reaches the
 * threshold is a link (findLinks), and links are taken strongest first, joining two clusters
 * unless they hold articles of the same outlet. An event is what batch compares, one article
 * per outlet; the rule also stops a chain of weak links from gluing two stories together.
 * Returns a root index per document; the clusters do not depend on input order.
 */
export function clusterDocs(docs: ClusterDoc[], options: LinkOptions): Int32Array {
  const links = findLinks(docs, options);
  links.sort((x, y) => y.score - x.score || tieKey(docs, x).localeCompare(tieKey(docs, y)));
  const parent = Int32Array.from(docs, (_, i) => i);
  const outlets = docs.map((doc) => new Set([doc.outlet]));
  const find = (x: number): number => {
    while (parent[x] !== x) x = parent[x] = parent[parent[x]];
    return x;
  };
  for (const { a, b } of links) {
    let [ra, rb] = [find(a), find(b)];
    if (ra === rb) continue;
    if (outlets[ra].size < outlets[rb].size) [ra, rb] = [rb, ra];
    if ([...outlets[rb]].some((outlet) => outlets[ra].has(outlet))) continue;
    for (const outlet of outlets[rb]) outlets[ra].add(outlet);
    parent[rb] = ra;
  }
  return Int32Array.from(docs, (_, i) => find(i));
}

function tieKey(docs: ClusterDoc[], link: Link): string {
  const [x, y] = [docs[link.a].key, docs[link.b].key].sort();
  return `${x}${y}`;
}

/**
 * Every pair of documents within the date window whose cosine reaches the threshold. Candidates
 * come from an inverted index (term → documents), so only documents that share a term are ever
 * scored, and documents are visited in day order so that a posting list stops at the window's end.
 */
function findLinks(docs: ClusterDoc[], options: LinkOptions): Link[] {
  const order = docs.map((_, i) => i).sort((x, y) => docs[x].day - docs[y].day || x - y);
  const postings = new Map<number, { doc: number[]; weight: number[] }>();
  for (const i of order) {
    const { terms, weights } = docs[i].vector;
    for (let k = 0; k < terms.length; k++) {
      let list = postings.get(terms[k]);
      if (!list) {
        list = { doc: [], weight: [] };
        postings.set(terms[k], list);
      }
      list.doc.push(i);
      list.weight.push(weights[k]);
    }
  }
  const links: Link[] = [];
  const score = new Float64Array(docs.length);
  const rank = new Int32Array(docs.length);
  order.forEach((doc, r) => {
    rank[doc] = r;
  });
  for (const i of order) {
    const touched: number[] = [];
    const { terms, weights } = docs[i].vector;
    for (let k = 0; k < terms.length; k++) {
      const list = postings.get(terms[k]) as { doc: number[]; weight: number[] };
      // Posting lists are in day order: skip to the documents after i, stop past the window.
      for (let p = lowerBound(list.doc, rank, rank[i] + 1); p < list.doc.length; p++) {
        const j = list.doc[p];
        if (docs[j].day - docs[i].day > options.windowDays) break;
        if (score[j] === 0) touched.push(j);
        score[j] += weights[k] * list.weight[p];
      }
    }
    for (const j of touched) {
      if (score[j] >= options.threshold) links.push({ a: i, b: j, score: score[j] });
      score[j] = 0;
    }
  }
  return links;
}

/** The first position in a day-ordered posting list whose document ranks at or after `r`. */
function lowerBound(list: number[], rank: Int32Array, r: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (rank[list[mid]] < r) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
