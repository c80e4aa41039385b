import { isCommunicationNoun } from '../lexicons/nominal-cues.js';
import { isPersonTitle } from '../lexicons/person-titles.js';
import { ancestors, isPersonOrOrganisation, isRoleNoun } from '../lexicons/role-nouns.js';
import { opensRelation, roleKind, saysUnnamed } from '../lexicons/speaker-kinds.js';
import { functionWords } from '../lexicons/word-sets.js';
import type { SpeakerKind } from '../model/profile.js';
import { actorGroupById, matchActors } from './actors.js';
import { bare } from './name-runs.js';
import {
  GROUP,
  headPhrase,
  isBodyWord,
  isDocumentNoun,
  isOrganisationNoun,
  lemmas,
  PEOPLE,
  roleLemma,
} from './speaker-head.js';
import { type MentionName, mentionName } from './speaker-name.js';

// What kind of speaker a claim is attributed to (user trials 7 and 8: "which outlet attributes
// claims to officials, which to anonymous sources, which to documents"), from the resolved
// mention alone: its head noun (the last word before a complement: "a spokesman for the ministry")
// and its name (speaker-name.ts). Nouns are classed by WordNet 3.1 (lexicons/speaker-kinds.ts,
// role-nouns.ts, nominal-cues.ts, reporting-nouns.ts), unnamed speakers by the AP Stylebook.

const PRONOUN = /^(?:he|she|it|they|we|i|you|him|her|them|us|me)$/iu;

/**
 * The speaker kind of an actor group's kind (lexicons/data/actors.yaml). Ministries, governments
 * and other bodies are left out: their labels hold their spokespeople's names ("Zhainakov").
 */
const ACTOR_KINDS = new Map<string, SpeakerKind>([
  ['state', 'organisation'],
  ['armed-group', 'organisation'],
  ['person', 'person'],
]);

/** The actor group whose label is the whole of a name ("North Korea"; not "White House" of "White House Press Secretary Jay Carney"). */
const wholeActor = (name: string) =>
  matchActors(name).find((m) => m.start === 0 && m.end === name.length)?.group;

/** Whether a mention is a personal pronoun ("he", "They"): its kind is its antecedent's. */
export const isPronoun = (mention: string) => PRONOUN.test(mention.trim());

/** What a source says beside one mention: the surnames of its longer or titled names ("tremaine" of "Ana Tremaine"). */
export interface KindEvidence {
  surnames?: ReadonlySet<string>;
  /** The surnames of its titled names only ("netanyahu" of "Prime Minister Benjamin Netanyahu"). */
  titled?: ReadonlySet<string>;
  /** The names it calls an organisation by apposition ("save our coast"; apposed-organisations.ts). */
  organisations?: ReadonlySet<string>;
}
/**
 * Whether "the" comes right before a name, in the part of the mention that holds it: "the
 * Harbour Commission", not "Georgia Lee, a spokeswoman for the Georgia Department" (review of kind9, 6).
 */
function theBefore(text: string, name: MentionName): boolean {
  const part = text.split(/[,()—–]/u).find((p) => mentionName(p) !== undefined) ?? text;
  const words = part.split(/\s+/u).filter((w) => w !== '');
  const first = words.indexOf([...name.titles, ...name.words][0]);
  return first > 0 && words[first - 1].toLowerCase() === 'the';
}

/**
 * Whether a name ends in a company's or another body's closing word (speaker-head.ts
 * `isBodyWord`): after other name words ("Harbour Motors", "Marlow Widgets Corp."), or alone
 * before its "of" or "for" complement ("Center for Coastal Studies").
 * Words that are also common surnames ("press") are left out of the list.
 */
function closedAsBody(text: string, name: MentionName, lower: string): boolean {
  if (!isBodyWord(lower)) return false;
  if (name.words.length > 1) return true;
  const written = name.words[0] ?? '';
  return /^\s+(?:of|for)\s/u.test(text.slice(text.indexOf(written) + written.length));
}

/**
 * Whether a name is an organisation's: said with "the" and no title ("the White House",
 * AP Stylebook, 'the'), an acronym ("NATO"), holding a WordNet organisation noun or a noun of
 * communication ("Foreign Ministry", "Fox News"), or closed by a body's word (`closedAsBody`).
 */
