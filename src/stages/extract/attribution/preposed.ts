// "X said (that) CONTENT", "X told reporters on Tuesday that CONTENT", "X claims it struck …",
// "Anuar Zhainakov, a spokesman for …, confirmed on Monday that …", and for object cues
// "X called for new talks", "X accused Iran of shelling the town".
import { posClass, verbClass } from '../../../lexicons/word-sets.js';
import type { Token } from '../../../model/source.js';
import { phraseStartingAt, skipBetween } from '../../../text/noun-phrase.js';
import { isOpeningQuote } from '../../../text/quotes.js';
import { addresseeAt } from './addressee.js';
import { adverbialClauseEnd } from './adverbial-clause.js';
import { isVerb } from './content-end.js';
import { type AttributionRule, attribution, type SentenceScan, speakerOf } from './context.js';
import { cueSubject } from './distant-subject.js';
import { withoutTime } from './speaker-time.js';

/** Cues whose first object is the addressee: "told reporters that", "warned Iran that". */
const OPENERS = /^(?:that|:|“|"|‘)$/u;

/**
 * Index where the content starts after the cue, or -1 when the cue's frame does not fit:
 * `that` cues need that/colon/quote; `any` cues also take a bare clause (with a verb);
 * `object` cues also take an object or infinitive.
 */
export function contentStart(
  tokens: Token[],
  scan: SentenceScan,
  from: number,
  lemma: string,
  frame: string,
): number {
  let k = from;
  // WordNet's frame 26 verbs: the clause's opener right after the verb ("averred that …").
  if (frame === 'clause')
    return OPENERS.test(tokens[k]?.lower ?? '') ? k + (tokens[k].lower === 'that' ? 1 : 0) : -1;
  if (verbClass('addressee').has(lemma)) {
    const addressee = addresseeAt(tokens, k);
    k = (addressee?.last ?? k - 1) + 1;
    // The chunker reads "to" (a particle) as part of the phrase: "his aides to".
    if (addressee && addressee.last > addressee.first && tokens[k - 1].lower === 'to') k--;
    // "warned the rebels to withdraw from …", "told his advisers to find …": a directive's content
    // is the infinitive after its addressee (Quirk et al. 1985, ch. 16: object + to-infinitive).
    if (addressee && tokens[k]?.lower === 'to' && tokens[k + 1]?.pos === 'VERB') return k;
  }
  // Adjuncts before "that": "confirmed on Monday that", "said in a statement that", "stated, “…".
  for (let j = k; j < Math.min(tokens.length, k + 8); j++) {
    // A quotation mark opens the content only right after the cue or a comma: "as a “friend of labor”" is a label.
    const quoteHere = isOpeningQuote(tokens[j].text) && j > k && !/^[,:]$/u.test(tokens[j - 1].text);
    // "adding to the cloud of doubt that has hung over …": a "that" after a noun and right before
    // a verb is a relative pronoun, the subject of a clause inside the noun phrase, not a complementizer
    // (Quirk et al. 1985, ch. 17); so the cue's own content is not here.
    if (relativeThat(tokens, j) && j > k) break;
    if (OPENERS.test(tokens[j].lower) && !quoteHere) return tokens[j].lower === 'that' ? j + 1 : j;
    const beforeQuote = tokens[j].text === ',' && /^[“"]$/u.test(tokens[j + 1]?.text ?? '');
    if (isVerb(tokens[j]) || (tokens[j].text === ',' && !beforeQuote)) break;
  }
  if (commitment(tokens, k, lemma)) return k;
  if (frame === 'that') return -1;
  if (tokens[k]?.text === ',') k++;
  if (frame === 'label') return labelled(tokens, k) ? k : -1;
  if (frame === 'object') return scan.nextWord[k] < tokens.length ? k : -1;
  // A bare object ("claimed victory") or an infinitive ("vowed to fight") is not reported
  // speech: the content needs a clause of its own.
  if (tokens[k]?.lower === 'to' || tokens[k - 1]?.lower === 'to') return -1;
  return scan.nextVerb[k] < tokens.length ? k : -1;
}

/** "the plan that has stalled": "that" between a noun and a verb. */
function relativeThat(tokens: Token[], j: number): boolean {
  return (
    tokens[j].lower === 'that' &&
    /^(?:NOUN|PROPN)$/u.test(tokens[j - 1]?.pos ?? '') &&
    /^(?:VERB|AUX)$/u.test(tokens[j + 1]?.pos ?? '')
  );
}

/**
 * Commissives (Searle 1976: a speaker commits to a future act) report that act as their content:
 * "vowed to reopen the closed mills", "agreed to release the cash". "vowed to fight" alone, with no
 * object, commits to no proposition the outlet could check, so it stays out.
 */

function commitment(tokens: Token[], k: number, lemma: string): boolean {
  if (!verbClass('commissive').has(lemma) || tokens[k]?.lower !== 'to') return false;
  // "to harshly punish …": an adverb may sit between "to" and the verb.
  const verb = tokens[k + 1]?.pos === 'ADV' ? k + 2 : k + 1;
  return tokens[verb]?.pos === 'VERB' && posClass('object-start').has(tokens[verb + 1]?.pos ?? '');
}

/** "called it “reckless”", "called him a liar": the object is followed by a quote or a predicate noun phrase. */
function labelled(tokens: Token[], k: number): boolean {
  const object = phraseStartingAt(tokens, k);
  // The chunker runs object and label together: "climate change a hoax", "the charges unfounded".
  for (let j = k + 1; object && j <= object.last; j++) {
    const head = /^(?:NOUN|PROPN|PRON)$/u.test(tokens[j - 1].pos);
    const label = /^(?:a|an)$/u.test(tokens[j].lower) || (tokens[j].pos === 'ADJ' && j === object.last);
    if (head && label) return true;
  }
  const after = tokens[(object?.last ?? k - 1) + 1];
  return !!object && !!after && (isOpeningQuote(after.text) || /^(?:a|an|the)$/u.test(after.lower));
}

/** Speaker before the cue, content after it. */
export const preposed: AttributionRule = (ctx) => {
  const { tokens, cue } = ctx;
  // "an ad describing himself as …": a bare participle may modify a noun, so without "is" before
  // it ("is saying") it only counts with that, a colon or a quote after it.
  // skipBetween steps over the auxiliaries, so "be" is looked for among the words it stepped over.
  const progressive = tokens
    .slice(skipBetween(tokens, cue.first) + 1, cue.first)
    .some((t) => t.lemma === 'be');
  const bare = tokens[cue.first].lower.endsWith('ing') && !progressive;
  const np = withoutTime(tokens, cueSubject(tokens, cue, ctx.cues));
  if (!np) return null;
  const k = contentStart(tokens, ctx.scan, cue.last + 1, cue.entry.lemma, bare ? 'that' : cue.entry.frame);
  if (k < 0 || k >= tokens.length) return null;
  return attribution(
    ctx,
    'extract/attribution-preposed',
    speakerOf(ctx, np),
    tokens[k].start,
    adverbialClauseEnd(ctx, np),
  );
};
