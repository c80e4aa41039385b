import { isRoleNoun } from '../lexicons/role-nouns.js';
import { entityWords, functionWords } from '../lexicons/word-sets.js';
import { bare } from './name-runs.js';

// What of a speaker mention names a speaker, for claims.csv's speaker_key and speaker_kind (user
// trial 10, item 3). The extractor's mention stays in the `speaker` column as written; these
// mentions name no one: a headline's all-caps kicker ("DESPERATION: …"), a company's legal
// suffix cut from its name by the comma before it ("…for President, Inc."), a possessive
// pronoun alone ("his"); and a relative "what" is no part of its speaker ("what officials said
// was …" is said by officials).

/** The fewest letters of an all-caps word read as a kicker: acronyms of speakers are shorter ("NATO", "NAACP"). */
const KICKER_LETTERS = 6;

/** Whether a one-word mention is an all-caps word too long for an acronym and no WordNet role noun ("DESPERATION", not "UNICEF"). */
function kicker(words: readonly string[]): boolean {
  if (words.length !== 1) return false;
  const word = words[0].replace(/[^\p{L}]/gu, '');
  return word.length >= KICKER_LETTERS && word === word.toUpperCase() && !isRoleNoun(word.toLowerCase());
}

/** Whether every word of a phrase is a corporate suffix ("Inc.", "Co. Ltd"). */
function corporate(phrase: string): boolean {
  const words = phrase
    .trim()
    .split(/\s+/u)
    .filter((w) => w !== '');
  return words.length > 0 && words.every((w) => entityWords('corporate-suffix').has(bare(w).toLowerCase()));
}

/**
 * The part of a mention that names its speaker, or undefined when it names none: a leading wh-word
 * before more words is dropped ("what officials" → "officials"), and so is a corporate suffix after
 * a comma ("…for President, Inc."); a possessive pronoun alone, a corporate suffix alone and an
 * all-caps kicker name none.
 */
export function speakerMention(mention: string): string | undefined {
  // A suffix set off by its comma belongs to the company before it, no speaker of its own.
  const parts = mention.split(',');
  while (parts.length > 1 && corporate(parts.at(-1) ?? '')) parts.pop();
  let words = parts.join(',').trim().split(/\s+/u);
  if (words.length > 1 && functionWords('wh-word').has(words[0].toLowerCase())) words = words.slice(1);
  const lower = words.map((w) =>
    bare(w)
      .replace(/[,;:]$/u, '')
      .toLowerCase(),
  );
  if (lower.length === 1 && entityWords('possessive-determiner').has(lower[0])) return undefined;
  if (corporate(words.join(' '))) return undefined;
  if (kicker(words)) return undefined;
  return words.join(' ');
}
