// wink-nlp's tagger reads unknown capitalised names as verbs ("Brandt/VERB said/VERB",
// "Ilse M. Brandt/VERB"), which hides the speaker from the noun-phrase chunker. Before the
// attribution rules run, such tokens are retagged as proper nouns: a capitalised "verb" in the
// middle of a clause, or one that opens the sentence right before another verb. Two more misreadings
// hide a subject the same way: a quantifier standing alone as the subject ("Several/ADJ argued",
// "Most/ADV said"), retagged a pronoun, and the adjective that ends a title ("attorney general/ADJ
// said"), retagged a noun.
import { functionWords } from '../../../lexicons/word-sets.js';
import type { Token } from '../../../model/source.js';
import { isClosingQuote } from '../../../text/quotes.js';

const CAPITAL = /^\p{Lu}/u;
/** After these a capital starts a new clause or a quotation, so it may really be a verb. */
const CLAUSE_START = /^(?:["“‘'(:;—–-]|\.\.\.|…)$/u;
/** Tags the tagger gives a quantifier or a title's adjective where they are nouns (asked of every token: no pattern). */
const modifier = (pos: string): boolean => pos === 'DET' || pos === 'ADV' || pos === 'ADJ';
const CLAUSE_END = /^[.;:!?]$/u;
/** The second half of a correlative pair whose first half may stand where a subject does. */
const CORRELATIVE: Record<string, string> = { neither: 'nor', either: 'or' };

function misTaggedName(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  if (t.pos !== 'VERB' || !CAPITAL.test(t.text) || t.text === 'I') return false;
  const before = tokens[i - 1];
  if (before && !CLAUSE_START.test(before.text)) return true;
  const next = tokens[i + 1];
  return next?.pos === 'VERB' || next?.pos === 'AUX' || (next !== undefined && next.text === ',');
}

/**
 * "Most said", ", but several argued": a quantifier used as a noun phrase (Quirk et al. 1985,
 * 6.45-6.62) at a clause's start, right before a verb; "most voters said" is no such use.
 */
function quantifierSubject(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  if (!modifier(t.pos) || !functionWords('quantifier-pronoun').has(t.lower)) return false;
  if (!clauseStart(tokens, i) || correlative(tokens, i)) return false;
  return /^(?:VERB|AUX)$/u.test(tokens[i + 1]?.pos ?? '');
}

/** A real clause start: the sentence's first word, after a closing quote and comma, or after ", and". */
function clauseStart(tokens: Token[], i: number): boolean {
  const before = tokens[i - 1];
  if (!before) return true;
  const prior = tokens[i - 2]?.text ?? '';
  if (before.text === ',') return isClosingQuote(prior);
  return before.pos === 'CCONJ' && prior === ',';
}

/** "neither confirmed nor denied": a correlative pair (Quirk et al. 1985, 13.33), no subject. */
function correlative(tokens: Token[], i: number): boolean {
  const pair = CORRELATIVE[tokens[i].lower];
  if (!pair) return false;
  for (let j = i + 1; j < tokens.length && !CLAUSE_END.test(tokens[j].text); j++) {
    if (tokens[j].lower === pair) return true;
  }
  return false;
}

/** "the state attorney general said": a postposed adjective that ends a title after its noun (Quirk et al. 1985, 7.21). */
function postposedTitle(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  return t.pos === 'ADJ' && tokens[i - 1]?.pos === 'NOUN' && functionWords('postpositive').has(t.lower);
}

/** The tag a misread token takes, or null when it stands. */
function retag(tokens: Token[], i: number): Token['pos'] | null {
  if (misTaggedName(tokens, i)) return 'PROPN';
  if (quantifierSubject(tokens, i)) return 'PRON';
  if (postposedTitle(tokens, i)) return 'NOUN';
  return null;
}

/** The sentence's tokens with misread names, quantifier subjects and title ends retagged. */
export function retagNames(tokens: Token[]): Token[] {
  let copy: Token[] | undefined;
  for (let i = 0; i < tokens.length; i++) {
    const pos = retag(tokens, i);
    if (!pos) continue;
    copy ??= [...tokens];
    copy[i] = { ...tokens[i], pos };
  }
  return copy ?? tokens;
}
