import { entityWords, functionWords } from '../lexicons/word-sets.js';
import { bare } from './name-runs.js';

// What of a speaker mention names a speaker, for claims.csv's speaker_key and speaker_kind (user
// trial 10, item 3). The extractor's mention stays in the `speaker` column as written; these
// mentions name no one: a headline's all-caps kicker ("EXCLUSIVE: …"), a company's legal
// suffix cut from its name by the comma before it ("Acme Widgets, Inc."), a possessive
// pronoun alone ("his"); and a leading wh-word is no part of its speaker ("what aides
// told us" is told by aides).

/**
 * The kicker of a headline: its all-caps first word before a colon ("EXCLUSIVE: Mayor quits"), a
 * label, not a speaker; an acronym elsewhere is one ("NASCAR said": review of research11, M2).
 */
export function kickerOf(text: string): string | undefined {
  const headline = text.slice(0, Math.max(0, text.indexOf('\n')) || text.length);
  const word = /^\s*(\p{Lu}[\p{Lu}'’-]*):/u.exec(headline)?.[1];
  return word !== undefined && word.length > 1 ? word : undefined;
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
 * a comma ("Acme Widgets, Inc."); a possessive pronoun alone, a corporate suffix alone and the
 * headline's kicker (`kickerOf`) name none.
 */
export function speakerMention(mention: string, kicker?: string): string | undefined {
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
  if (kicker !== undefined && words.length === 1 && bare(words[0]).replace(/:$/u, '') === kicker)
    return undefined;
  return words.join(' ');
}
