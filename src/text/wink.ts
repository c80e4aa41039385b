// A wink-nlp instance whose output depends on the text it reads and nothing else.
//
// wink-nlp adds every out-of-vocabulary word to its lexicon at run time (cache.js `add`), and its
// tokenizer asks that lexicon whether a piece is a known word (tokenizer.js `_addTokenIfInCache`,
// recursive-tokenizer.js `isLexeme`). Once `Ryan’s,` has been read, `Ryan’s` is "known", so a later
// `Ryan’s budget` stays one token instead of `Ryan` + `’s`: tokens, POS, word counts and then
// findings depended on which sources a worker had read before (issue 12: 671 vs 673 words).
// Here the words wink learns are kept in a layer over its intrinsic word index, and the layer is
// emptied before each line: a line is tokenised as if it were the first (wink's own logic needs
// the words it learns within a line: its POS guess looks up the lower case it has just filed).
import model from 'wink-eng-lite-web-model';
import winkNLP, { type Model, type WinkMethods } from 'wink-nlp';

/** The parts of wink's core model that reading a document changes. */
interface Feature {
  list: unknown[];
  hash: Record<string, number>;
  intrinsicSize?: number;
  maxIndex?: number;
}
interface CoreModel {
  features: Record<string, Feature>;
}

// wink's model typings declare these loaders as `unknown`; they are functions returning plain data.
const CORE = (model.core as () => CoreModel)();
// The CER loader JSON-stringifies its (already string) data again on every call, so the string
// doubles with each instance: load it once and hand out the same value.
const CER = (model.metaCER as () => unknown)();
const LEXEME_GROWTH_LIMIT = 200_000;

const learnable = (f: Feature): boolean => Array.isArray(f.list) && typeof f.hash === 'object';

/**
 * A copy of the core model sharing its large intrinsic tables: each feature's index gets its own
 * layer over the shared one (reads fall through to it, writes stay in the layer), and each list is
 * copied (87,593 words: under a millisecond).
 */
function isolatedCore(): CoreModel {
  const features: Record<string, Feature> = {};
  for (const [name, f] of Object.entries(CORE.features)) {
    features[name] = learnable(f)
      ? { ...f, list: f.list.slice(), hash: Object.create(f.hash) as Record<string, number> }
      : f;
  }
  return { ...CORE, features };
}

interface Instance {
  nlp: WinkMethods;
  core: CoreModel;
  used: boolean;
}

function createInstance(): Instance {
  let core = CORE;
  const isolated = { ...model, core: () => (core = isolatedCore()), metaCER: () => CER } as Model;
  // Only sentence boundaries and POS are needed; NER and negation cost time we do not use.
  const nlp = winkNLP(isolated, ['sbd', 'pos']);
  return { nlp, core, used: false };
}

/**
 * Forgets the words learned so far. wink keeps a reference to this very object, so it is emptied in
 * place; the filed entries stay in wink's lists under indices that are never looked up again.
 */
function forgetWords({ core }: Instance): void {
  const learned = core.features.lexeme.hash;
  for (const word of Object.keys(learned)) delete learned[word];
}

/**
 * Whether reading `length` more characters could overflow a feature's bit field in wink's packed
 * lexicon (each token adds at most two values: the word and its lower case; wink does not check,
 * see cache.js `getFeaturesIndex`), or the words filed and forgotten have grown past what one
 * instance should hold in memory (every out-of-vocabulary token is filed again on each line).
 */
function exhausted({ core }: Instance, length: number): boolean {
  for (const f of Object.values(core.features)) {
    if (learnable(f) && f.maxIndex !== undefined && f.list.length + 2 * length > f.maxIndex) return true;
  }
  const lexeme = core.features.lexeme;
  return lexeme.list.length - (lexeme.intrinsicSize ?? 0) > LEXEME_GROWTH_LIMIT;
}

let current = createInstance();

/**
 * The wink instance to read `text` with, knowing no word but its model's. An instance that has read
 * much is replaced (about 15 ms) before it could overflow; the other features it keeps (prefixes,
 * suffixes, shapes) are read back by value, so their order of arrival does not show in the output.
 */
export function winkFor(text: string): WinkMethods {
  if (current.used && exhausted(current, text.length)) current = createInstance();
  forgetWords(current);
  current.used = true;
  return current.nlp;
}

/** wink's `its` helpers; the same for every instance. */
export const its = current.nlp.its;
