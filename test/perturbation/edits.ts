import type { Sentence, Token } from '../../src/model/source.js';
import type { AnalyzedSource } from '../../src/pipeline.js';
import { insideCompound } from '../../src/stages/compare/framing/label-context.js';
import { insideRange, quotedRanges } from '../../src/stages/compare/framing/quotes.js';
import { opensWithQuotation, paragraphQuotesPaired, quotesPaired } from './quote-marks.js';

/** A known edit: replace text.slice(start, end) of the original body with `insert`. */
export interface Edit {
  type: EditType;
  start: number;
  end: number;
  insert: string;
  /** The finding kind the edit must produce. */
  expect: 'divergence' | 'framing' | 'attribution' | 'omission' | null;
}

export type EditType =
  | 'change-number'
  | 'change-date'
  | 'swap-label'
  | 'said-to-claimed'
  | 'drop-attribution'
  | 'delete-sentence';

const body = (source: AnalyzedSource) => source.sentences.filter((s) => s.role === 'body');

/** A digit figure of a counted noun: add 7, so the two intervals are disjoint. */
function changeNumber(source: AnalyzedSource): Edit | null {
  for (const c of source.claims) {
    if (c.kind !== 'quantity' || c.precision !== 'exact' || c.value === undefined || c.noun === null)
      continue;
    const m = /\d[\d,]*/.exec(c.text);
    if (!m || m[0].includes(',')) continue;
    const start = c.start + m.index;
    return {
      type: 'change-number',
      start,
      end: start + m[0].length,
      insert: String(Number(m[0]) + 7),
      expect: 'divergence',
    };
  }
  return null;
}

const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** A day-precise date written as "Month D": move it to another month. */
function changeDate(source: AnalyzedSource): Edit | null {
  for (const c of source.claims) {
    if (c.kind !== 'date' || c.precision !== 'day' || !c.interval) continue;
    const m = new RegExp(`\\b(${MONTHS.join('|')})\\b`).exec(c.text);
    if (!m || !/\d/.test(c.text)) continue;
    const other = MONTHS[(MONTHS.indexOf(m[1]) + 5) % 12];
    const start = c.start + m.index;
    return { type: 'change-date', start, end: start + m[1].length, insert: other, expect: 'divergence' };
  }
  void WEEKDAYS;
  return null;
}

/** Neutral label → loaded label, from the framing examples of issue 5. */
const SWAPS: [RegExp, string][] = [
  [/\bgovernment\b/, 'regime'],
  [/\brebels\b/, 'terrorists'],
  [/\bprotesters\b/, 'rioters'],
  [/\battack\b/, 'aggression'],
];

/** Whether the word starting at `at` is one that framing reads as a label: not inside a compound ("government-rebel"). */
function readAsLabel(source: AnalyzedSource, tokens: Token[], at: number): boolean {
  const i = tokens.findIndex((t) => t.start === at);
  return i >= 0 && !insideCompound(source.text, tokens, i, i + 1);
}

/**
 * Swaps outside quotation marks only: a word inside a quote is the speaker's, not the outlet's
 * framing (issue 10); only where framing reads the word as a label; and only to a loaded label the
 * article does not use already.
 */
function swapLabel(source: AnalyzedSource): Edit | null {
  const quoted = quotedRanges(source);
  for (const [pattern, insert] of SWAPS) {
    // An article that already says "regime" shows no contrast when one more "regime" appears:
    // framing's shared-word check leaves that out on purpose.
    if (new RegExp(`\\b${insert}\\b`, 'i').test(source.text)) continue;
    for (const s of body(source)) {
      const m = pattern.exec(s.text);
      if (m && !insideRange(quoted, s.start + m.index) && readAsLabel(source, s.tokens, s.start + m.index))
        return {
          type: 'swap-label',
          start: s.start + m.index,
          end: s.start + m.index + m[0].length,
          insert,
          expect: 'framing',
        };
    }
  }
  return null;
}

/** "X said …" → "X claimed …". */
function saidToClaimed(source: AnalyzedSource): Edit | null {
  for (const c of source.claims) {
    if (c.kind === 'attribution' && c.cue.text === 'said' && c.speaker) {
      return {
        type: 'said-to-claimed',
        start: c.cue.start,
        end: c.cue.end,
        insert: 'claimed',
        expect: 'attribution',
      };
    }
  }
  return null;
}

/**
 * Words in the first person ("I think…", "We don't care…") are a speaker's: stripped of their tag and
 * marks they read as a quotation missing its marks, never as the outlet's own statement, so the edit
 * would not make the outlet state them (issue 5, perturb10: three of five drop-attribution misses
 * were such quotations, two of them still voiced by a colon or the speaker named just before).
 */
