import type { EntrySchema } from './check-entry.js';
import { entry, oneOf, str } from './entry-schema-parts.js';

// The entry schemas of the word-class lexicons: abbreviations, US states, titles and labels the segmenter
// and chunker read, function and entity words, part-of-speech classes, and the verb and noun
// classes of blame, stance and speakers. entry-schemas.ts gathers them with the others.

/** Entry schemas of the word-class lexicons, by lexicon name (the file `data/<name>.yaml`). */
export const WORD_ENTRY_SCHEMAS: Readonly<Record<string, EntrySchema>> = {
  abbreviations: entry(['abbreviation', 'kind'], {
    abbreviation: { type: 'string', pattern: '^[A-Z][a-z]*$|^[A-Z][a-z]?\\.[A-Z][a-z]?$' },
    kind: oneOf('title', 'month', 'other', 'state'),
    gender: oneOf('male', 'female'),
  }),
  'colon-labels': entry(['label'], { label: str }),
  'us-states': entry(['state', 'usps'], {
    state: { type: 'string', pattern: '^[A-Z][a-z]+(?: (?:of|[A-Z][a-z]+))*$' },
    // "Tenn.", "N.Y.", "W.Va.": a two-part one is what the segmenter joins (isTwoPartState).
    ap: { type: 'string', pattern: '^(?:[A-Z][a-z]+|[A-Z][a-z]?\\.[A-Z][a-z]?)\\.$' },
    usps: { type: 'string', pattern: '^[A-Z]{2}$' },
    // A one-part abbreviation of another style (GPO, AACR2), never a two-part one the segmenter would need.
    other: { type: 'string', pattern: '^[A-Z][a-z]+\\.$' },
    shared: { type: 'boolean' },
  }),
  'given-name-forms': entry(['name', 'forms'], {
    name: { type: 'string', pattern: '^[A-Z][a-z]+$' },
    forms: { type: 'array', minItems: 1, items: { type: 'string', pattern: '^[A-Z][a-z]+$' } },
  }),
  'party-names': entry(['id', 'names', 'words'], {
    id: { type: 'string', pattern: '^[a-z0-9-]+$' },
    names: { type: 'array', minItems: 1, items: { type: 'string', pattern: '^\\p{Lu}' } },
    words: { type: 'array', minItems: 1, items: { type: 'string', pattern: '^\\p{Lu}\\S*$' } },
    plain: { type: 'array', items: { type: 'string', pattern: '^\\p{Lu}\\p{Ll}+$' } },
  }),
  'legislative-chambers': entry(['word'], { word: { type: 'string', pattern: '^[A-Z][a-z]+$' } }),
  'person-titles': entry(['title'], { title: { type: 'string', pattern: '^[A-Z][a-z]+$' } }),
  'forms-of-address': entry(['word'], { word: { type: 'string', pattern: '^[a-z]+$' } }),
  'vague-quantities': entry(['phrase', 'precision'], {
    phrase: str,
    precision: oneOf('vague', 'unspecified'),
    min: { type: 'number' },
    max: { type: 'number' },
  }),
  'function-words': entry(['word', 'class'], {
    word: str,
    class: oneOf(
      'negation',
      'time-zone',
      'phrase-link',
      'floating',
      'amount-link',
      'present-be',
      'determiner',
      'month-lead',
      'subordinator',
      'contrast',
      'article',
      'copula',
      'level-verb',
      'name-connector',
      'time-preposition',
      'participle-link',
      'wh-word',
      'word-suffix',
      'noun-suffix',
      'quantifier-pronoun',
      'postpositive',
      'light-verb',
      'marginal-preposition',
      'time-hedge',
      'span-not',
      'partitive-of',
    ),
  }),
  'entity-words': entry(['form', 'class'], {
    form: { type: 'string', pattern: '^[a-z]+$' },
    class: oneOf(
      'name-suffix',
      'epithet-owner',
      'family-ending',
      'name-particle',
      'courtesy-male',
      'courtesy-female',
      'corporate-suffix',
      'possessive-determiner',
      'organisation-head',
      'inverted-head',
    ),
  }),
  'pos-classes': entry(['tag', 'classes'], {
    tag: { type: 'string', pattern: '^[A-Z]+$' },
    classes: {
      type: 'array',
      items: oneOf('content', 'nominal', 'head', 'between', 'date-skip', 'object-start', 'tally-subject'),
    },
  }),
  'bias-words': entry(['word'], { word: str }),
  'blame-words': entry(['lemma', 'class'], { lemma: str, class: oneOf('act-verb', 'attack-noun') }),
  'negative-implicatives': entry(['lemma'], { lemma: { type: 'string', pattern: '^[a-z]+$' } }),
  'currency-names': entry(['word', 'currency'], {
    word: { type: 'string', pattern: '^[a-z]+$' },
    currency: { type: 'string', pattern: '^[a-z]+$' },
    weight: { type: 'boolean' },
  }),
  'share-words': entry(['lemma', 'kind'], {
    lemma: { type: 'string', pattern: '^[a-z]+$' },
    kind: oneOf('chance', 'population', 'against', 'for'),
  }),
  'party-speakers': entry(['lemma'], { lemma: { type: 'string', pattern: '^[a-z]+$' } }),
  'irrealis-markers': entry(['lemma', 'kind'], {
    lemma: { type: 'string', pattern: '^[a-z]+$' },
    kind: oneOf('modal', 'intent'),
  }),
  'speaker-kinds': entry(['cue', 'kind', 'match'], {
    cue: { type: 'string', pattern: '^(?:[a-z]+(?: [a-z]+)*|[0-9]{8})$' },
    kind: oneOf('anonymous', 'official', 'organisation'),
    match: oneOf('phrase', 'relation', 'head', 'synset'),
  }),
  'stance-verbs': entry(['lemma', 'kind', 'class'], {
    lemma: { type: 'string', pattern: '^[a-z]+(?: [a-z]+)*$' },
    kind: oneOf('verb', 'document'),
    class: oneOf('neutral', 'doubt', 'endorse', 'culpable'),
  }),
  'verb-classes': entry(['lemma', 'classes'], {
    lemma: str,
    classes: {
      type: 'array',
      minItems: 1,
      items: oneOf(
        'addressee',
        'commissive',
        'modal',
        'mandative',
        'aspectual',
        'talk',
        'message-object',
        'private',
        'change',
      ),
    },
  }),
};
