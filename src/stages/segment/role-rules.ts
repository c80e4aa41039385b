import { linePatterns } from '../../lexicons/boilerplate.js';
import type { LineRole } from '../../model/source.js';
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
const wordCount = (text: string): number => text.split(/\s+/).filter(Boolean).length;
const normalise = (text: string): string => text.toLowerCase().replace(/\s+/g, ' ').trim();

/** Photo credits and site furniture named in the boilerplate lexicon. */
export const byPattern: RoleRule = ({ line }) => {
  for (const { role, pattern } of linePatterns()) if (pattern.test(line.text)) return role;
  return null;
};

/** A line printed twice in a row is a caption repeated by the scraper, not reporting. */
export const repeatedLine: RoleRule = ({ line, lines }) => {
  const same = (other: Line | undefined) =>
    other !== undefined && normalise(other.text) === normalise(line.text);
  return same(lines[line.index - 1]) || same(lines[line.index + 1]) ? 'caption' : null;
};

/** The front matter's title, or the first short unpunctuated line before any body text, is the headline. */
export const headline: RoleRule = ({ line, roles, title }) => {
  if (roles.some((r) => r === 'body' || r === 'headline')) return null;
  if (title && normalise(title) === normalise(line.text)) return 'headline';
  return !TERMINAL.test(line.text) && wordCount(line.text) <= 25 ? 'headline' : null;
};

/** After the body has started, a short unpunctuated line is a link or promo ("Press TV News Roku"). */
export const trailingFragment: RoleRule = ({ line, roles }) => {
  if (!roles.includes('body')) return null;
  return !TERMINAL.test(line.text) && wordCount(line.text) <= 6 ? 'boilerplate' : null;
};

/** Everything else is reporting. */
export const body: RoleRule = () => 'body';
