import { linePatternOf } from '../../../lexicons/boilerplate.js';
import { reportingNoun } from '../../../lexicons/reporting-nouns.js';
import { reportingVerb } from '../../../lexicons/reporting-verbs.js';
import type { AnalyzedSource } from '../../../model/analyzed-source.js';
import type { AttributionClaim } from '../../../model/claim.js';
import type { Sentence } from '../../../model/source.js';
import { paragraphs } from '../paragraphs.js';
import type { Quotation } from './voice.js';

// Inputs: a source's sentences, its attribution claims, its quotations and the sentences already
// known to be quoted speech. Output: more sentences that are not the outlet's own voice, read from
// their context (issue 10; judged on dev pairs 2026-11-29: of 14 attribution findings, 9 took such
// a sentence for the outlet's statement). Each rule only withholds findings, never adds one.

/** How many paragraphs a block quote introduced by a colon or a speech cue may run. */
const BLOCK_REACH = 4;
/** A subject pronoun opening a sentence: "He pointed to …" after a quote of a named speaker. */
const SUBJECT_PRONOUN = /^(?:he|she|they)$/i;

const tagsOf = (source: AnalyzedSource, inside: (at: number) => boolean): AttributionClaim[] =>
  source.claims.filter((c): c is AttributionClaim => c.kind === 'attribution' && !inside(c.cue.start));

/** A speech verb of the reporting-verb lexicon, read from the tokens: a cue extraction missed still counts. */
const speechVerb = (s: Sentence) =>
  s.tokens.some((t) => t.pos === 'VERB' && reportingVerb(t.lemma) !== undefined);
/** A noun of a text whose words can follow ("a letter", "the statement"), from the reporting-noun lexicon. */
const documentNoun = (s: Sentence) =>
  s.tokens.some((t) => t.pos === 'NOUN' && reportingNoun(t.lemma, 'document') !== undefined);

/**
 * The surname a block quote's speaker goes by: the last capitalised word of the tag's speaker, else
 * of the first run of proper nouns in the introducing sentence ("… with Ada Lindqvist … writing").
 */
function surnameOf(tag: AttributionClaim | undefined, intro: Sentence): string | null {
  const spoken = tag?.speaker?.text.match(/\p{Lu}[\p{L}'’-]+/gu)?.at(-1);
  if (spoken) return spoken;
  const first = intro.tokens.findIndex((t) => t.pos === 'PROPN');
  if (first < 0) return null;
  const run = intro.tokens.slice(first).findIndex((t) => t.pos !== 'PROPN');
  return intro.tokens[first + (run < 0 ? intro.tokens.length - first : run) - 1]?.text ?? null;
}

/**
 * Paragraphs that print a speaker's words as a block: after a paragraph that ends with a colon
 * ("Read the full statement:"), or after a paragraph with a speech verb, a document noun and no
 * quotation of its own when the next paragraph opens with a quotation mark ("writing a letter …
 * calling for …", then the letter). The block runs until a paragraph naming the speaker again (the outlet's voice), or one
 * opening with a tag of a named speaker, at most `BLOCK_REACH` paragraphs.
 */
function blockQuoted(source: AnalyzedSource, tags: AttributionClaim[], voiced: Set<string>): void {
  const blocks = paragraphs(source.sentences);
  const text = (p: Sentence[]) => source.text.slice(p[0].start, p.at(-1)?.end ?? p[0].end);
  const opensWithTag = (p: Sentence[]) =>
    tags.some((t) => t.sentence === p[0].id && t.speaker && !SUBJECT_PRONOUN.test(t.speaker.text));
  blocks.forEach((intro, i) => {
    const next = blocks[i + 1];
    const last = intro.at(-1);
    if (!next || !last) return;
    // A colon closing the outlet's own notice ("This post has been revised to reflect the
    // following correction:", "Read more:") introduces no speaker's words: segment gives such
    // lines the boilerplate role. A line takes its role from the notice it opens with, so in a
    // line of several sentences the colon's own sentence must be the notice (review of perturb11,
    // item 8: "Correction: … misstated her age. Lee released this statement:").
    if (last.role === 'boilerplate' && (intro.length === 1 || linePatternOf(last.text))) return;
    const introText = text(intro).trimEnd();
    const colon = introText.endsWith(':');
    const letter =
      speechVerb(last) && documentNoun(last) && !/["“”]/.test(introText) && /^["“]/.test(text(next));
    if (!colon && !letter) return;
    const surname = surnameOf(tags.filter((t) => t.sentence === last.id).at(-1), last);
    for (const p of blocks.slice(i + 1, i + 1 + BLOCK_REACH)) {
      if (opensWithTag(p) || (surname && text(p).includes(surname))) break;
      for (const s of p) voiced.add(s.id);
    }
  });
}

/**
 * Sentences whose subject is a pronoun for the speaker of the sentence before ("…," Halvorsen said.
 * He pointed to …): what they report is that speaker's argument, not the outlet's finding.
 */
function pronounSpeaker(source: AnalyzedSource, tags: AttributionClaim[], voiced: Set<string>): void {
  source.sentences.forEach((s, i) => {
    const before = source.sentences[i - 1];
    const first = s.tokens[0];
    if (!before || !first || !SUBJECT_PRONOUN.test(first.text) || s.paragraph - before.paragraph > 1) return;
    const named = tags.some(
      (t) => t.sentence === before.id && t.speaker && !SUBJECT_PRONOUN.test(t.speaker.text),
    );
    if (named || voiced.has(before.id)) voiced.add(s.id);
  });
}

/**
 * Adds to `voiced` the sentences that context, not quotation marks, gives to a speaker: block
 * quotes after a colon or a speech cue, and sentences with a pronoun subject for the last speaker.
 */
export function contextVoiced(source: AnalyzedSource, quotes: Quotation[], voiced: Set<string>): void {
  const inside = (at: number) => quotes.some((q) => q.start <= at && at < q.end);
  const tags = tagsOf(source, inside);
  blockQuoted(source, tags, voiced);
  pronounSpeaker(source, tags, voiced);
}
