import { isStateName } from '../../../lexicons/us-states.js';
import type { Sentence, Token } from '../../../model/source.js';
import type { TextRange } from '../../../model/span.js';
import type { Rarity } from '../context.js';
import { hasLetter } from '../weights.js';
import { initialsOf, isCapital, isConnector, joinsName, lettersOf } from './acronyms.js';
import type { Anchor, NameTest } from './anchors.js';
import { isDateline } from './dateline.js';
import type { Mentions } from './mentions.js';
import { type EdgeWords, nameOnly } from './name-edges.js';
import { mentionsLookup, nameMentioned } from './name-mentioned.js';
import {
  commonWord,
  isAffiliation,
  opensQuotation,
  pluralNoun,
  shouted,
  spokenWord,
  titleCased,
} from './not-names.js';
import type { WordTest } from './pair-words.js';
import { partyOfRun } from './party-run.js';
import { quotationsOf, quotedTitles, withTitles } from './quoted-titles.js';

// Inputs: one sentence's tokens (and the dates in it). The runs of capitalised proper nouns it
// holds (people, organisations, places), and the name anchors of those runs that the other
// article, the outlets and the rarity table leave: the names one article gives and the other may lack.

/** A one-word name this common (idf below it) is a capitalised common word, not a particular name. */
const NAME_IDF = 6.5;
/** …and one opening a sentence must be rarer still ("Cummings also notes", not "Various reports"). */
const OPENING_NAME_IDF = 8;
/** A name's range without quotation marks a token may keep at its edge ("2001'"): no part of the name. */
const range = (tokens: Token[], text: string): TextRange => {
  const [from, to] = [tokens[0].start, tokens[tokens.length - 1].end];
  const raw = text.slice(from, to);
  const lead = raw.length - raw.replace(/^['’"“”‘]+/, '').length;
  const trail = raw.length - raw.replace(/['’"“”‘]+$/, '').length;
  if (lead + trail >= raw.length) return { start: from, end: to, text: raw };
  const [start, end] = [from + lead, to - trail];
  return { start, end, text: text.slice(start, end) };
};

/** A name's head: its last word that is not an abbreviation ("Jr.", "Sen.", "Sens" before its full stop), else its last word. */
function headOf(run: Token[]): Token {
  const abbreviation = (t: Token, i: number) => t.text.endsWith('.') || run[i + 1]?.text === '.';
  for (let i = run.length - 1; i >= 0; i--)
    if (run[i].text.length >= 3 && !abbreviation(run[i], i)) return run[i];
  return run[run.length - 1];
}

/** What the name rule needs besides the sentence. */
export interface NameContext extends EdgeWords {
  text: string;
  m: Mentions;
  /** Whether a name (run, head word) is one of the outlets: naming itself or its rival ("told Fox News") reports no fact. */
  isOutlet: (run: string, head: string) => boolean;
  /** Words either article writes in lower case somewhere. */
  lowered: WordTest;
  rarity: Rarity;
  /** The surname a lone given name names when the other article gives it another form of the name (given-name.ts `sameBearer`). */
  given?: (word: string) => string | null;
}

/** A run without the hyphen it may end on ("R-" before a state the tagger did not call a name). */
const trimmed = (run: Token[]): Token[] => (run[run.length - 1].text === '-' ? run.slice(0, -1) : run);

/** A run of name words with what the name rule reads of it that does not depend on the other article. */
export interface NameRun {
  /** Every word of the name, as the explanation names it. */
  run: Token[];
  /**
   * The words the name test reads: the tagger's proper nouns (and hyphens), without a word it
   * read otherwise (a surname that is also an adjective or verb) or a title before its full stop ("Sens."). A common word at the end
   * of a name ("Harbor Hill", "Kansas City") is no surer a mention than the name before it.
   */
  core: Token[];
  head: Token;
  /** A lone word opening its sentence ("Various reports"). */
  opening: boolean;
  /** A lone word whose capital its place forces: opening its sentence or a quotation. */
  forced: boolean;
  initials: string[];
  /** The initials it shares with a run that only small words part from it (`joinedInitials`). */
  joined: string[];
  /** Its first word is capitalised by its place: it opens its sentence or a quotation. */
  placedFirst: boolean;
  /** Of a quoted title (quoted-titles.ts): its words from first to last, which the explanation names. */
  title?: TextRange;
  /** In a title-case line, whose capitals mark its style, not names (see `titleCased`). */
  titleCase: boolean;
  /** The party it names (party-run.ts `partyOfRun`), or null. */
  party: string | null;
}

/**
 * Whether a token carries a run of name words on past the tagger: a capitalised word right after
 * one that the tagger read as a common word ("Sen. X Y", Y tagged a verb) or the full stop of
 * a title written tight against it before the next name word ("Sens. X Y").
 */
function continuesName(run: Token[], t: Token, next: Token | undefined, title: boolean): boolean {
  if (run.length === 0) return false;
  const last = run[run.length - 1];
  if (t.text === '.')
    return last.end === t.start && next !== undefined && next.pos === 'PROPN' && isCapital(next);
  // The second part of a hyphenated given name, in lower case: "Han Da-rim", "Kim Yu-seon".
  if (last.text === '-' && run.length >= 2 && last.end === t.start && /^\p{Ll}{2,}$/u.test(t.text))
    return true;
  // A hyphenated name is one name: "X-a-Y", "Hall-of-Fame" — its small lower-case word and the
  // hyphen after it stay in the run, else it is cut into pieces no article writes apart.
  if (hyphenInside(run, t, next)) return true;
  if (title || !isCapital(t) || !/^\p{L}{2,}$/u.test(t.text)) return false;
  // A capitalised preposition inside a sentence, before another name word, is a word of the name:
  // "Friends Without Fences", "League Against Noise" (a title-case line is excluded above).
  const inside = t.pos === 'ADP' && next !== undefined && next.pos === 'PROPN' && isCapital(next);
  return CONTINUING.has(t.pos) || inside;
}

/** Whether `t` is a small word between two hyphens of a name, or the hyphen after one, all written tight. */
function hyphenInside(run: Token[], t: Token, next: Token | undefined): boolean {
  const last = run[run.length - 1];
  if (last.end !== t.start || next === undefined || t.end !== next.start) return false;
  if (last.text === '-' && /^\p{Ll}{1,3}$/u.test(t.text)) return next.text === '-';
  const before = run[run.length - 2];
  return t.text === '-' && before?.text === '-' && /^\p{Ll}{1,3}$/u.test(last.text) && isCapital(next);
}

/** The tags a capitalised word inside a name may wrongly get. */
const CONTINUING = new Set(['NOUN', 'VERB', 'ADJ']);

/**
 * A pronoun with a verb's clitic ("I'm", "I've", "I'd", "I'll"): the tagger may call it a proper
 * noun, but its capital is the pronoun's (clitic forms of "am", "are", "have", "will", "would":
 * Huddleston & Pullum 2002, ch. 18 §6). A possessive's "'s" is no such clitic ("O'Neill's").
 */
const CONTRACTION = /['’](?:m|re|ve|ll|d)$/i;

/** Runs of capitalised proper nouns outside dates: people, organisations, places. */
export function nameRuns(sentence: Sentence, text: string, inDate: (t: Token) => boolean): NameRun[] {
  const runs: Token[][] = [];
  let run: Token[] = [];
  const styled = titleCased(sentence);
  sentence.tokens.forEach((t, i) => {
    if (t.pos === 'PROPN' && isCapital(t) && !inDate(t) && !CONTRACTION.test(t.text)) run.push(t);
    else if (joinsName(run, t) || (!inDate(t) && continuesName(run, t, sentence.tokens[i + 1], styled)))
      run.push(t);
    else if (run.length > 0) {
      runs.push(trimmed(run));
      run = [];
    }
  });
  if (run.length > 0) runs.push(trimmed(run));
  const { runs: all, titled } = withTitles(runs, quotedTitles(quotationsOf(sentence.tokens, text)));
  const joined = joinedInitials(sentence.tokens, all);
  const opening = sentence.tokens.findIndex((t) => hasLetter(t.text));
  const found = { sentence, text, styled, opening };
  return all.flatMap((r, k) => nameRunOf(r, joined[k], titled.get(r), found));
}

/** What `nameRunOf` reads of a run's sentence. */
interface Found {
  sentence: Sentence;
  text: string;
  /** The sentence is in title case (`titleCased`). */
  styled: boolean;
  /** The index of its first word (an opening quotation mark is none). */
  opening: number;
}

/** A run as the name rule reads it (`NameRun`), or none: no proper noun in it, a dateline, an affiliation. */
function nameRunOf(r: Token[], joined: string[], title: TextRange | undefined, found: Found): NameRun[] {
  const { sentence, text, styled, opening } = found;
  const core = r.filter((t, i) => (t.pos === 'PROPN' || t.text === '-') && r[i + 1]?.text !== '.');
  if (core.length === 0) return [];
  const head = headOf(core);
  if (head.text.length < 2 || head.text.endsWith('.') || isDateline(r, sentence)) return [];
  if (isAffiliation(r, sentence, text)) return [];
  const tokens = sentence.tokens;
  const coreFirst = tokens.indexOf(core[0]) === opening;
  const first = core.length === 1 && coreFirst;
  const at = tokens.indexOf(r[0]);
  const forced = first || (core.length === 1 && r.length === 1 && opensQuotation(tokens, at));
  const placed = styled || coreFirst;
  const party = partyOfRun(
    core.map((t) => t.text),
    placed,
  );
  const named = {
    run: r,
    core,
    head,
    opening: first,
    forced,
    // A title is named by its words, never by the initials of its capitals ("(AP)" is no title).
    initials: title ? [] : [...initialsOf(core), ...joined],
    joined: title ? [] : joined,
    placedFirst: at === opening || opensQuotation(tokens, at),
  };
  return [{ ...named, ...(title ? { title } : {}), titleCase: styled, party }];
}

/**
 * The initials of two name runs that only small words part ("Federal Bureau" of "Investigation":
 * FBI), given to both runs: each part is an anchor of its own, but the other article may name
 * the whole by its acronym.
 */
function joinedInitials(tokens: Token[], runs: Token[][]): string[][] {
  const out = runs.map((): string[] => []);
  for (let k = 0; k + 1 < runs.length; k++) {
    const [end, start] = [tokens.indexOf(runs[k][runs[k].length - 1]), tokens.indexOf(runs[k + 1][0])];
    const between = tokens.slice(end + 1, start);
    if (between.length === 0 || between.length > 2 || !between.every(isConnector)) continue;
    // Three letters at least: two-letter initials of a joined run ("Moscow" and "Democrats": MD) meet by chance.
    const whole = initialsOf(tokens.slice(tokens.indexOf(runs[k][0]), start + runs[k + 1].length)).filter(
      (x) => x.length >= 3,
    );
    out[k].push(...whole);
    out[k + 1].push(...whole);
  }
  return out;
}

/**
 * A lone given name the other article does not write (`present` false), but whose bearer it names
 * by another form ("Dick" for "Richard Ostrander"): looked for by the surname, in the whole article
 * and its windows.
 */
function bearerName(core: Token[], name: NameTest, present: boolean, ctx: NameContext): NameTest {
  if (present || core.length !== 1 || !ctx.given || name.head === '') return name;
  const surname = ctx.given(name.head);
  return surname ? { head: surname, initials: [], lowers: [surname.toLowerCase()] } : name;
}

/** Whether a comma follows the token: it closes a word said to someone ("Lad, the ferry …"). */
const commaAfter = (t: Token, text: string): boolean => /^\s*,/.test(text.slice(t.end, t.end + 4));

/** The name anchors of a sentence's runs: those the other article, the outlets and the rarity table leave. */
export function nameAnchors(runs: NameRun[], ctx: NameContext): Anchor[] {
  return runs.flatMap((whole): Anchor[] => {
    const { run: r, core, head, opening, forced, initials, party, title } = nameOnly(whole, ctx);
    const where = title ?? range(r, ctx.text);
    if (ctx.isOutlet(where.text, head.text)) return [];
    // A lone word of speech, an interjection or a form of address said to someone ("Lad, …"), names
    // no one (issue 10): only where it is said, alone at the opening of a sentence or a quotation
    // with a comma after it; elsewhere it may be a nickname ("known to friends as Buster").
    if (forced && r.length === 1 && commaAfter(head, ctx.text) && spokenWord(head)) return [];
    // A lone word opening a sentence or a quotation is capitalised for its place: an ordinary word
    // of the language is a name there only if either article also capitalises it where nothing
    // forces a capital ("Caution is wise" is not; issue 10). A run in capitals for emphasis is no
    // name either (not-names.ts `shouted`).
    if ((forced && !ctx.midCapitals.has(head.text) && commonWord(head)) || shouted(core, ctx.lowered))
      return [];
    // A lone common word opening a sentence ("Various reports", "Portions of") is capitalised
    // for its place, not because it names someone.
    if (opening && (ctx.rarity(head.lower) < OPENING_NAME_IDF || pluralNoun(head, ctx.midCapitals)))
      return [];
    // A lone capitalised common word ("Department", "Republican", "Vice") names no one in particular.
    // So does one that either article also writes in lower case ("Defendants" opening a sentence).
    if (core.length === 1 && (ctx.rarity(head.lower) < NAME_IDF || ctx.lowered.has(head.lower))) return [];
    // A quoted title is mentioned by all its name words, not by its last one alone (`nameMentioned`).
    const lowers = (title ? core.filter((t) => hasLetter(t.text)) : core).map(lettersOf);
    const coreText = ctx.text.slice(core[0].start, core[core.length - 1].end);
    const state = isStateName(coreText) ? { state: coreText } : {};
    const written = { head: title ? '' : head.text, initials, lowers, ...state };
    const writtenPresent = nameMentioned(written, mentionsLookup(ctx.m));
    const name = bearerName(core, written, writtenPresent, ctx);
    const test = (m: Mentions) => nameMentioned(name, mentionsLookup(m));
    const present = name === written ? writtenPresent : test(ctx.m);
    // A party the other article names by another of its names ("Republicans" for "GOP").
    const otherwise = !present && party !== null && ctx.m.parties.has(party);
    const anchor = {
      name,
      key: `name:${head.text}`,
      range: where,
      weight: 3,
      present,
      ...(otherwise ? { namedOtherwise: true } : {}),
      in: test,
    };
    return [{ type: 'name', ...anchor }];
  });
}