function organisationName(text: string, name: MentionName): boolean {
  if (name.titles.length === 0 && theBefore(text, name)) return true;
  // The head of the name decides: "AARP CEO A. Barry Rand" is a person, "the AARP" is not.
  const word = bare(name.words.at(-1) ?? '').replace(/['’]s?$/u, '');
  const lower = word.toLowerCase();
  if (closedAsBody(text, name, lower)) return true;
  // A one-word name that is a noun of communication is a surname ("Corker"); "Fox News" is not.
  const message = name.words.length > 1 && isCommunicationNoun(lower);
  // A head of two letters is looked up only as an acronym: "Un" of "Ri Song Un" is not the UN.
  const looked = word.length > 2 || word === word.toUpperCase();
  return /^[A-Z]{2,}$/u.test(word) || (looked && roleKind(lower) === 'organisation') || message;
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
 * The office a name made only of titles holds ("the Prime Minister", "the CEO"): its head as a
 * role noun (review of kind9, 3), or undefined when the name holds more than titles.
 */
function officeName(text: string, name: MentionName): SpeakerKind | undefined {
  const words = [...name.titles, ...name.words].map((w) => bare(w).replace(/['’]s?$/u, ''));
  const last = words.at(-1) ?? '';
  const head = last.toLowerCase();
  const acronym = words.length === 1 && /^[A-Z]{2,}$/u.test(last) && roleKind(head) === 'official';
  // A title heads the name after "the" ("the Prime Minister"), or in the plural ("Republican Senators").
  const titled = isPersonTitle(last) && theBefore(text, name);
  const plural = /s$/u.test(last) && isPersonTitle(last.replace(/s$/u, ''));
  if (!acronym && !titled && !plural && !words.every(isPersonTitle)) return undefined;
  return roleKind(head) ?? roleKind(head.replace(/s$/u, '')) ?? 'official';
}

/**
 * The kind of a name: anonymous for a cue capitalised as the first word ("Sources"), an office
 * for titles alone, the kind of its actor group ("Russia", "Hamas"), a family for the plural of a
 * surname of the source, a group for a plural of people, an organisation for a body's name, and
 * a person only with evidence: a title, two name words or a longer name with its surname.
 */
function nameKind(text: string, name: MentionName, evidence: KindEvidence): SpeakerKind | undefined {
  const last = bare(name.words.at(-1) ?? '').replace(/['’]s?$/u, '');
  const lower = last.toLowerCase();
  const surnames = evidence.surnames ?? new Set<string>();
  if (name.words.length === 1 && name.titles.length === 0 && saysUnnamed(lemmas(lower))) return 'anonymous';
  const office = officeName(text, name);
  if (office) return office;
  // A state's labels hold its leaders' names ("Netanyahu"): a title is evidence of the person.
  const group = ACTOR_KINDS.get(actorGroupById(wholeActor(name.words.join(' ')) ?? '')?.kind ?? '');
  const titled =
    name.titles.length > 0 ||
    name.words.slice(0, -1).some((w) => isPersonTitle(bare(w))) ||
    evidence.titled?.has(lower) === true;
  if (group && !(titled && group === 'organisation')) return group;
  const family = lemmas(lower).filter((l) => l !== lower);
  if (name.words.length === 1 && family.some((l) => surnames.has(l))) return 'group';
  if (name.titles.length === 0 && pluralPeople(name)) return 'group';
  // A capitalised phrase the source calls a body ("Save Our Coast, a watchdog group").
  if (evidence.organisations?.has(name.words.join(' ').toLowerCase())) return 'organisation';
  if (organisationName(text, name)) return 'organisation';
  return name.titles.length > 0 || name.words.length > 1 || surnames.has(lower) ? 'person' : undefined;
}

/**
 * The kind of speaker a mention names, or undefined for a pronoun or a mention of none of the
 * kinds, or one whose kind has no evidence: `document` when its head noun names a text ("the
 * report", "Mr. Oduya's tweet"); by its name (`nameKind`) when it holds one; `anonymous` when it
 * says its speaker is not named ("a source close to", "people familiar with"); else by its head
 * noun: `official` ("officials", "a spokesman"), `organisation` ("the government"), `group`
 * (other people: "critics", "a witness").
 */
export function speakerKind(mention: string, evidence: KindEvidence = {}): SpeakerKind | undefined {
  const text = mention.trim();
  if (text === '' || PRONOUN.test(text)) return undefined;
  const head = headPhrase(text);
  const last = head.at(-1) ?? '';
  // A capitalised head is a name ("Tremaine"), unless an article opens the phrase ("The statement").
  const common =
    last === last.toLowerCase() || (head.length > 1 && functionWords('article').has(head[0].toLowerCase()));
  if (common && lemmas(last).some(isDocumentNoun)) return 'document';
  const name = mentionName(text);
  // "a regional newspaper, Harbour Gazette": a body's noun set before the name says what it names.
  if (name && common && head.length < text.split(/\s+/u).length && isOrganisationNoun(last))
    return 'organisation';
  if (name) return nameKind(text, name, evidence);
  // The head noun before a relation: "residents" of "residents close to the border".
  const cut = head.findIndex((w, i) => i > 0 && opensRelation(w.toLowerCase()));
  const noun = roleLemma((cut < 0 ? head : head.slice(0, cut)).at(-1) ?? '');
  const words = text.toLowerCase().split(/[^\p{L}]+/u);
  const heads = head.flatMap((w) => lemmas(w));
  if (
    saysUnnamed(words, heads) ||
    saysUnnamed(
      words.map((w) => w.replace(/s$/u, '')),
      heads,
    )
  )
    return 'anonymous';
  if (noun === undefined) return undefined;
  // Other nouns of WordNet's noun.group are no speakers ("same-sex marriage").
  const people = isPersonOrOrganisation(noun) || ancestors(noun, 1).has(PEOPLE);
  return roleKind(noun) ?? (people ? 'group' : undefined);
}
