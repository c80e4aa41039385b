import { isCommunicationNoun } from '../lexicons/nominal-cues.js';
import { reportingNoun } from '../lexicons/reporting-nouns.js';
import { isRoleNoun } from '../lexicons/role-nouns.js';
import { roleKind } from '../lexicons/speaker-kinds.js';
import { entityWords, functionWords } from '../lexicons/word-sets.js';

// The head noun of a speaker mention, and the lemmas speaker-kind.ts looks it up by: the last
// word before a complement or relative clause ("a spokesman" of "a spokesman for the ministry"),
// its singulars, whether it is a role noun or names a document (WordNet 3.1 classes).

/** WordNet 3.1 group.n.01: the nouns of bodies that may open a plural name of people ('Senate'). */
export const GROUP = '00031563';
/** WordNet 3.1 people.n.01 ('(plural) any group of human beings'): people who are not a body. */
export const PEOPLE = '07958392';
/** Words that open a relative clause after the head. */
const RELATIVE = new Set(['who', 'whom', 'whose', 'which', 'that']);

/** The words of a mention's first part up to a complement or relative clause: "a spokesman" of "a spokesman for the ministry". */
export function headPhrase(text: string): string[] {
  const part = text.split(/[,()—–;:]/u).find((p) => p.trim() !== '') ?? '';
  const words = part.split(/\s+/u).filter((w) => w !== '');
  const stop = words.findIndex(
    (w, i) =>
      i > 0 &&
      (RELATIVE.has(w.toLowerCase()) ||
        functionWords('phrase-link').has(w.toLowerCase()) ||
        functionWords('amount-link').has(w.toLowerCase())),
  );
  return stop < 0 ? words : words.slice(0, stop);
}

/** Candidate lemmas of a lower-case noun: itself, then its singulars ("officials", "chairmen", "agencies"). */
export function lemmas(word: string): string[] {
  const w = word
    .toLowerCase()
    .replace(/[^\p{L}'’]/gu, '')
    .replace(/['’]s?$/u, '');
  return [w, w.replace(/ies$/u, 'y'), w.replace(/es$/u, ''), w.replace(/s$/u, ''), w.replace(/men$/u, 'man')];
}

/**
 * The role noun a head word stands for, a singular first: WordNet has the plural "leaders" as a
 * lemma of leadership.n.02, a body, but "party leaders" are people (review of kind9, 9).
 */
export function roleLemma(word: string): string | undefined {
  const [w, ...singulars] = lemmas(word);
  return singulars.filter((l) => l !== w).find(isRoleNoun) ?? (isRoleNoun(w) ? w : undefined);
}

/** Whether a noun names a text, a survey or a message (WordNet noun.communication, reporting nouns). */
export const isDocumentNoun = (lemma: string) =>
  isCommunicationNoun(lemma) ||
  reportingNoun(lemma, 'document') !== undefined ||
  reportingNoun(lemma, 'statement') !== undefined;

/**
 * Whether a word as written (lower-cased, not lemmatised) is one that closes a body's name
 * (entity-words.yaml `organisation-head`, `corporate-suffix`): "Motors", "Corp.".
 */
export const isBodyWord = (lower: string): boolean =>
  entityWords('organisation-head').has(lower) || entityWords('corporate-suffix').has(lower);

/** Whether a lower-case noun names a company or another body (WordNet organisation, entity-words.yaml `organisation-head`). */
export const isOrganisationNoun = (word: string): boolean =>
  lemmas(word).some((l) => roleKind(l) === 'organisation' || entityWords('organisation-head').has(l));
