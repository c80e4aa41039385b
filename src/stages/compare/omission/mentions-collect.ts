import type { AnalyzedSource } from '../../../model/analyzed-source.js';
import type { Claim } from '../../../model/claim.js';
import type { Sentence, Token } from '../../../model/source.js';
import { figureInterval } from '../facts/interval.js';
import { initialsOf, invertedInitials, isCapital, isConnector, joinsName } from './acronyms.js';
import { acronymOf, eachForm, reporting, writtenNumbers } from './mention-forms.js';
import type { Mentions } from './mentions.js';
import { partiesNamed } from './party-run.js';
import { placedStateNames } from './placed-states.js';
import { claimsBySentence } from './source-index.js';

// Inputs: an analysed source. What it mentions (mentions.ts `Mentions`), whole, by sentence and by
// window, read in one pass over its words; mentions.ts keeps the result once per source.

/** What a source mentions: the whole article, each reporting sentence alone, each window (`windowsOf`). */
export interface Collected {
  whole: Mentions;
  single: Mentions[];
  windows: Mentions[];
}

const noMentions = (): Mentions => ({
  capitals: new Set(),
  acronyms: new Set(),
  lemmas: new Set(),
  numbers: [],
  dates: [],
  counted: new Set(),
  subtypes: new Set(),
  figures: [],
  related: new Map(),
  parties: new Set(),
  states: new Set(),
});

/** What one sentence's words mention (not its claims): its names, initials, lemmas and written numbers. */
function collectWords(sentence: Sentence): Mentions {
  const m = noMentions();
  let run: Token[] = [];
  const closeRun = () => {
    if (run.length === 0) return;
    for (const initials of initialsOf(run)) m.acronyms.add(initials);
    run = [];
  };
  const addForm = (form: string) => m.lemmas.add(form);
  sentence.tokens.forEach((t, i) => {
    eachForm(t, addForm);
    addCompound(m, t, sentence.tokens[i + 1]);
    if (isCapital(t)) {
      m.capitals.add(t.text);
      m.acronyms.add(acronymOf(t.text));
      for (const initials of invertedInitials(sentence.tokens, i)) m.acronyms.add(initials);
      if (t.pos === 'PROPN') run.push(t);
      else closeRun();
    } else if (run.length > 0 && (isConnector(t) || joinsName(run, t))) run.push(t);
    else closeRun();
  });
  closeRun();
  for (const party of partiesNamed(sentence)) m.parties.add(party);
  for (const state of placedStateNames(sentence)) m.states.add(state);
  m.numbers.push(...writtenNumbers(sentence.tokens));
  return m;
}

/**
 * What the whole article mentions, what each reporting sentence mentions alone and each window:
 * every sentence's words read once (issue 13: the whole article and its sentences were read
 * apart, each word twice). The whole gets each sentence's words in text order, then every claim
 * of the source in its order: what one pass over the whole article added, in the same order, so
 * its sets iterate as before.
 */
export function collectAll(source: AnalyzedSource): Collected {
  const sentences = source.sentences.filter(reporting);
  const words = sentences.map(collectWords);
  const all = noMentions();
  for (const w of words) {
    for (const key of ['capitals', 'acronyms', 'lemmas', 'parties', 'states'] as const)
      for (const v of w[key]) all[key].add(v);
    all.numbers.push(...w.numbers);
  }
  for (const claim of source.claims) addClaim(all, claim);
  // A sentence alone: its words (read above, not shared with the whole), then its own claims.
  const claims = claimsBySentence(source);
  const single = sentences.map((s, i) => {
    for (const claim of claims.get(s.id) ?? []) addClaim(words[i], claim);
    return words[i];
  });
  const windows = sentences.map((s, i) => {
    const next = sentences[i + 1];
    return next && next.paragraph === s.paragraph ? merged(single[i], single[i + 1]) : single[i];
  });
  return { whole: all, single, windows };
}

/** Words a particle follows in a phrasal verb ("shut down", "set up"). */
const PARTICLE_TAGS = new Set(['ADP', 'ADV', 'PART']);

/**
 * A phrasal verb mentions the noun compounded from it: "shut down" the "shutdown", "set up" the
 * "setup" (Quirk et al. 1985, App. I.44: nouns from phrasal verbs), so a headline's "Shutdown"
 * is found in "would shut down the plant" (issue 10, user trial 12).
 */
function addCompound(m: Mentions, verb: Token, particle: Token | undefined): void {
  if (
    verb.pos !== 'VERB' ||
    !particle ||
    !PARTICLE_TAGS.has(particle.pos) ||
    !/^\p{Ll}+$/u.test(particle.text)
  )
    return;
  m.lemmas.add(verb.lemma + particle.lower);
  m.lemmas.add(verb.lower + particle.lower);
}

/** What two parts of an article mention together. */
function merged(x: Mentions, y: Mentions): Mentions {
  // p's members, then q's new ones, as `new Set([...p, ...q])` without the two arrays (issue 13).
  const union = <T>(p: Set<T>, q: Set<T>) => {
    const out = new Set(p);
    for (const v of q) out.add(v);
    return out;
  };
  return {
    capitals: union(x.capitals, y.capitals),
    acronyms: union(x.acronyms, y.acronyms),
    lemmas: union(x.lemmas, y.lemmas),
    numbers: [...x.numbers, ...y.numbers],
    dates: [...x.dates, ...y.dates],
    counted: union(x.counted, y.counted),
    subtypes: union(x.subtypes, y.subtypes),
    figures: [...x.figures, ...y.figures],
    related: new Map(),
    parties: union(x.parties, y.parties),
    states: union(x.states, y.states),
  };
}

function addClaim(m: Mentions, claim: Claim): void {
  if (claim.kind === 'quantity') {
    for (const v of [claim.value, claim.min, claim.max])
      if (v !== undefined && Number.isFinite(v)) m.numbers.push(v);
    m.subtypes.add(claim.subtype);
    const interval = figureInterval(claim);
    if (interval) m.figures.push(interval);
    if (claim.noun && (claim.subtype === 'count' || claim.subtype === 'casualty'))
      m.counted.add(`${claim.subtype}:${claim.noun}`);
  }
  if (claim.kind === 'date' && claim.interval) m.dates.push([claim.interval.start, claim.interval.end]);
}
