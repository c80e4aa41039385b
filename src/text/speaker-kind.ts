import { isCommunicationNoun } from '../lexicons/nominal-cues.js';
import { reportingNoun } from '../lexicons/reporting-nouns.js';
import { ancestors, isPersonOrOrganisation, isRoleNoun } from '../lexicons/role-nouns.js';
import { roleKind, type SpeakerKind, saysUnnamed } from '../lexicons/speaker-kinds.js';
import { functionWords } from '../lexicons/word-sets.js';
import { bare } from './name-runs.js';
import { type MentionName, mentionName } from './speaker-name.js';

// What kind of speaker a claim is attributed to (user trials 7 and 8: "which outlet attributes
// claims to officials, which to anonymous sources, which to documents"), from the resolved
// mention alone: its head noun (the last word before a complement: "a spokesman for the ministry")
// and its name (speaker-name.ts). Nouns are classed by WordNet 3.1 (lexicons/speaker-kinds.ts,
// role-nouns.ts, nominal-cues.ts, reporting-nouns.ts), unnamed speakers by the AP Stylebook.

const PRONOUN = /^(?:he|she|it|they|we|i|you|him|her|them|us|me)$/iu;
/** WordNet 3.1 group.n.01: the nouns of bodies that may open a plural name of people ('Senate'). */
const GROUP = '00031563';
/** WordNet 3.1 people.n.01 ('(plural) any group of human beings'): people who are not a body. */
const PEOPLE = '07958392';
const DETERMINER = /^(?:the|a|an)$/iu;
const RELATIVE = new Set(['who', 'whom', 'whose', 'which', 'that']);

/** The words of a mention's first part up to a complement or relative clause: "a spokesman" of "a spokesman for the ministry". */
function headPhrase(text: string): string[] {
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
function lemmas(word: string): string[] {
  const w = word
    .toLowerCase()
    .replace(/[^\p{L}'’]/gu, '')
    .replace(/['’]s?$/u, '');
  return [w, w.replace(/ies$/u, 'y'), w.replace(/es$/u, ''), w.replace(/s$/u, ''), w.replace(/men$/u, 'man')];
}

/** Whether a noun names a text, a survey or a message (WordNet noun.communication, reporting nouns). */
const isDocumentNoun = (lemma: string) =>
  isCommunicationNoun(lemma) ||
  reportingNoun(lemma, 'document') !== undefined ||
  reportingNoun(lemma, 'statement') !== undefined;

/**
 * Whether a name is an organisation's: said with "the" and no title ("the White House",
 * AP Stylebook, 'the'), an acronym ("NATO"), or holding a WordNet organisation noun or a noun of
 * communication ("Foreign Ministry", "Fox News").
 */
function organisationName(text: string, name: MentionName): boolean {
  const first = name.words[0];
  const article = new RegExp(`(?:^|\\s)the\\s+${first.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')}`, 'iu');
  if (name.titles.length === 0 && article.test(text)) return true;
  // The head of the name decides: "AARP CEO A. Barry Rand" is a person, "the AARP" is not.
  const word = bare(name.words.at(-1) ?? '').replace(/['’]s?$/u, '');
  const lower = word.toLowerCase();
  // A one-word name that is a noun of communication is a surname ("Corker"); "Fox News" is not.
  const message = name.words.length > 1 && isCommunicationNoun(lower);
  return /^[A-Z]{2,}$/u.test(word) || roleKind(lower) === 'organisation' || message;
}

/**
 * A plural name that is a WordNet noun of people, alone or after nouns of bodies ("Democrats",
 * "Senate Republicans"): a group. Not after other words, which may be a first name ("Mark Sanders").
 */
function pluralPeople(name: MentionName): boolean {
  const word = name.words.at(-1) ?? '';
  if (!/s$/u.test(word) || !name.words.slice(0, -1).every((w) => ancestors(w.toLowerCase(), 2).has(GROUP)))
    return false;
  const singular = lemmas(word).slice(1).find(isRoleNoun);
  return singular !== undefined && roleKind(singular) !== 'organisation';
}

/**
 * The kind of speaker a resolved mention names, or undefined for an unresolved pronoun or a
 * mention of none of the kinds: `document` when its head noun names a text ("the report", "Mr.
 * Trump's tweet"); `person`, `organisation` or `group` when it holds a name; `anonymous` when it
 * says its speaker is not named ("a source close to", "people familiar with"); else by its head
 * noun: `official` ("officials", "a spokesman"), `organisation` ("the government"), `group`
 * (other people: "critics", "a witness").
 */
export function speakerKind(mention: string): SpeakerKind | undefined {
  const text = mention.trim();
  if (text === '' || PRONOUN.test(text)) return undefined;
  const head = headPhrase(text);
  const last = head.at(-1) ?? '';
  // A capitalised head is a name ("Corker"), unless an article opens the phrase ("The statement").
  const common = last === last.toLowerCase() || (head.length > 1 && DETERMINER.test(head[0]));
  if (common && lemmas(last).some(isDocumentNoun)) return 'document';
  const name = mentionName(text);
  if (name) {
    if (name.titles.length === 0 && pluralPeople(name)) return 'group';
    return organisationName(text, name) ? 'organisation' : 'person';
  }
  if (saysUnnamed(text.toLowerCase().split(/[^\p{L}]+/u))) return 'anonymous';
  const noun = lemmas(last).find(isRoleNoun);
  if (noun === undefined) return undefined;
  // Other nouns of WordNet's noun.group are no speakers ("same-sex marriage").
  const people = isPersonOrOrganisation(noun) || ancestors(noun, 1).has(PEOPLE);
  return roleKind(noun) ?? (people ? 'group' : undefined);
}
