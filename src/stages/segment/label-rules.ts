// Promo lines that name no furniture word: "<Series title>: <headline>". Kohlschütter, Fankhauser
// & Nejdl (2010, "Boilerplate detection using shallow text features") classify a block by its own
// word count and by its neighbours': short blocks beside other boilerplate are boilerplate. Here a
// line is a block; the label before the colon is a name (capitalised words), as series
// and section titles are, and what follows is either a title, or a short line beside a promo.
import { linePatterns } from '../../lexicons/boilerplate.js';
import type { LineRole } from '../../model/source.js';
import { tokenizeLine } from '../../text/nlp.js';
import { isTitleCase } from '../../text/title-case.js';
import type { Line } from './lines.js';
import type { RoleRule } from './role-rules.js';

/** A label of at most four words before a colon, and the rest of the line. */
const LABELLED = /^([^:]{1,40}):\s+(\S.*)$/u;
const LABEL_WORDS = 4;
/** Kohlschütter et al.'s boundary between short (boilerplate-like) and full-text blocks. */
const SHORT_BLOCK_WORDS = 16;
const LONG_WORDS = /\p{L}[\p{L}'’-]{3,}/gu;

const words = (text: string): string[] => text.split(/\s+/).filter(Boolean);

/** Whether wink tags a verb or auxiliary in the text: a title of a section has none. */
const hasVerb = (text: string): boolean =>
  tokenizeLine(text, 0).some((s) => s.tokens.some((t) => t.pos === 'VERB' || t.pos === 'AUX'));

/**
 * The label and rest of a line whose label is a short name, every word capitalised: a reported
 * "Ruiz said: …" has a verb in lower case. (wink's tags are not asked here: it reads a
 * capitalised "Watch" in a title as a verb.)
 */
function labelled(text: string): { label: string; rest: string } | null {
  const match = LABELLED.exec(text);
  if (!match) return null;
  const [, label, rest] = match;
  const labelWords = words(label);
  if (labelWords.length > LABEL_WORDS || !isTitleCase(labelWords, { minWords: 1, share: 1 })) return null;
  if (words(rest).length > SHORT_BLOCK_WORDS) return null;
  return { label, rest };
}

/** The role the boilerplate lexicon gives a line, if any. */
const lexiconRole = (line: Line | undefined): LineRole | null =>
  line ? (linePatterns().find(({ pattern }) => pattern.test(line.text))?.role ?? null) : null;

/**
 * "Harbor Watch: The Long Road to a New Seawall": after the body starts, a label and a title in
 * title case with no verb and no sentence end is a link to another article, not reporting.
 */
export const labelledTitle: RoleRule = ({ line, roles }) => {
  if (!roles.includes('body')) return null;
  const parts = labelled(line.text);
  if (!parts || /[.!?]["”’]?$/u.test(parts.rest)) return null;
  const long = parts.rest.match(LONG_WORDS) ?? [];
  return isTitleCase(long, { minWords: 2, share: 0.8 }) && !hasVerb(parts.rest) ? 'boilerplate' : null;
};

/**
 * A short labelled line next to a promo line ("More: …" above it or "Related: …" below) belongs
 * to the same run of promos, whatever the title after its label says.
 */
export const labelBesidePromo: RoleRule = ({ line, lines, roles }) => {
  if (!roles.includes('body') || !labelled(line.text)) return null;
  const before = roles[line.index - 1] === 'boilerplate';
  const after = lexiconRole(lines[line.index + 1]) === 'boilerplate';
  return before || after ? 'boilerplate' : null;
};