const FIRST_PERSON = /\b(?:I|[Mm]e|[Mm]y|[Mm]ine|[Ww]e|[Uu]s|[Oo]ur|[Oo]urs)\b/;

/**
 * Whether dropping a sentence's tail tag would move its content into the outlet's voice: a body
 * sentence whose paragraph tags no quote before it (after '"A," Okafor said. "B," he said.' the
 * second tag drops nothing for a reader: a new speaker gets a new paragraph, AP style), whose marks
 * pair up, whose words are not in the first person, and whose content is a clause (a "content"
 * without a verb, "In his statement on Friday, Mr. X did not respond" read as a tag, leaves a
 * fragment, not a statement).
 */
function tagMayGo(
  source: AnalyzedSource,
  sentence: Sentence,
  content: { start: number; end: number },
): boolean {
  if (sentence.role !== 'body' || !/[.]$/.test(sentence.text)) return false;
  const earlier = source.sentences.filter(
    (s) => s.paragraph === sentence.paragraph && s.index < sentence.index,
  );
  if (earlier.some((s) => /["“”]/.test(s.text))) return false;
  if (!paragraphQuotesPaired(source, sentence.paragraph)) return false;
  if (FIRST_PERSON.test(source.text.slice(content.start, content.end))) return false;
  return sentence.tokens.some(
    (t) => t.start >= content.start && t.end <= content.end && (t.pos === 'VERB' || t.pos === 'AUX'),
  );
}

/**
 * "CONTENT, X said." → "CONTENT.": the outlet now states it in its own voice. A quotation loses its
 * marks too ('"We won," he said.' → 'We won.'): an untagged quotation is still someone's words, and
 * a reader takes it for the speaker of the paragraph before (AP convention), so keeping the marks
 * would drop the tag, not the attribution.
 */
function dropAttribution(source: AnalyzedSource): Edit | null {
  for (const c of source.claims) {
    if (c.kind !== 'attribution' || c.content.end >= c.cue.start) continue;
    const sentence = source.sentences.find((s) => s.id === c.sentence);
    if (!sentence || !tagMayGo(source, sentence, c.content)) continue;
    const tail = source.text.slice(c.content.end, sentence.end - 1);
    const m = /^,(["”]?)\s*[^,"”]{1,60}$/.exec(tail);
    if (!m) continue;
    if (!m[1]) {
      if (opensWithQuotation(source.text.slice(c.content.start, c.content.end))) continue;
      return {
        type: 'drop-attribution',
        start: c.content.end,
        end: sentence.end - 1,
        insert: '',
        expect: 'attribution',
      };
    }
    // A quotation (its content span holds the opening mark): only one that opens the sentence and
    // holds no other marks.
    const open = c.content.start;
    const words = source.text.slice(open + 1, c.content.end);
    if (open !== sentence.start || !/^["“]$/.test(source.text[open]) || /["“”]/.test(words)) continue;
    return {
      type: 'drop-attribution',
      start: open,
      end: sentence.end - 1,
      insert: words,
      expect: 'attribution',
    };
  }
  return null;
}

const CONTENT_POS = new Set(['NOUN', 'PROPN', 'VERB', 'ADJ', 'NUM']);

/** Delete a whole body sentence with content (four content words, the comparer's threshold) from mid-article. */
function deleteSentence(source: AnalyzedSource): Edit | null {
  const candidates = body(source).filter(
    (s) => s.tokens.filter((t) => CONTENT_POS.has(t.pos)).length >= 4 && quotesPaired(s.text),
  );
  const s = candidates[Math.floor(candidates.length / 2)];
  if (!s) return null;
  const end = /\s/.test(source.text[s.end] ?? '') && source.text[s.end] !== '\n' ? s.end + 1 : s.end;
  return { type: 'delete-sentence', start: s.start, end, insert: '', expect: 'omission' };
}

/** Every edit type, in the order the harness reports them. */
export const EDITS: Record<EditType, (source: AnalyzedSource) => Edit | null> = {
  'change-number': changeNumber,
  'change-date': changeDate,
  'swap-label': swapLabel,
  'said-to-claimed': saidToClaimed,
  'drop-attribution': dropAttribution,
  'delete-sentence': deleteSentence,
};

/** Applies an edit to a body text. */
export function applyEdit(text: string, edit: Edit): string {
  return text.slice(0, edit.start) + edit.insert + text.slice(edit.end);
}

/** Reverses the order of paragraphs in pairs (1 2 3 4 → 2 1 4 3): a deterministic shuffle. */
export function shuffleParagraphs(text: string): string {
  const paragraphs = text.split(/\n\s*\n/).filter((p) => p.trim().length > 0);
  const out: string[] = [];
  for (let i = 0; i < paragraphs.length; i += 2) out.push(...paragraphs.slice(i, i + 2).reverse());
  return out.join('\n\n');
}
