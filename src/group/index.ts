import { csvDelimiterHint } from '../corpus/csv-delimiter.js';
import {
  type ColumnMap,
  type CorpusArticle,
  corpusFormat,
  describeSkip,
  readCorpus,
} from '../corpus/index.js';
import { UserError } from '../errors.js';
import { type ClusterDoc, clusterDocs, type LinkOptions } from './cluster.js';
import { articleKey, eventId } from './event-id.js';
import { Vocabulary } from './terms.js';
import { toVector, type VectorOptions } from './vectors.js';

/** Options of `crosscheck group`. */
export interface GroupOptions extends LinkOptions, VectorOptions {
  columns: ColumnMap;
}

/** Defaults fitted on the tune part of the dev corpora (scripts/eval-group.ts). */
export const GROUP_DEFAULTS = { threshold: 0.15, windowDays: 3, topTerms: 40, maxDf: 200 };

/** The event of every usable row, by its place among the usable rows, and the rows skipped. */
export interface Grouping {
  events: string[];
  /** `line 12: no text`, one per skipped row. */
  skipped: string[];
  /** Events that `group` made (rows with an event of their own keep it and are not counted). */
  made: number;
}

const UNDATED = 1e9;
const EMPTY_TERMS = new Uint32Array(0);
const EMPTY_COUNTS = new Uint16Array(0);
const toDayNumber = (day: string | undefined): number =>
  day === undefined ? UNDATED : Math.round(Date.parse(`${day}T00:00:00Z`) / 86_400_000);

/** A row to group, as the first pass leaves it: its words as term ids until it becomes a vector. */
interface PendingDoc {
  ordinal: number;
  key: string;
  outlet: string;
  day?: string;
  terms: Uint32Array;
  counts: Uint16Array;
}

/** The one pass over the corpus: each row's event or words; the vocabulary's strings stay inside. */
async function readRows(path: string, options: GroupOptions) {
  const vocabulary = new Vocabulary();
  const events: string[] = [];
  const skipped: string[] = [];
  const pending: PendingDoc[] = [];
  for await (const entry of readCorpus(path, options.columns)) {
    if ('problem' in entry) {
      skipped.push(describeSkip(entry));
      continue;
    }
    const { article } = entry;
    events.push(article.event ?? '');
    if (article.event !== undefined) continue;
    const { terms, counts } = vocabulary.add(groupingText(article));
    pending.push({
      ordinal: events.length - 1,
      key: articleKey(article),
      outlet: article.outlet.toLowerCase(),
      day: article.published,
      terms,
      counts,
    });
  }
  return { events, skipped, pending, df: vocabulary.df };
}

/**
 * Groups a corpus's articles into events in one streaming pass: rows that name an event keep
 * it; the others are linked by content and date (cluster.ts) and named by their members
 * (event-id.ts). Throws a UserError when no row is usable.
 */
export async function groupCorpus(path: string, options: GroupOptions): Promise<Grouping> {
  const { events, skipped, pending, df } = await readRows(path, options);
  if (events.length === 0) throw noUsableRow(path, skipped);
  const docs: ClusterDoc[] = pending.map((p) => {
    const vector = toVector(p.terms, p.counts, df, pending.length, options);
    // The words are done with once the vector is made: let them go before clustering.
    p.terms = EMPTY_TERMS;
    p.counts = EMPTY_COUNTS;
    return { vector, day: toDayNumber(p.day), outlet: p.outlet, key: p.key };
  });
  const roots = clusterDocs(docs, options);
  const members = new Map<number, number[]>();
  roots.forEach((root, i) => {
    const group = members.get(root);
    if (group) group.push(i);
    else members.set(root, [i]);
  });
  for (const group of members.values()) {
    const days = group.flatMap((i) => (pending[i].day ? [pending[i].day as string] : [])).sort();
    const id = eventId(
      group.map((i) => pending[i].key),
      days[0],
    );
    for (const i of group) events[pending[i].ordinal] = id;
  }
  return { events, skipped, made: members.size };
}

/**
 * Why no row of a corpus is usable. A CSV separated by ';' or tabs is named as such: its rows all
 * fail, and its multi-line cells make the skip count a count of lines (user trial 18, item 21).
 */
function noUsableRow(path: string, skipped: string[]): UserError {
  const delimiter = corpusFormat(path) === 'csv' ? csvDelimiterHint(path) : undefined;
  if (delimiter) {
    return new UserError(
      'bad-corpus',
      `${path} has no usable article: ${delimiter}`,
      "save it as comma-separated CSV (in Excel: 'CSV UTF-8 (Comma delimited)')",
      path,
    );
  }
  const first = skipped[0] ? ` (first: ${skipped[0]})` : '';
  return new UserError(
    'bad-corpus',
    `${path} has no usable article: ${skipped.length} row(s) skipped${first}`,
    'each row needs a text and an outlet (or a url); map other column names with --columns',
    path,
  );
}

/** The title counts with the text: headlines name the story in few words. */
function groupingText(article: CorpusArticle): string {
  return article.title ? `${article.title}\n${article.text}` : article.text;
}
