// Which WordNet senses make a verb a reporting cue, and with which frame (generate-reporting-cues.ts).
import type { Synset } from './read-wordnet.js';

/**
 * WordNet 3.1's lexicographer file of verbs of speech. verb.cognition ("plan", "choose", "rely") was
 * measured too: on PolNeAR dev's tune part its 245 lemmas added 6 true cues for 21 predictions.
 */
const LEX_FILES = new Set(['verb.communication']);

/** WordNet's generic verb frames (wndb(5), "Verb frames"). */
const THAT_CLAUSE = 26; // "Somebody ----s that CLAUSE"
const OBJECT_FRAMES = [8, 9]; // "Somebody ----s something", "Somebody ----s somebody"

/** The sense a lemma is listed for, its rank (1 = most frequent) and the cue frame it gives. */
export interface CueSense {
  rank: number;
  synset: Synset;
  frame: 'clause' | 'topic';
}

// The selection below was measured on PolNeAR dev's tune part (issue 11; README, Attribution):
// object-frame verbs with more senses ("face", "file", "plan", "mean") mostly misfire as cues, and a
// second sense helps only with its that-clause (rank 3 and beyond added nothing).
/** Senses read per lemma, most frequent first. */
const MAX_RANK = 2;
/** An object-frame entry only for a lemma with at most this many verb senses in all. */
const MAX_SENSES_OBJECT = 2;

function frameOf(s: Synset): CueSense['frame'] | undefined {
  if (s.frames.includes(THAT_CLAUSE)) return 'clause';
  if (OBJECT_FRAMES.some((f) => s.frames.includes(f))) return 'topic';
  return undefined;
}

/**
 * The sense that lists a lemma, if any: its most frequent sense when that is one of communication
 * with a that-clause or object frame (an object frame only for a lemma of at most two senses), else
 * its second sense with a that-clause frame. Later senses are not read: "attack" is
 * first a verb of contact ("attacked the town"), so its communication sense would mostly misfire.
 */
export function selectSenses(senses: readonly Synset[]): CueSense | undefined {
  for (let i = 0; i < Math.min(MAX_RANK, senses.length); i++) {
    const s = senses[i];
    if (!LEX_FILES.has(s.lexFile)) continue;
    const frame = frameOf(s);
    if (!frame) continue;
    // A later sense counts only with the syntax of its that-clause frame.
    if (i > 0 && frame !== 'clause') continue;
    if (frame === 'topic' && senses.length > MAX_SENSES_OBJECT) continue;
    return { rank: i + 1, synset: s, frame };
  }
  return undefined;
}

/** One YAML entry (flow style, as in reporting-verbs.yaml) citing the sense it was derived from. */
export function cueEntryYaml(lemma: string, pick: CueSense): string {
  const { synset, rank, frame } = pick;
  const gloss = synset.gloss.split(';')[0].replace(/["\\]/g, '').trim();
  const source = `Princeton WordNet 3.1, ${synset.lexFile}, sense ${rank} (synset ${synset.offset}), frames ${synset.frames.join(', ')}`;
  return `  - { lemma: "${lemma}", kind: verb, stance: said, frame: ${frame},\n      source: "${source}",\n      note: "${gloss}" }\n`;
}
