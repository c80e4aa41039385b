import { diffArrays } from 'diff';
import type { Sentence, Token } from '../../../model/source.js';
import type { SentencePair } from '../agreement/sentence-pairs.js';
import type { CompareContext, FindingDraft } from '../context.js';
import { outlet } from '../context.js';
import type { MatchedFacts } from '../facts/fact-match.js';
import { isQuoted, type QuoteRange, quotedRanges } from './quotes.js';

/** Two sentences are the same quotation when most of the lighter one recurs in the other. */
const SAME_QUOTE = 0.7;

type Ranges = readonly QuoteRange[];

/** The quoted words of a sentence, punctuation left out: what the diff compares. */
const quotedWords = (s: Sentence, q: Ranges): Token[] =>
  s.tokens.filter((t) => t.pos !== 'PUNCT' && isQuoted(q, t));

/** A name word: a capitalised proper noun of letters only ("Nora", not "Sen." nor "D-Calif"). */
const isNameWord = (t: Token) => t.pos === 'PROPN' && /^\p{Lu}\p{Ll}{2,}$/u.test(t.text);

/** The one name swapped inside an otherwise equal run of words, if that is the only change. */
function swappedName(a: Token[], b: Token[]): [Token, Token] | undefined {
  const parts = diffArrays(
    a.map((t) => t.lower),
    b.map((t) => t.lower),
  );
  const changed = parts.filter((p) => p.added || p.removed);
  if (changed.length !== 2 || !changed[0].removed || !changed[1].added) return undefined;
  if (changed[0].count !== 1 || changed[1].count !== 1) return undefined;
  const at = parts.indexOf(changed[0]);
  const i = parts.slice(0, at).reduce((n, p) => n + (p.added ? 0 : (p.count ?? 0)), 0);
  const j = parts.slice(0, at).reduce((n, p) => n + (p.removed ? 0 : (p.count ?? 0)), 0);
  const [x, y] = [a[i], b[j]];
  // A name followed by the same surname on both sides: "Nora Keller Vance" / "Dora Keller Vance".
  const next = a[i + 1];
  const sameSurname = next !== undefined && next.pos === 'PROPN' && next.lower === b[j + 1]?.lower;
  if (!isNameWord(x) || !isNameWord(y) || !sameSurname) return undefined;
  return x.lower.startsWith(y.lower) || y.lower.startsWith(x.lower) ? undefined : [x, y];
}

/**
 * Rule `compare/quote-divergence`: both outlets print the same quotation, but with a different
 * name in it ("the Nora Keller Vance Servers" / "the Dora Keller Vance Servers"):
 * one of them misquotes, or corrected the speaker without saying so. Only a first name before
 * the same surname, inside quotation marks on both sides, counts; figures are the quantity rules'.
 */
export function quoteDivergence(ctx: CompareContext, m: MatchedFacts): FindingDraft[] {
  const quotes = { a: quotedRanges(ctx.a.text), b: quotedRanges(ctx.b.text) };
  const out: FindingDraft[] = [];
  for (const p of m.sentences.filter((s: SentencePair) => s.cover >= SAME_QUOTE)) {
    const swap = swappedName(quotedWords(p.a, quotes.a), quotedWords(p.b, quotes.b));
    if (!swap) continue;
    const [x, y] = swap;
    out.push({
      kind: 'divergence',
      subject: 'quote',
      a: [{ sentence: p.a.id, start: x.start, end: x.end, text: x.text }],
      b: [{ sentence: p.b.id, start: y.start, end: y.end, text: y.text }],
      claims: [],
      ruleId: 'compare/quote-divergence',
      salience: 0.8,
      explanation: `Quoting the same words, ${outlet(ctx, 'a')} has '${x.text}' where ${outlet(ctx, 'b')} has '${y.text}'.`,
    });
  }
  return out;
}
