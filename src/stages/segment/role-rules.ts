import { linePatternOf } from '../../lexicons/boilerplate.js';
import { dateWords } from '../../lexicons/date-words.js';
import type { LineRole } from '../../model/source.js';
import { normalise } from '../../text/line-key.js';
import { tokenizeLine } from '../../text/nlp.js';
import { isTitleCase } from '../../text/title-case.js';
import type { Line } from './lines.js';

/** What a role rule sees: the line, every line, and the roles decided so far (earlier lines). */
export interface RoleInput {
  line: Line;
  lines: Line[];
  roles: LineRole[];
  title?: string;
}

/** A rule returns a role, or null to let the next rule decide. */
export type RoleRule = (input: RoleInput) => LineRole | null;

const TERMINAL = /[.!?…:;"”’)\]]$/;
/** The number of words of a line, split at white space. */
export const wordCount = (text: string): number => text.split(/\s+/).filter(Boolean).length;

/**
 * Before any body text, the line that is the front matter's title is the headline, whatever the
 * boilerplate lexicon says of it ("By the Numbers", "Chipotle Changes Its Menu").
 */
export const frontMatterTitle: RoleRule = ({ line, roles, title }) => {
  if (!title || roles.some((r) => r === 'body' || r === 'headline')) return null;
  return normalise(title) === line.normal ? 'headline' : null;
};

/** Photo credits and site furniture named in the boilerplate lexicon. */
export const byPattern: RoleRule = ({ line }) => linePatternOf(line.text)?.role ?? null;

/** A line printed twice in a row is a caption repeated by the scraper, not reporting. */
export const repeatedLine: RoleRule = ({ line, lines }) => {
  const same = (other: Line | undefined) => other !== undefined && other.normal === line.normal;
  return same(lines[line.index - 1]) || same(lines[line.index + 1]) ? 'caption' : null;
};

/**
 * A first line in title case reads as a headline even with a full stop or a closing quote after it:
 * scraped articles print the title that way. Words of four letters or more decide, as title-case
 * styles (AP, Chicago) leave short function words lower; three of them at least, so that a short
 * lede made of one name ("Ana Ruiz Spoke.") is not enough, and 0.8 of them capitalised, which an
 * ordinary sentence with a few names in it does not reach.
 */
const HEADLINE_CASE = { minWords: 3, share: 0.8 };
/** Words of four letters or more: the words a title-case style capitalises. */
export const LONG_WORDS = /\p{L}[\p{L}'’-]{3,}/gu;
const inTitleCase = (text: string): boolean => isTitleCase(text.match(LONG_WORDS) ?? [], HEADLINE_CASE);

/** Longest headline in sentence case: AP headlines run well under this; a lede runs longer. */
const SENTENCE_CASE_WORDS = 20;
/** A series or section title may open with an article ("The Bubble"); a person's name does not. */
export const LEADING_ARTICLE = /^(?:the|a|an)\s/i;

/**
 * A verb in a past form: its surface differs from its lemma and is not the present "-s" or the
 * "-ing" form ("met", "arrested", "knew"). AP headlines put past events in the present tense.
 */
const pastForm = (t: { pos: string; lower: string; lemma: string }): boolean =>
  t.pos === 'VERB' && t.lower !== t.lemma && !/(?:s|ing)$/.test(t.lower);

let relativeDays: ReadonlySet<string> | undefined;
/** One-word relative days ("yesterday", "today"), built once from the date-words lexicon. */
function oneWordDays(): ReadonlySet<string> {
  relativeDays ??= new Set(
    dateWords()
      .relatives.filter((r) => r.words.length === 1 && r.unit === 'day')
      .map((r) => r.words[0]),
  );
  return relativeDays;
}

/**
 * A short line in sentence case reads as a headline by AP headline style: no leading article, no
 * day ("on Monday", "yesterday"), which a lede names and a headline leaves out, and no verb in the
 * past tense, which a lede uses ("Police arrested three men …") and a headline does not.
 */
function inHeadlineStyle(text: string): boolean {
  if (wordCount(text) > SENTENCE_CASE_WORDS || LEADING_ARTICLE.test(text)) return false;
  const { weekdays } = dateWords();
  const days = oneWordDays();
  if ((text.toLowerCase().match(/\p{L}+/gu) ?? []).some((w) => weekdays.has(w) || days.has(w))) return false;
  return !tokenizeLine(text, 0).some((s) => s.tokens.some(pastForm));
}

/**
 * Before any body text: the first short line that is unpunctuated, in title case, or (with more
 * lines after it) in headline style, is the headline (the front matter's title is found earlier).
 */
export const headline: RoleRule = ({ line, lines, roles, title }) => {
  if (roles.some((r) => r === 'body' || r === 'headline')) return null;
  if (wordCount(line.text) > 25) return null;
  if (!TERMINAL.test(line.text) || inTitleCase(line.text)) return 'headline';
  return !title && line.index < lines.length - 1 && inHeadlineStyle(line.text) ? 'headline' : null;
};

/** After the body has started, a short unpunctuated line is a link or promo ("Press TV News Roku"). */
export const trailingFragment: RoleRule = ({ line, roles }) => {
  if (!roles.includes('body')) return null;
  return !TERMINAL.test(line.text) && wordCount(line.text) <= 6 ? 'boilerplate' : null;
};

/** Everything else is reporting. */
export const body: RoleRule = () => 'body';
