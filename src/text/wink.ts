// A wink-nlp instance whose output depends on the text it reads and nothing else.
//
// wink-nlp adds every out-of-vocabulary word to its lexicon at run time (cache.js `add`), and its
// tokenizer asks that lexicon whether a piece is a known word (dd-wrapper.js `addTokenIfInCache`,
// recursive-tokenizer.js `isLexeme`, both through the cache's `lookup`). Once `Ryan’s,` has been
// read, `Ryan’s` is "known", so a later `Ryan’s budget` stays one token instead of `Ryan` + `’s`:
// tokens, POS, word counts and then findings depended on which sources a worker had read before
// (issue 12: 671 vs 673 words).
// Here wink keeps what it learns (a word's packed features are a function of the word, so a word
// met again is not filed again), but its tokenizer is not told: `lookup` answers a learned word as
// unknown unless it was filed while reading the current line, which is what a fresh instance
// would answer (wink's own logic needs the words it learns within a line: its tokenizer sees them).
// This replaced emptying the learned words before each line, which filed every unknown word again
// on every line (~40% more tokenising CPU) and swapped in a new instance every 200,000 filings.
import { createRequire } from 'node:module';
import model from 'wink-eng-lite-web-model';
import type { Model, WinkMethods } from 'wink-nlp';

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

/** The methods of wink's cache (cache.js) that this module wraps. */
interface WinkCache {
  add: (text: string, category: number) => number;
  lookup: (text: string) => number[] | null;
  intrinsicSize: () => number;
}
type CacheFactory = (model: unknown, featureFn: unknown) => WinkCache;

// wink-nlp is CommonJS and builds its cache with `require('./cache.js')` when it loads: the
// factory is wrapped in Node's module cache first, then wink-nlp is loaded (not imported, which
// would load it before this code runs). The wrapper keeps no state of this module's (a test may
// load this module again while wink-nlp stays loaded): each cache carries its own line words, and
// the last cache made is left in a global slot for `createInstance` to pick up.
const require = createRequire(import.meta.url);
const cacheModule = require.resolve('wink-nlp/src/cache.js');
const LAST_CACHE = Symbol.for('crosscheck.wink.lineScopedCache');
type Slot = { [LAST_CACHE]?: LineScopedCache };

/** wink's cache whose tokenizer sees, of the words learned at run time, only those of this line. */
interface LineScopedCache extends WinkCache {
  /** Words filed by `add` while the current line is read; emptied before each line. */
  lineWords: Set<string>;
}

/** Wraps wink's cache: `lookup` hides every word learned before this line. */
function lineScoped(cache: WinkCache): LineScopedCache {
  const { add, lookup } = cache;
  const intrinsic = cache.intrinsicSize();
  const lineWords = new Set<string>();
  cache.add = (text, category) => {
    lineWords.add(text);
    lineWords.add(text.toLowerCase());
    return add(text, category);
  };
  cache.lookup = (text) => {
    const found = lookup(text);
    // A contraction's expansions (length > 1) and intrinsic words are the model's own.
    if (found?.length === 1 && found[0] >= intrinsic && !lineWords.has(text)) return null;
    return found;
  };
  return Object.assign(cache, { lineWords });
}

require(cacheModule);
const loaded = require.cache[cacheModule];
if (loaded && !(loaded.exports as { lineScoped?: true }).lineScoped) {
  const create = loaded.exports as CacheFactory;
  const wrapped = (winkModel: unknown, featureFn: unknown) => {
    const cache = lineScoped(create(winkModel, featureFn));
    (globalThis as Slot)[LAST_CACHE] = cache;
    return cache;
  };
  loaded.exports = Object.assign(wrapped, { lineScoped: true as const });
}
const winkNLP = require('wink-nlp') as typeof import('wink-nlp').default;

// wink's model typings declare these loaders as `unknown`; they are functions returning plain data.
const CORE = (model.core as () => CoreModel)();
// The CER loader JSON-stringifies its (already string) data again on every call, so the string
// doubles with each instance: load it once and hand out the same value.
const CER = (model.metaCER as () => unknown)();

// wink's word table has no bit-field limit; past this many learned words an instance is replaced
// so that its memory stays bounded on a large, varied corpus.
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
  cache: LineScopedCache;
}

function createInstance(): Instance {
  let core = CORE;
  const isolated = { ...model, core: () => (core = isolatedCore()), metaCER: () => CER } as Model;
  // Only sentence boundaries and POS are needed; NER and negation cost time we do not use.
  const slot = globalThis as Slot;
  slot[LAST_CACHE] = undefined;
  const nlp = winkNLP(isolated, ['sbd', 'pos']);
  const cache = slot[LAST_CACHE];
  // wink-nlp loaded by someone before this module would tokenise with what earlier lines taught it.
  if (!cache) throw new Error('wink-nlp was loaded before src/text/wink.ts could scope its cache to a line');
  return { nlp, core, cache };
}

/**
 * Whether reading `length` more characters could overflow a feature's bit field in wink's packed
 * lexicon (each token adds at most two values: the word and its lower case; wink does not check,
 * see cache.js `getFeaturesIndex`), or the words it learned have grown past what one instance
 * should hold in memory. Only new words and shapes are filed, so this takes a large, varied corpus.
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
 * The wink instance to read `text` with, whose tokenizer knows no word but its model's and those
 * of `text`. An instance that has filed much is replaced (about 15 ms) before it could overflow;
 * the features it keeps (indices of words, prefixes, suffixes, shapes) are read back by value, so
 * their order of arrival does not show in the output.
 */
export function winkFor(text: string): WinkMethods {
  if (exhausted(current, text.length)) current = createInstance();
  current.cache.lineWords.clear();
  return current.nlp;
}

/** wink's `its` helpers; the same for every instance. */
export const its = current.nlp.its;

/**
 * Whether wink's model lexicon holds `word` (as written): a word of its vocabulary ("caution",
 * "sizable"), not one it meets for the first time (most surnames, site names). The intrinsic
 * lexicon only, never what an instance learned, so the answer does not depend on what was read.
 */
export function inModelLexicon(word: string): boolean {
  const lexeme = CORE.features.lexeme;
  return Object.hasOwn(lexeme.hash, word) && lexeme.hash[word] < (lexeme.intrinsicSize ?? 0);
}
