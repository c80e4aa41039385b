// Promo lines that name no furniture word: "<Series title>: <headline>". Kohlschütter, Fankhauser
// & Nejdl (2010, "Boilerplate detection using shallow text features") classify a block by its own
// text and its neighbours' text, never by the class given to a neighbour, so no decision feeds the
// next. Here a line is a block; the label before the colon is a name (capitalised words), as
// series and section titles are, and what follows is either a title, or a short line beside a
// link label of the lexicon ("More:", "Related:").
import { linePatternOf } from '../../lexicons/boilerplate.js';
import { isColonLabel } from '../../lexicons/colon-labels.js';
import { dateWords } from '../../lexicons/date-words.js';
import type { Token } from '../../model/source.js';
import { tokenizeLine } from '../../text/nlp.js';
import { isTitleCase } from '../../text/title-case.js';
import type { Line } from './lines.js';
import { LEADING_ARTICLE, LONG_WORDS, type RoleRule, wordCount } from './role-rules.js';

/** A label of at most four words before a colon, and the rest of the line. */
const LABELLED = /^([^:]{1,40}):\s+(\S.*)$/u;
const LABEL_WORDS = 4;
/** Kohlschütter et al.'s boundary between short (boilerplate-like) and full-text blocks. */
const SHORT_BLOCK_WORDS = 16;
const SENTENCE_END = /[.!?]["”’]?$/u;

/** The tokens wink gives a text, all sentences together. */
const tokensOf = (text: string) => tokenizeLine(text, 0).flatMap((s) => s.tokens);

/**
 * The label and rest of a line whose label is a short name, every word capitalised: a reported
 * "Ruiz said: …" has a verb in lower case. (wink's tags are not asked here: it reads a
 * capitalised "Watch" in a title as a verb.)
 */
function labelled(text: string): { label: string; rest: string } | null {
  const match = LABELLED.exec(text);
  if (!match) return null;
  const [, label, rest] = match;
  const labelWords = label.split(/\s+/).filter(Boolean);
  if (labelWords.length > LABEL_WORDS || !isTitleCase(labelWords, { minWords: 1, share: 1 })) return null;
  if (wordCount(rest) > SHORT_BLOCK_WORDS) return null;
  return { label, rest };
}

/**
 * "Ruiz: It costs $40 million.", "Q: What happens next?": a speaker's name and what they said, as
 * extract/attribution-colon reads it. A line label ("Correction:") or a title with an article is
 * no speaker.
 */
const speakerLine = ({ label, rest }: { label: string; rest: string }): boolean =>
  SENTENCE_END.test(rest) && !LEADING_ARTICLE.test(label) && !isColonLabel(label);

/**
 * What a list, blotter or result line holds and a title does not: a digit, a month or weekday
 * ("When: Monday, June 3", "Final Tally: Ruiz 5,210 Votes"), or names only ("Arrested: Ana Ruiz").
 */
function factLine(rest: string, tokens: () => readonly Token[]): boolean {
  if (/\d/u.test(rest)) return true;
  const { months, weekdays } = dateWords();
  const words = rest.toLowerCase().match(/\p{L}+/gu) ?? [];
  if (words.some((w) => months.has(w) || weekdays.has(w))) return true;
  return tokens()
    .filter((t) => t.pos !== 'PUNCT')
    .every((t) => t.pos === 'PROPN' || t.pos === 'CCONJ');
}

/**
 * "Harbor Watch: The Long Road to a New Seawall": after the body starts, a label and a title in
 * title case with no verb and no sentence end is a link to another article, not reporting.
 */
export const labelledTitle: RoleRule = ({ line, roles }) => {
  if (!roles.includes('body')) return null;
  const parts = labelled(line.text);
  if (!parts || SENTENCE_END.test(parts.rest)) return null;
  // wink tokenises the title at most once, for the fact test and the verb test alike.
  let tokens: Token[] | undefined;
  const rest = () => (tokens ??= tokensOf(parts.rest));
  if (factLine(parts.rest, rest)) return null;
  const long = parts.rest.match(LONG_WORDS) ?? [];
  if (!isTitleCase(long, { minWords: 2, share: 0.8 })) return null;
  return rest().some((t) => t.pos === 'VERB' || t.pos === 'AUX') ? null : 'boilerplate';
};

/** Whether the lexicon reads a line as a link label ("More: …", "Related: …"). */
const promoLabel = (line: Line | undefined): boolean =>
  line !== undefined && linePatternOf(line.text)?.kind === 'promo';

/**
 * A short labelled line next to a link label line ("More: …" above it or "Related: …" below)
 * belongs to the same run of promos, whatever the title after its label says. Only the
 * neighbours' own text decides, so one decision cannot carry down a run of "Q:"/"Ruiz:" lines.
 */
export const labelBesidePromo: RoleRule = ({ line, lines, roles }) => {
  if (!roles.includes('body')) return null;
  const parts = labelled(line.text);
  if (!parts || speakerLine(parts)) return null;
  return promoLabel(lines[line.index - 1]) || promoLabel(lines[line.index + 1]) ? 'boilerplate' : null;
};
