import { dateWords } from '../../../lexicons/date-words.js';
import type { Sentence, Token } from '../../../model/source.js';

// Inputs: a sentence's tokens. Whether it opens with a dateline, whose place, day and agency say
// where and by whom the story was filed: the omission rules read none of it as a name of the story.

const DASH = /^(?:—|–|-|--)$/;
/** A word of a dateline's place: capitals only ("WASHINGTON", "NEW YORK", "ST. LOUIS"). */
const PLACE_WORD = /^\p{Lu}[\p{Lu}.]+$/u;
/** A state or country after the place, in title case ("Mo.", "Calif.", "Rhaelia"): up to this many words. */
const REGION_WORDS = 3;
/** A word of the state or country after a dateline's place: "Mo.", "Rhaelia", "N.C.", "D.C.", "W.Va.". */
const REGION_WORD = /^(?:\p{Lu}\p{Ll}+\.?|(?:\p{Lu}\.)+|\p{Lu}\.\p{Lu}\p{Ll}+\.)$/u;
/** A dateline opens the story: its headline, a subheadline, then the lede (paragraphs 0 to 2). */
const DATELINE_PARAGRAPHS = 3;
/** How many words a dateline's agency may take inside its brackets ("(Reuters)", "(Eurasia Wire)"). */
const AGENCY_WORDS = 3;

/** The index after a day told in a dateline at `i` ("May 8", "Sept. 3", "8 May", with ", 2024"), or `i` when none. */
function datelineDay(tokens: Token[], i: number): number {
  const month = (t?: Token) => t !== undefined && dateWords().months.has(t.lower.replace(/\.$/, ''));
  const day = (t?: Token) => /^\d{1,2}$/.test(t?.text ?? '');
  let j = i;
  if (month(tokens[j])) j += day(tokens[j + 1]) ? 2 : 1;
  else if (day(tokens[j]) && month(tokens[j + 1])) j += 2;
  else return i;
  return tokens[j]?.text === ',' && /^\d{4}$/.test(tokens[j + 1]?.text ?? '') ? j + 2 : j;
}

/** The index after the place of a dateline: capitals, places joined by "/" ("BEIJING/HONG KONG"); 0 when none. */
function datelinePlace(tokens: Token[]): number {
  let i = 0;
  while (
    PLACE_WORD.test(tokens[i]?.text ?? '') ||
    (i > 0 && tokens[i]?.text === '/' && PLACE_WORD.test(tokens[i + 1]?.text ?? ''))
  )
    i++;
  // One word of two capitals is an acronym as often as a place ("UN —").
  return i === 1 && tokens[0].text.replace(/\./g, '').length < 3 ? 0 : i;
}

/**
 * Where a dateline ends: the index of the token after its dash, or -1 when the sentence opens with
 * none. A dateline opens a story with the place it was filed from, and in wire copy the day and the
 * agency: "WASHINGTON —", "WASHINGTON (AP) —", "ST. LOUIS, Mo. (AP) —", "NEW YORK, Sept. 3 (Reuters)
 * —", "LONDON, 8 May (AFP) -", "NEW DELHI:", and "Washington (Reuters) -" in a reprint (AP
 * Stylebook, "datelines"; Reuters Handbook of Journalism, "datelines"). None of it is a fact of the
 * story.
 */
function datelineEnd(tokens: Token[]): number {
  let i = datelinePlace(tokens);
  const capitals = i > 0;
  // A reprint's place in title case, only with an agency after it.
  if (!capitals && tokens[0]?.pos === 'PROPN' && tokens[1]?.text === '(') i = 1;
  if (i === 0) return -1;
  if (capitals && tokens[i]?.text === ':') return i + 1;
  if (capitals && tokens[i]?.text === ',') {
    const day = datelineDay(tokens, i + 1);
    if (day > i + 1) i = day;
    else {
      // ", Mo.", ", Rhaelia": the state or country, then perhaps the day.
      let j = i + 1;
      while (j < i + 1 + REGION_WORDS && tokens[j]?.pos === 'PROPN' && REGION_WORD.test(tokens[j].text)) j++;
      if (j === i + 1) return -1;
      i = tokens[j]?.text === ',' ? datelineDay(tokens, j + 1) : j;
      if (tokens[i]?.text === ',') return -1;
    }
  }
  // "(Reuters)", "(Eurasia Wire)": the agency that filed it.
  if (tokens[i]?.text === '(') {
    const close = tokens.findIndex((t, j) => j > i && t.text === ')');
    if (close < 0 || close - i - 1 > AGENCY_WORDS) return -1;
    i = close + 1;
  } else if (!capitals) return -1;
  return DASH.test(tokens[i]?.text ?? '') ? i + 1 : -1;
}

/** Whether a run of capitalised words lies in its sentence's dateline (`datelineEnd`). */
export function isDateline(run: Token[], sentence: Sentence): boolean {
  // Further in, "NATO: …" or "Smith (R) — …" opening a sentence is a name, not where the story was filed.
  if (sentence.paragraph >= DATELINE_PARAGRAPHS) return false;
  const end = datelineEnd(sentence.tokens);
  return end > 0 && sentence.tokens.indexOf(run[run.length - 1]) < end;
}
