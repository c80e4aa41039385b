import { reportingVerb } from '../../../lexicons/reporting-verbs.js';
import type { AnalyzedSource } from '../../../model/analyzed-source.js';
import type { Token } from '../../../model/source.js';
import { contextVoiced } from './attribution-voice.js';
import { around, type SourceTokens, sourceTokens } from './quote-tokens.js';
import { quotedRanges } from './quotes.js';

/** A quotation: the sentences it runs through and the offsets between its marks. */
export interface Quotation {
  sentences: string[];
  start: number;
  end: number;
}

/**
 * The quotations of a source, from the quotation spans of `quotes.ts` (curly and straight marks,
 * lost opening marks, quotes running on into paragraphs that reopen them), each with the
 * sentences it runs through.
 */
export function quotations(source: AnalyzedSource): Quotation[] {
  return quotedRanges(source.text).map(({ start, end }) => ({
    start,
    end,
    sentences: source.sentences.filter((x) => x.start < end && start < x.end).map((x) => x.id),
  }));
}

/**
 * "a so-called "development fund"": "so-called" is an adjective presenting a term as the name
 * others give a thing (dictionaries: "commonly named", often with doubt), not a verb reporting
 * speech, so it tags no quotation (blind 42 reader: the sentence's figure was read as no one's
 * statement, and its contrast with "The report alleges …" was never made).
 */
function soCalled(before: { t: Token }[], i: number): boolean {
  if (before[i].t.lower !== 'called') return false;
  const k = before[i - 1]?.t.lower === '-' ? i - 2 : i - 1;
  return before[k]?.t.lower === 'so';
}

/**
 * Whether a quotation has a tag: a speech verb of the reporting-verb lexicon just after its
 * closing mark (in its sentence, or opening the next sentence of the paragraph) or just before its
 * opening mark. Read from the tokens, so a tag the attribution rules missed still counts.
 */
function hasTag(source: AnalyzedSource, tokens: SourceTokens, q: Quotation): boolean {
  const speech = (t: Token) => reportingVerb(t.lemma) !== undefined;
  const { after, first, before, last, rest } = around(tokens, q);
  const near = after.filter(
    ({ s }) => s === last || (s.paragraph === last?.paragraph && s.index === last.index + 1),
  );
  if (near.some(({ t }) => speech(t))) return true;
  if (before.some(({ t }, i) => speech(t) && !soCalled(before, i))) return true;
  // '…," Brandt recounts in one letter' / '…," he tweeted': a comma closing the quotation and a verb
  // with a name or pronoun right after it tag it whatever the verb (AP quotation style).
  const closing = source.text.slice(Math.max(0, q.end - 2), q.end);
  const after3 = rest.slice(0, 3).map(({ t }) => t.pos);
  if (/[,?!]["”]$/.test(closing)) {
    if (after3.includes('VERB') && (after3.includes('PROPN') || after3.includes('PRON'))) return true;
    // '…," Okafor, who is 52, said in his statement': the tag clause may hold an apposition.
    if (
      rest.some(({ t }) => t.pos === 'VERB' && speech(t)) &&
      ['PROPN', 'PRON'].includes(rest[0]?.t.pos ?? '')
    )
      return true;
  }
  // 'He went on, "…': a short clause of a name or pronoun and a verb, then a comma, opens the quotation.
  const lead = before.map(({ t }) => t);
  return (
    /,\s*["“]$/.test(source.text.slice(Math.max(0, q.start - 3), q.start + 1)) &&
    lead.length > 0 &&
    lead.length <= 5 &&
    lead[0].start === first?.start &&
    lead.some((t) => t.pos === 'VERB') &&
    lead.some((t) => t.pos === 'PROPN' || t.pos === 'PRON')
  );
}

/**
 * Sentences an outlet does not say in its own voice although no attribution covers them: every
 * sentence of a quotation that has a tag, a speech cue outside its marks ("…," said Buck), in one
 * of its sentences or right beside it, or a colon before it, and of the quotations that follow a
 * tagged one in its paragraph. Issue 10, cause 3: a quote split over sentences or
 * paragraphs is still the speaker's, so "stated as fact" or "attribution dropped" must never be
 * read off its other sentences. A quotation with no tag anywhere is printed without a source,
 * which is the outlet's doing, so it stays in its voice.
 */
export function notOwnVoice(source: AnalyzedSource): ReadonlySet<string> {
  let voiced = voicedCache.get(source);
  if (!voiced) {
    voiced = findNotOwnVoice(source);
    voicedCache.set(source, voiced);
  }
  return voiced;
}

// It depends on the source alone (its quotations and tags), and every pair of the source asks.
const voicedCache = new WeakMap<AnalyzedSource, ReadonlySet<string>>();

function findNotOwnVoice(source: AnalyzedSource): Set<string> {
  const quotes = quotations(source);
  const inside = (at: number) => quotes.some((q) => q.start <= at && at < q.end);
  const tags = source.claims.filter((c) => c.kind === 'attribution' && !inside(c.cue.start));
  const paragraph = new Map(source.sentences.map((s) => [s.id, s.paragraph]));
  // Every token with its sentence, built once for all quotations (issue 13: it was rebuilt per quotation).
  const tokens = sourceTokens(source);
  const tagged = quotes.map(
    (q) =>
      tags.some((t) => q.sentences.includes(t.sentence)) ||
      hasTag(source, tokens, q) ||
      // "The letter goes on: “…": a colon introduces a quotation as the words of what precedes it.
      /:\s*$/.test(source.text.slice(Math.max(0, q.start - 3), q.start)),
  );
  const voiced = new Set<string>();
  quotes.forEach((q, i) => {
    // A new speaker gets a new paragraph (AP style): an untagged quotation after a tagged one in the
    // same paragraph ('…," he declared. "It is going to be…') carries on the same speaker's words.
    const earlier = quotes.some(
      (p, j) =>
        j < i && tagged[j] && paragraph.get(p.sentences.at(-1) ?? '') === paragraph.get(q.sentences[0]),
    );
    if (tagged[i] || earlier) for (const id of q.sentences) voiced.add(id);
  });
  contextVoiced(source, quotes, voiced);
  return voiced;
}
