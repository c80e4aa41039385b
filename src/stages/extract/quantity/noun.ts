import type { Token } from '../../../model/source.js';
import { touches } from './context.js';

/** The counted noun of a quantity: its lemma and the index of its head token. */
export interface CountedNoun {
  lemma: string;
  head: number;
}

const PHRASE_POS = new Set(['ADJ', 'NOUN', 'PROPN']);
const MAX_PHRASE = 5;

/** True when token `j` continues a noun phrase: a modifier or noun, or a hyphen inside a compound. */
function continuesPhrase(tokens: Token[], j: number): boolean {
  const t = tokens[j];
  if (PHRASE_POS.has(t.pos)) return true;
  return t.lower === '-' && touches(tokens[j - 1], t) && touches(t, tokens[j + 1]);
}

/**
 * A participle used as a modifier before the noun it modifies: "46 confirmed cases", "five of the
 * derailed tank cars", "three wounded soldiers" (Huddleston & Pullum 2002, ch. 7: participial
 * adjectives in attributive position). The tagger reads these as verbs. Only an inflected form
 * (-ed, -en, -ing, not the lemma) right before a modifier or noun, and only before the phrase's
 * first noun: after it a verb starts the clause ("20 people killed Tuesday").
 */
function premodifyingParticiple(tokens: Token[], k: number): boolean {
  const [t, next] = [tokens[k], tokens[k + 1]];
  return (
    t.pos === 'VERB' &&
    t.lower !== t.lemma &&
    /(?:ed|en|ing)$/.test(t.lower) &&
    next !== undefined &&
    (next.pos === 'NOUN' || next.pos === 'ADJ')
  );
}

/**
 * "current and former customers", "black or white cabs": a conjunction between two adjectives
 * before the noun joins two modifiers of it (Quirk et al. 1985, ch. 13, coordination of
 * premodifiers); the phrase goes on to the noun (blind 42 reader: the figure counted nothing).
 */
function coordinatedModifier(tokens: Token[], k: number): boolean {
  return tokens[k].pos === 'CCONJ' && tokens[k - 1]?.pos === 'ADJ' && tokens[k + 1]?.pos === 'ADJ';
}

/**
 * "heat-related visits", "Iranian-backed militias", "state-owned companies": the word after a hyphen
 * that joins it to the word before is part of one compound modifier, whatever its tag (Quirk et
 * al. 1985, App. I, compound adjectives), so the phrase goes on to the noun (blind 45 reader:
 * "1,240 heat-related emergency department visits" counted "heat").
 */
function compoundPart(tokens: Token[], k: number): boolean {
  const hyphen = tokens[k - 1];
  return hyphen?.lower === '-' && touches(tokens[k - 2], hyphen) && touches(hyphen, tokens[k]);
}

/**
 * The head of the noun phrase that starts at token `i`: the last noun of a run of modifiers
 * and nouns ("20 rockets" → rocket, "dozens of Iranian targets" → target). An "of" first, with
 * an optional determiner, is stepped over ("three of the soldiers"). The phrase stops at `taken`
 * tokens (a date: "a three-day visit Monday"). Null when no noun follows.
 */
export function countedNoun(tokens: Token[], i: number, taken: boolean[] = []): CountedNoun | null {
  let j = i;
  if (tokens[j]?.lower === 'of') j += tokens[j + 1]?.pos === 'DET' ? 2 : 1;
  let head = -1;
  // A conjunction and the modifier after it do not count towards the phrase's length.
  let reach = j + MAX_PHRASE;
  for (let k = j; k < tokens.length && k < reach && !taken[k]; k++) {
    const joined = head < 0 && coordinatedModifier(tokens, k);
    // Not a compound the number itself opens ("one-on-one talks", "two-bedroom flats"): that is
    // a modifier, and the number counts nothing.
    const compound = k - 2 >= j && compoundPart(tokens, k);
    if (joined || compound) reach += 2;
    const modifier = joined || compound || (head < 0 && premodifyingParticiple(tokens, k));
    if (!continuesPhrase(tokens, k) && !modifier) break;
    if (tokens[k].pos === 'NOUN' || tokens[k].pos === 'PROPN') head = k;
  }
  if (head < 0) return null;
  return perUnit(tokens, head, taken) ?? { lemma: tokens[head].lemma, head };
}

/**
 * "160 km/h", "5 mg/l": a unit per a unit, written with a solidus and no spaces, is one unit, as
 * the SI Brochure (BIPM, 9th ed., 2019, on unit symbols) writes a quotient of units ("m/s"). The
 * part after the slash is a unit symbol: one to three letters (user trial 21b, item 7).
 */
function perUnit(tokens: Token[], head: number, taken: boolean[]): CountedNoun | undefined {
  const [slash, unit] = [tokens[head + 1], tokens[head + 2]];
  if (slash?.text !== '/' || !unit || taken[head + 2] || !/^\p{L}{1,3}$/u.test(unit.text)) return undefined;
  if (!touches(tokens[head], slash) || !touches(slash, unit)) return undefined;
  return { lemma: `${tokens[head].lemma}/${unit.lower}`, head: head + 2 };
}
