import { carriesClaims } from '../../../model/roles.js';
import type { Sentence, Token } from '../../../model/source.js';
import type { Side } from '../../../model/span.js';
import { type CompareContext, type FindingDraft, otherSide, outlet } from '../context.js';
import type { MatchedFacts } from '../facts/fact-match.js';
import { sameHead } from '../facts/fact-same.js';
import { spanOf } from '../spans.js';
import { refinementDraft } from './specificity-draft.js';

// Inputs: the noun phrases after a word and its preposition ("meetings with …") on both sides.
// One side names a person with a title ("Norwegian minister Ola Berntsen"), the other gives only
// a description ("the Norwegian envoy") after the same words: the name refines it.

const CONFIDENCE = 0.6;
const PHRASE = new Set(['PROPN', 'NOUN', 'ADJ']);

/** A noun phrase after a governing word and its preposition: "meetings with | Norwegian minister Ola Berntsen". */
interface Slot {
  sentence: Sentence;
  /** Lemma of the governing noun or verb and the preposition: "meeting with". */
  key: string;
  /** The phrase's tokens (after "the" for a description). */
  words: Token[];
  /** The phrase's first token, "the" included. */
  first: Token;
}

/** Phrases that follow a content word and a preposition, in a sentence. */
function slots(s: Sentence): Slot[] {
  const out: Slot[] = [];
  const t = s.tokens;
  for (let k = 1; k + 1 < t.length; k++) {
    if (t[k].pos !== 'ADP' || (t[k - 1].pos !== 'NOUN' && t[k - 1].pos !== 'VERB')) continue;
    const start = t[k + 1].lower === 'the' ? k + 2 : k + 1;
    let end = start;
    while (end < t.length && end - start < 6 && PHRASE.has(t[end].pos)) end++;
    if (end > start)
      out.push({
        sentence: s,
        key: `${t[k - 1].lemma} ${t[k].lower}`,
        words: t.slice(start, end),
        first: t[k + 1],
      });
  }
  return out;
}

/** The person's name at the end of a phrase, two proper nouns or more, after a title of one word or more. */
function nameOf(slot: Slot): { title: Token[]; name: Token[] } | undefined {
  if (slot.first.lower === 'the') return undefined;
  let i = slot.words.length;
  while (i > 0 && slot.words[i - 1].pos === 'PROPN') i--;
  const [title, name] = [slot.words.slice(0, i), slot.words.slice(i)];
  return name.length >= 2 && title.some((w) => w.pos === 'NOUN') ? { title, name } : undefined;
}

/** A definite description with no name in it: "the Norwegian envoy". */
const isDescription = (slot: Slot) =>
  slot.first.lower === 'the' &&
  slot.words.at(-1)?.pos === 'NOUN' &&
  !slot.words.some((w, i) => w.pos === 'PROPN' && slot.words[i + 1]?.pos === 'PROPN');

/** Proper-noun lemmas of a sentence outside the given tokens: who else the sentence is about. */
const otherNames = (s: Sentence, skip: Token[]) =>
  new Set(s.tokens.filter((t) => t.pos === 'PROPN' && !skip.includes(t)).map((t) => t.lemma));

/** The finding for a named slot on side `fine` whose description the other side gives, if any. */
function refine(ctx: CompareContext, fine: Side, named: Slot, described: Slot[]): FindingDraft | undefined {
  const parts = nameOf(named);
  if (!parts) return undefined;
  // The description after the same words, looked for first: it reads two sentences, where the
  // surname test below reads the whole other article, and most named slots have none.
  const actors = otherNames(named.sentence, named.words);
  const match = described.find(
    (d) =>
      d.key === named.key &&
      d.words.some((w) => parts.title.some((t) => sameHead(w.lemma, t.lemma))) &&
      [...otherNames(d.sentence, d.words)].some((n) => actors.has(n)),
  );
  if (!match) return undefined;
  const coarse = otherSide(fine);
  const surname = parts.name.at(-1)?.lemma;
  // The other article names the person somewhere: no refinement.
  if (ctx[coarse].sentences.some((s) => s.tokens.some((t) => t.lemma === surname))) return undefined;
  const nameSpan = spanOf(named.sentence, named.words[0].start, (named.words.at(-1) as Token).end);
  const descSpan = spanOf(match.sentence, match.first.start, (match.words.at(-1) as Token).end);
  return refinementDraft({
    fine,
    precise: nameSpan,
    vague: descSpan,
    subject: 'name',
    claims: [],
    ruleId: 'compare/name-refinement',
    salience: 0.35,
    confidence: CONFIDENCE,
    explanation: `${outlet(ctx, fine)} names '${nameSpan.text}' where ${outlet(ctx, coarse)} says only '${descSpan.text}'.`,
  });
}

/**
 * Rule `compare/name-refinement`: after the same words ("meetings with"), one side names a person
 * with a title and the other gives a description sharing a word of that title ("Norwegian
 * minister Ola Berntsen" / "the Norwegian envoy"); both sentences name one more actor, and the
 * other article never gives the surname.
 */
export function nameRefinement(ctx: CompareContext, _m: MatchedFacts): FindingDraft[] {
  const all = {
    a: ctx.a.sentences.filter(carriesClaims).flatMap(slots),
    b: ctx.b.sentences.filter(carriesClaims).flatMap(slots),
  };
  return (['a', 'b'] as const).flatMap((fine) => {
    const described = all[otherSide(fine)].filter(isDescription);
    return all[fine]
      .map((slot) => refine(ctx, fine, slot, described))
      .filter((f): f is FindingDraft => f !== undefined);
  });
}
