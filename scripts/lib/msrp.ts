import type { AnalyzedSource } from '../../src/model/analyzed-source.js';
import type { IdfTable } from '../../src/stages/align/idf.js';
import { mergeProfiles, profileSentence, type SentenceProfile } from '../../src/stages/align/profile.js';

/** One pair of the Microsoft Research Paraphrase Corpus (Dolan & Brockett 2005). */
export interface MsrpPair {
  /** 1 when annotators judged the two sentences to say the same thing. */
  quality: 0 | 1;
  first: string;
  second: string;
}

/**
 * Parses MSRP's tab-separated format: a header line, then Quality, #1 ID, #2 ID,
 * #1 String, #2 String. Blank lines are skipped; a line with fewer fields is an error.
 */
export function parseMsrp(tsv: string): MsrpPair[] {
  const lines = tsv
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .slice(1);
  const pairs: MsrpPair[] = [];
  lines.forEach((line, i) => {
    if (line.trim() === '') return;
    const fields = line.split('\t');
    if (fields.length < 5 || !/^[01]$/.test(fields[0])) {
      throw new Error(`line ${i + 2}: expected Quality, #1 ID, #2 ID, #1 String, #2 String`);
    }
    pairs.push({ quality: fields[0] === '1' ? 1 : 0, first: fields[3], second: fields[4] });
  });
  return pairs;
}

/**
 * Profiles a whole source as one text: every sentence, whatever its role. An MSRP sentence
 * analyzed as a tiny source may come out as two sentences, or as a headline.
 */
export function profileWhole(source: AnalyzedSource, idf: IdfTable): SentenceProfile {
  const profiles = source.sentences.map((s) =>
    profileSentence(
      s,
      idf,
      source.meta.published,
      source.claims.filter((c) => c.sentence === s.id),
    ),
  );
  if (profiles.length === 0) throw new Error(`${source.path}: no sentence to compare`);
  return profiles.reduce(mergeProfiles);
}
