import type { Stance } from '../model/claim.js';
import { loadLexicon } from './load.js';

/** A reporting cue of `data/reporting-verbs.yaml` or `data/reporting-verbs-wordnet.yaml` (derived from WordNet 3.1). */
export interface ReportingCue {
  /** Verb lemma (`say`, `claim`), lower-cased phrase (`according to`, `call for`) or punctuation (`:`). */
  lemma: string;
  /**
   * `noun` and `document` cues come from `data/reporting-nouns.yaml` (nominal.ts); `headline` marks a
   * verb of this lexicon found by its form in a title-case headline (headline.ts); `topic` a noun
   * with a noun phrase after its preposition ("criticism of the plan", topic.ts); `passive` a verb
   * of this lexicon as a passive participle ("was criticized", passive.ts).
   */
  kind:
    | 'verb'
    | 'phrase'
    | 'punctuation'
    | 'adverb'
    | 'hedge'
    | 'noun'
    | 'document'
    | 'survey'
    | 'headline'
    | 'topic'
    | 'passive';
  /** The stance the cue gives its content. */
  stance: Exclude<Stance, 'fact'>;
  /**
   * `any`: opens a content clause directly; `that`: only with that/colon/quote, or postposed;
   * `object`: the object or infinitive is the content too ("called for talks");
   * `label`: an object with a quoted or predicate label ("called it “reckless”", "called him a liar");
   * `act`: only a "to"-infinitive, an act the speaker refuses, and no proposition ("declined to comment");
   * `clause`: as `that`, but the that, colon or quote right after the verb (WordNet's frame 26,
   * "Somebody ----s that CLAUSE"; not "pleaded guilty to a count that …");
   * `topic`: only an object noun phrase, what the speech is about and no proposition ("downplayed the
   * risks"; the WordNet-derived verbs of an object frame, reporting-verbs-wordnet.yaml).
   */
  frame: 'any' | 'that' | 'clause' | 'object' | 'label' | 'act' | 'topic';
}

/** A phrase cue as words: the first matched by lemma, the rest as written. */
export interface PhraseCue {
  words: string[];
  cue: ReportingCue;
}

interface Index {
  verbs: Map<string, ReportingCue>;
  /** The verbs derived from WordNet 3.1 that the hand lexicon lacks. */
  derived: Map<string, ReportingCue>;
  /** Phrases by the lemma of their first word, longest first. */
  phrases: Map<string, PhraseCue[]>;
}

let index: Index | undefined;

/** Indexes the lexicon once; loadLexicon has checked every entry against its schema (entry-schemas.ts). */
function load(): Index {
  if (index) return index;
  const entries = loadLexicon<ReportingCue>('reporting-verbs').entries;
  const verbs = new Map<string, ReportingCue>();
  const phrases = new Map<string, PhraseCue[]>();
  // WordNet-derived entries hold no lemma of the hand-chosen ones: the generator leaves them out
  // (scripts/wordnet/generate-reporting-cues.ts) and a test holds the committed file to it.
  const derived = new Map<string, ReportingCue>();
  for (const cue of loadLexicon<ReportingCue>('reporting-verbs-wordnet').entries) derived.set(cue.lemma, cue);
  for (const cue of entries) {
    if (cue.kind === 'verb' || cue.kind === 'adverb') verbs.set(cue.lemma, cue);
    else if (cue.kind === 'punctuation') phrases.set(cue.lemma, [{ words: [cue.lemma], cue }]);
    else {
      const words = cue.lemma.split(' ');
      const list = phrases.get(words[0]) ?? [];
      list.push({ words, cue });
      list.sort((x, y) => y.words.length - x.words.length);
      phrases.set(words[0], list);
    }
  }
  index = { verbs, derived, phrases };
  return index;
}

/**
 * The reporting verb of the hand lexicon with this lemma (`said` → `say`), or undefined. The compare
 * and segment stages ask this one, so that the WordNet-derived cues change only extraction.
 */
export function reportingVerb(lemma: string): ReportingCue | undefined {
  const cue = load().verbs.get(lemma);
  return cue?.kind === 'verb' ? cue : undefined;
}

/** The reporting verb or WordNet-derived verb of communication with this lemma: the extractor's cues. */
export function cueVerb(lemma: string): ReportingCue | undefined {
  return reportingVerb(lemma) ?? load().derived.get(lemma);
}

/** The hedging adverb (`reportedly`, `allegedly`), or undefined when the word is not one. */
export function hedgeAdverb(lower: string): ReportingCue | undefined {
  const cue = load().verbs.get(lower);
  return cue?.kind === 'adverb' ? cue : undefined;
}

/** Multi-word cues whose first word has this lemma (`call` → `call for`, `call on`), longest first. */
export function phrasesStartingWith(lemma: string): readonly PhraseCue[] {
  return load().phrases.get(lemma) ?? [];
}

/** The frame of a cue by its lemma (`accuse` → `object`), or undefined for an unknown lemma. */
export function cueFrame(lemma: string): ReportingCue['frame'] | undefined {
  return (
    (load().verbs.get(lemma) ?? load().derived.get(lemma))?.frame ??
    phrasesStartingWith(lemma.split(' ')[0]).find((p) => p.cue.lemma === lemma)?.cue.frame
  );
}
