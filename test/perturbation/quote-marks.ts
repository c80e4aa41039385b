import type { AnalyzedSource } from '../../src/pipeline.js';

// Quotation marks for the perturbation edits: whether a sentence's or a paragraph's marks pair up,
// and whether an attribution's content opens with a quotation of its own.

/**
 * Whether a sentence's quotation marks pair up within it. One that opens or closes a quotation
 * running over sentences ('…their case. But one of them shouldn't be…."') takes the other half's
 * mark with it when deleted: the text left is broken (an unclosed quotation), not an article with
 * one sentence fewer (issue 5, perturb10). Curly marks are counted by kind here, unlike
 * `paragraphQuotesPaired`: a deletion must leave no stray mark of either kind, and a sentence
 * whose marks are mixed is only skipped, the safe side for a deletion.
 */
export function quotesPaired(text: string): boolean {
  const count = (re: RegExp) => (text.match(re) ?? []).length;
  return count(/“/g) === count(/”/g) && count(/"/g) % 2 === 0;
}

/**
 * Whether a paragraph's quotation marks pair up, a quotation that runs on into the next paragraph
 * left open as AP style leaves it ('"A," he wrote. "B.' then '"C," he wrote.'). A paragraph whose
 * marks do not ('"A," he added. \'B. C."') leaves no way to read whose words a bare sentence of it
 * is once its tag is gone: the closing mark with no opening one may take it into the quotation, as
 * the tool's voice check does. Such text is broken, not a statement moved into the outlet's voice
 * (issue 10, perturb11: one drop-attribution miss). Curly and straight marks are counted
 * together here, unlike `quotesPaired`: the question is only whose words a sentence is, and a
 * quotation opened curly and closed straight still closes.
 */
export function paragraphQuotesPaired(source: AnalyzedSource, paragraph: number): boolean {
  const sentences = source.sentences.filter((s) => s.paragraph === paragraph);
  const last = sentences.at(-1);
  if (!last) return true;
  const text = source.text.slice(sentences[0].start, last.end);
  // Curly and straight marks counted together: '“A," she said.' mixes them but pairs up.
  const marks = (text.match(/["“”]/g) ?? []).length;
  if (marks % 2 === 0) return true;
  // Run on only when the paragraph's last mark opens a quotation ('… he wrote. "B.'), not when a
  // mark is missing inside it ('"A," he said. B" he told the Herald.').
  const at = Math.max(text.lastIndexOf('"'), text.lastIndexOf('“'), text.lastIndexOf('”'));
  const opens = text[at] === '“' || (text[at] === '"' && (at === 0 || /\s/.test(text[at - 1])));
  const next = source.sentences.find((s) => s.paragraph > paragraph);
  return opens && /^["“]/.test(next?.text ?? '');
}

/**
 * Whether a content opens with a quotation and goes on past its end ('"…," Rep. Ann Lee, D-N.Y.,
 * told The Post'): it keeps the quotation's speaker once the tail goes, so dropping the tail
 * drops where it was said, not who said it. A scare quote inside a statement is no such quotation.
 */
export const opensWithQuotation = (content: string): boolean => /^["“][^"“”]*["”]./s.test(content);
