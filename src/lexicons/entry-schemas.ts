import type { EntrySchema } from './check-entry.js';

// The schema of one entry of each lexicon, beside the `source` and `note` every entry has
// (lexicon.schema.json). loadLexicon checks a file against its entry schema on load, so that an
// entry is validated, not cast. A new lexicon needs its entry schema here.

const str: EntrySchema = { type: 'string', minLength: 1 };
const words: EntrySchema = { type: 'array', minItems: 1, items: str };
const oneOf = (...values: string[]): EntrySchema => ({ enum: values });
const entry = (required: string[], properties: Record<string, EntrySchema>): EntrySchema => ({
  type: 'object',
  required,
  properties,
});

const reportingVerb = entry(['lemma', 'kind', 'stance', 'frame', 'note'], {
  lemma: { type: 'string', pattern: '^(?:[a-z]+(?: [a-z]+)*|:)$' },
  kind: oneOf('verb', 'phrase', 'punctuation', 'adverb', 'hedge'),
  stance: oneOf('said', 'claimed', 'confirmed', 'denied', 'hedged'),
  frame: oneOf('any', 'that', 'clause', 'object', 'label', 'act', 'topic'),
  note: str,
});

/** Entry schemas by lexicon name (the file `data/<name>.yaml`). */
export const ENTRY_SCHEMAS: Readonly<Record<string, EntrySchema>> = {
  actors: entry(['id', 'kind', 'labels'], {
    id: { type: 'string', pattern: '^[a-z0-9-]+$' },
    kind: str,
    labels: words,
    demonyms: words,
    parent: { type: 'string', pattern: '^[a-z0-9-]+$' },
  }),
  boilerplate: entry(['role', 'pattern'], {
    role: oneOf('caption', 'boilerplate'),
    pattern: str,
    kind: oneOf('promo'),
    case: oneOf('sensitive'),
  }),
  'date-words': entry(['type', 'word'], {
    type: oneOf('month', 'weekday', 'relative', 'part', 'daypart', 'sequence', 'unit', 'future', 'event'),
    word: str,
    value: { type: 'integer' },
    alias: str,
    unit: oneOf('day', 'week', 'weekend', 'month', 'quarter', 'year'),
    offset: { type: 'integer' },
    part: oneOf('early', 'mid', 'late'),
    days: { type: 'number', exclusiveMinimum: 0 },
  }),
  framing: entry(['group', 'referent', 'scope', 'labels'], {
    group: str,
    referent: str,
    scope: oneOf('modifier', 'event', 'aligned'),
    nominal: { type: 'boolean' },
    otherReferents: words,
    labels: {
      type: 'array',
      minItems: 1,
      items: entry(['label', 'category'], {
        label: str,
        category: oneOf('neutral', 'loaded', 'delegitimising', 'sympathetic', 'euphemism'),
      }),
    },
  }),
  'number-words': entry(['word', 'kind'], {
    word: str,
    value: { type: 'number' },
    kind: oneOf('unit', 'ten', 'scale', 'label', 'clock', 'currency', 'percent'),
    currency: str,
  }),
  'quantity-acts': entry(['lemma'], {
    lemma: str,
    act: str,
    casualty: oneOf('killed', 'wounded', 'missing', 'displaced', 'arrested'),
    noun: { type: 'boolean' },
  }),
  'quantity-qualifiers': entry(['phrase', 'bound'], {
    phrase: str,
    bound: oneOf('min', 'max', 'about'),
    tolerance: { type: 'number', minimum: 0 },
  }),
  'reporting-nouns': entry(['noun', 'use', 'stance'], {
    noun: { type: 'string', pattern: '^[a-z-]+$' },
    use: oneOf('statement', 'document', 'topic'),
    stance: oneOf('said', 'claimed', 'confirmed', 'denied', 'hedged'),
    topics: { type: 'array', items: { type: 'string', pattern: '^[a-z]+$' } },
    surveyIn: { type: 'boolean' },
  }),
  'nominal-cues-wordnet': entry(['noun', 'note'], {
    noun: { type: 'string', pattern: '^[a-z]+$' },
    note: str,
  }),
  'reporting-verbs': reportingVerb,
  'reporting-verbs-wordnet': reportingVerb,
  abbreviations: entry(['abbreviation', 'kind'], {
    abbreviation: { type: 'string', pattern: '^[A-Z][a-z]*$|^[A-Z][a-z]?\\.[A-Z][a-z]?$' },
    kind: oneOf('title', 'month', 'other', 'state'),
  }),
  'colon-labels': entry(['label'], { label: str }),
  'person-titles': entry(['title'], { title: { type: 'string', pattern: '^[A-Z][a-z]+$' } }),
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
      'name-connector',
      'time-preposition',
      'participle-link',
      'wh-word',
      'word-suffix',
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
    ),
  }),
  'pos-classes': entry(['tag', 'classes'], {
    tag: { type: 'string', pattern: '^[A-Z]+$' },
    classes: {
      type: 'array',
      items: oneOf('content', 'nominal', 'head', 'between', 'date-skip', 'object-start'),
    },
  }),
  'bias-words': entry(['word'], { word: str }),
  'blame-words': entry(['lemma', 'class'], { lemma: str, class: oneOf('act-verb', 'attack-noun') }),
  'negative-implicatives': entry(['lemma'], { lemma: { type: 'string', pattern: '^[a-z]+$' } }),
  'reporting-settings': entry(['noun'], { noun: { type: 'string', pattern: '^[a-z]+$' } }),
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
      items: oneOf('addressee', 'commissive', 'modal', 'mandative', 'aspectual', 'talk'),
    },
  }),
};
