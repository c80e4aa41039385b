import { loadLexicon } from './load.js';

// Closed word classes as sets, from data/function-words.yaml, data/pos-classes.yaml,
// data/blame-words.yaml, data/verb-classes.yaml and data/entity-words.yaml. Each set is built once per process.

// Keyed by lexicon, then class: callers ask in per-token loops, and a joined string key cost
// a concatenation per call (~1% of extraction's CPU, README speed).
const sets = new Map<string, Map<string, ReadonlySet<string>>>();

function once(lexicon: string, cls: string, build: () => Iterable<string>): ReadonlySet<string> {
  let classes = sets.get(lexicon);
  if (!classes) {
    classes = new Map();
    sets.set(lexicon, classes);
  }
  let set = classes.get(cls);
  if (!set) {
    set = new Set(build());
    classes.set(cls, set);
  }
  return set;
}

type FunctionWordClass =
  | 'time-zone'
  | 'negation'
  | 'phrase-link'
  | 'floating'
  | 'amount-link'
  | 'present-be'
  | 'determiner'
  | 'month-lead'
  | 'subordinator'
  | 'contrast'
  | 'article'
  | 'copula'
  | 'level-verb'
  | 'name-connector'
  | 'time-preposition'
  | 'participle-link'
  | 'wh-word'
  | 'word-suffix'
  | 'noun-suffix'
  | 'quantifier-pronoun'
  | 'postpositive'
  | 'light-verb'
  | 'marginal-preposition'
  | 'time-hedge'
  | 'span-not'
  | 'partitive-of';

/**
 * Function words of one class, lower-cased but for `time-zone`: `negation` ("not", "never"), `phrase-link` ("of", "&"),
 * `floating` ("both", "later"), `amount-link` ("in", "of"), `present-be` ("is", "'re"),
 * `determiner` ("the", "those"), `month-lead` ("in", "since": "in May"), `subordinator` ("as", "while": a new clause in a headline), `contrast` ("though", "but": a clause set against the one before),
 * `article` ("the", "a", "an"), `copula` ("is", "was"), `level-verb` ("be", "stand": a figure after it measures the subject),
 * `name-connector` ("of", "the": small words inside a name, "Department of Justice"),
 * `time-preposition` ("on", "during": "the mayor on Friday said"), `participle-link` ("by", "before": "began by saying"), `wh-word` ("why", "how"),
 * `word-suffix` ("ation", "ed": suffixes of derivation and inflection, not words),
 * `noun-suffix` ("ment", "ance": suffixes that make a noun of a verb or adjective),
 * `quantifier-pronoun` ("most", "several": a whole noun phrase), `postpositive` ("general": "attorney general"),
 * `light-verb` ("make", "take": verbs whose event is named by their object, "made an offer"),
 * `marginal-preposition` ("including", "following": -ing and -ed forms used as prepositions),
 * `time-zone` ("EDT", "PT": upper case, matched as written after a clock time),
 * `time-hedge` ("about", "shortly": a clock time as an estimate), `span-not` ("ago", "earlier": "a year ago" is no rate's span).
 */
export function functionWords(cls: FunctionWordClass): ReadonlySet<string> {
  return once('function-words', cls, () =>
    loadLexicon<{ word: string; class: FunctionWordClass }>('function-words')
      .entries.filter((e) => e.class === cls)
      .map((e) => e.word),
  );
}

type EntityWordClass =
  | 'name-suffix'
  | 'epithet-owner'
  | 'family-ending'
  | 'name-particle'
  | 'courtesy-male'
  | 'courtesy-female'
  | 'corporate-suffix'
  | 'possessive-determiner'
  | 'organisation-head'
  | 'inverted-head';

/**
 * Lower-case forms of one class of data/entity-words.yaml: `name-suffix` ("jr", "iii"),
 * `epithet-owner` ("nation": "the nation's largest …"), `family-ending` ("ing", "ists": "lobbying"),
 * `name-particle` ("de", "van", "bin"), `courtesy-male` ("mr"), `courtesy-female` ("mrs", "ms"),
 * `corporate-suffix` ("inc", "ltd"), `possessive-determiner` ("his", "their"),
 * `organisation-head` ("motors", "airlines": "Harbour Motors"), `inverted-head` ("department":
 * "Justice Department" is the "Department of Justice").
 */
export function entityWords(cls: EntityWordClass): ReadonlySet<string> {
  return once('entity-words', cls, () =>
    loadLexicon<{ form: string; class: EntityWordClass }>('entity-words')
      .entries.filter((e) => e.class === cls)
      .map((e) => e.form),
  );
}

type PosClass = 'content' | 'nominal' | 'head' | 'between' | 'date-skip' | 'object-start' | 'tally-subject';

/**
 * Universal POS tags of one class: `content`, `nominal`, `head`, `between`, `date-skip`,
 * `object-start` (see data/pos-classes.yaml).
 */
export function posClass(cls: PosClass): ReadonlySet<string> {
  return once('pos-classes', cls, () =>
    loadLexicon<{ tag: string; classes: PosClass[] }>('pos-classes')
      .entries.filter((e) => e.classes.includes(cls))
      .map((e) => e.tag),
  );
}

type BlameWordClass = 'act-verb' | 'attack-noun';

/** Lemmas of one blame word class: `act-verb` ("fire", "carry"), `attack-noun` ("attack", "shelling"). */
export function blameWords(cls: BlameWordClass): ReadonlySet<string> {
  return once('blame-words', cls, () =>
    loadLexicon<{ lemma: string; class: BlameWordClass }>('blame-words')
      .entries.filter((e) => e.class === cls)
      .map((e) => e.lemma),
  );
}

type VerbClass =
  | 'addressee'
  | 'commissive'
  | 'modal'
  | 'mandative'
  | 'aspectual'
  | 'talk'
  | 'message-object'
  | 'private'
  | 'change';

/** Lemmas of one verb class: `addressee` ("tell", "warn"), `commissive` ("vow", "pledge"), `modal` ("would"), `mandative` ("require", "insist"), `aspectual` ("continue", "begin"), `talk` ("speak"), `message-object` ("cite", "report"), `private` ("think", "expect"), `change` ("rise", "fall"). */
export function verbClass(cls: VerbClass): ReadonlySet<string> {
  return once('verb-classes', cls, () =>
    loadLexicon<{ lemma: string; classes: VerbClass[] }>('verb-classes')
      .entries.filter((e) => e.classes.includes(cls))
      .map((e) => e.lemma),
  );
}

/**
 * The bias lexicon of Recasens et al. (ACL 2013), data/bias-words.yaml: lemmas that Wikipedia
 * editors removed for neutrality in at least two articles.
 */
export function biasWords(): ReadonlySet<string> {
  return once('bias-words', 'all', () =>
    loadLexicon<{ word: string }>('bias-words').entries.map((e) => e.word),
  );
}
