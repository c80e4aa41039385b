import type { EntrySchema } from './check-entry.js';
import { entry, oneOf, str, words } from './entry-schema-parts.js';
import { WORD_ENTRY_SCHEMAS } from './entry-schemas-words.js';

// The schema of one entry of each lexicon, beside the `source` and `note` every entry has
// (lexicon.schema.json). loadLexicon checks a file against its entry schema on load, so that an
// entry is validated, not cast. A new lexicon needs its entry schema here
// or, for a word-class lexicon, in entry-schemas-words.ts.

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
    generic: words,
    parent: { type: 'string', pattern: '^[a-z0-9-]+$' },
  }),
  boilerplate: entry(['role', 'pattern'], {
    role: oneOf('caption', 'boilerplate'),
    pattern: str,
    kind: oneOf('promo'),
    case: oneOf('sensitive'),
  }),
  'date-words': entry(['type', 'word'], {
    type: oneOf(
      'month',
      'weekday',
      'relative',
      'part',
      'daypart',
      'sequence',
      'anaphoric',
      'unit',
      'future',
      'event',
    ),
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
    agentive: { type: 'boolean' },
    notOfParty: { type: 'boolean' },
    labels: {
      type: 'array',
      minItems: 1,
      items: entry(['label', 'category'], {
        label: str,
        category: oneOf('neutral', 'loaded', 'delegitimising', 'sympathetic', 'euphemism'),
      }),
    },
  }),
  'measure-units': entry(['unit', 'dimension', 'factor'], {
    unit: str,
    dimension: oneOf('length', 'area', 'mass', 'volume'),
    factor: { type: 'number', exclusiveMinimum: 0 },
    tolerance: { type: 'number', exclusiveMinimum: 0 },
  }),
  'number-words': entry(['word', 'kind'], {
    word: str,
    value: { type: 'number' },
    kind: oneOf('unit', 'ten', 'scale', 'label', 'clock', 'currency', 'percent', 'fraction'),
    currency: str,
  }),
  'quantity-acts': entry(['lemma'], {
    lemma: str,
    act: str,
    casualty: oneOf('killed', 'wounded', 'missing', 'displaced', 'arrested'),
    noun: { type: 'boolean' },
    object: str,
    verbs: words,
  }),
  'tally-words': entry(['lemma', 'role'], {
    lemma: { type: 'string', pattern: '^[a-z]+$' },
    role: oneOf('noun', 'verb'),
  }),
  'quantity-qualifiers': entry(['phrase', 'bound'], {
    phrase: str,
    bound: oneOf('min', 'max', 'about'),
    tolerance: { type: 'number', minimum: 0 },
    superlative: { type: 'boolean' },
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
  ...WORD_ENTRY_SCHEMAS,
  'reporting-settings': entry(['noun'], { noun: { type: 'string', pattern: '^[a-z]+$' } }),
};
