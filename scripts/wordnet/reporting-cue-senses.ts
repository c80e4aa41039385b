// Which WordNet senses make a verb a reporting cue, and with which frame (generate-reporting-cues.ts).
import { LEX_FILES, type Synset } from './read-wordnet.js';

/** WordNet's generic verb frames (wndb(5), "Verb frames"). */
export const THAT_CLAUSE = 26; // "Somebody ----s that CLAUSE"
export const OBJECT_FRAMES = [8, 9]; // "Somebody ----s something", "Somebody ----s somebody"

/**
 * A published class of verb senses listed whole: the senses of WordNet 3.1's lexicographer files
 * `lexFiles` among a lemma's `maxRank` most frequent ones that carry one of `frames`, each listed
 * with the cue frame `cue`. Classes are tried in order for each sense, most frequent sense first.
 */
export interface SenseClass {
  id: string;
  lexFiles: readonly string[];
  /** Senses read per lemma, most frequent first (WordNet's index orders them by tagged frequency). */
  maxRank: number;
  frames: readonly number[];
  /** The cue frame of its entries (ReportingCue['frame'], src/lexicons/reporting-verbs.ts). */
  cue: 'clause' | 'that' | 'any' | 'topic' | 'object';
  /** Only for a lemma of at most this many verb senses in all. */
  maxSenses?: number;
}

/** The sense a lemma is listed for, its rank (1 = most frequent), the cue frame it gives and its class. */
export interface CueSense {
  rank: number;
  synset: Synset;
  frame: SenseClass['cue'];
  classId: string;
}

export const SPEAKER_FRAMES = [2, 22, 27]; // "Somebody ----s", "Somebody ----s PP", "Somebody ----s to somebody"
export const COMMUNICATION = ['verb.communication'];
export const COGNITION = ['verb.cognition'];
/** Every other verb file: the that-clause verbs of social acts, creation, perception, emotion, …. */
export const OTHER_FILES = LEX_FILES.filter(
  (f) => f.startsWith('verb.') && ![...COMMUNICATION, ...COGNITION].includes(f),
);

// Each class was measured on PolNeAR dev's tune part (issue 11; figures in the README, Attribution):
// object-frame verbs with more senses ("face", "file", "plan", "mean") mostly misfire as cues, and a
// second or later sense helps only with its that-clause, and only for verbs of speech ("see" and
// "set" are first verbs of perception and contact; their second senses are of thought). "attack"
// is first a verb of contact ("attacked the town"), so its communication sense (the second) would
// mostly misfire with an object frame.
/** The classes the committed lexicon lists, in the order they are tried for each sense. */
export const SENSE_CLASSES: readonly SenseClass[] = [
  // Speech with a that-clause: that, colon or quote right after the verb ("averred that").
  { id: 'communication-clause', lexFiles: COMMUNICATION, maxRank: 2, frames: [THAT_CLAUSE], cue: 'clause' },
  // Speech about a topic ("The senator downplayed the risks"): what was said about, no proposition.
  {
    id: 'communication-object',
    lexFiles: COMMUNICATION,
    maxRank: 1,
    frames: OBJECT_FRAMES,
    cue: 'topic',
    maxSenses: 2,
  },
];

const admits = (c: SenseClass, s: Synset, rank: number, senseCount: number): boolean =>
  rank <= c.maxRank &&
  c.lexFiles.includes(s.lexFile) &&
  c.frames.some((f) => s.frames.includes(f)) &&
  senseCount <= (c.maxSenses ?? Number.POSITIVE_INFINITY);

/** The sense that lists a lemma, if any: its most frequent sense that one of `classes` admits. */
export function selectSenses(
  senses: readonly Synset[],
  classes: readonly SenseClass[] = SENSE_CLASSES,
): CueSense | undefined {
  for (const [i, synset] of senses.entries()) {
    const c = classes.find((k) => admits(k, synset, i + 1, senses.length));
    if (c) return { rank: i + 1, synset, frame: c.cue, classId: c.id };
  }
  return undefined;
}

/** One YAML entry (flow style, as in reporting-verbs.yaml) citing the sense it was derived from. */
export function cueEntryYaml(lemma: string, pick: CueSense): string {
  const { synset, rank, frame, classId } = pick;
  const gloss = synset.gloss.split(';')[0].replace(/["\\]/g, '').trim();
  const source = `Princeton WordNet 3.1, ${synset.lexFile}, sense ${rank} (synset ${synset.offset}), frames ${synset.frames.join(', ')}; class ${classId}`;
  return `  - { lemma: "${lemma}", kind: verb, stance: said, frame: ${frame},\n      source: "${source}",\n      note: "${gloss}" }\n`;
}
