import { CLAIM_KINDS } from '../model/claim.js';
import { SPEAKER_KINDS } from '../model/profile.js';
import { BODY_START, col, type TableColumn } from '../report/tidy-table.js';

/** `claims.csv`: one row per claim of every source of the batch, each source once. */
export const CLAIM_COLUMNS: readonly TableColumn[] = [
  col('event', 'string', 'event folder'),
  col('source', 'string', 'source id (file name)'),
  col('outlet', 'string', 'outlet'),
  col('claim', 'string', 'claim id within the source (`c3`)'),
  col('kind', 'string', 'quantity, date, attribution or blame', CLAIM_KINDS),
  col('rule', 'string', 'id of the rule that extracted the claim'),
  col('sentence', 'string', 'sentence id (`s4`)'),
  col('start', 'integer', 'UTF-16 offset of the claim in the compared text'),
  col('end', 'integer', 'end (exclusive) of the claim'),
  col('text', 'string', 'the claim as written'),
  col(
    'stance',
    'string',
    "fact, said, claimed, confirmed, denied or hedged; an attribution's own cue stance; a party's blame its blaming verb's (`accused`: claimed)",
  ),
  col('speaker', 'string', 'who the claim is attributed to, as written'),
  col('value', 'number', 'quantity: the number'),
  col('min', 'number', 'quantity: lower bound'),
  col('max', 'number', 'quantity: upper bound'),
  col('precision', 'string', 'quantity or date: how precise it is'),
  col('subtype', 'string', 'quantity: casualty, count, duration, money, percent, ordinal or odds'),
  col('date_start', 'string', 'date: first day of the interval, YYYY-MM-DD'),
  col('date_end', 'string', 'date: last day of the interval, YYYY-MM-DD'),
  // User trial 7, item 7: offsets checkable against the source file without the JSON report.
  col('body_start', 'integer', BODY_START('the source')),
  // User trial 7, item 2: one person, one key, so speakers can be counted without hand coding.
  col(
    'speaker_key',
    'string',
    "the speaker normalised within the source: a pronoun by its antecedent where one was found, a name by the source's longest name with the same surname and the same words in order (Mr. Trump, he → Donald Trump), title words dropped; a titled surname (President Trump) takes the longer name only when the source gives that name the same title (President Donald Trump), and stays apart, with its title, when another mention of the surname has another title (Gov. Smith, Mayor Smith); a mention without a name lower-cased; empty for an unresolved pronoun or no speaker",
  ),
  // User trials 7 and 8: who the speakers are (officials, anonymous sources, documents) per outlet.
  col(
    'speaker_kind',
    'string',
    "what kind of speaker the mention names, a pronoun by its antecedent: person (a name with a title or two name words, a surname the source also gives longer or titled, a person of the actor lexicon; 'he' or 'she' resolved to 'Mr. X's remarks' is X), organisation (a state or armed group of the actor lexicon, a body's name: 'the Harbour Commission', 'NASA', 'Fox News'; an unnamed body: 'the government'), official (an unnamed office holder or a title alone: 'officials', 'a spokesman', 'the Prime Minister'), anonymous (said to be unnamed: 'Sources', 'people familiar with' after a generic head), document (a report, statement, lawsuit, poll, tweet), group (other people: 'critics', 'Democrats', 'a witness', a family: 'the Smiths' when the source names a Smith); empty for no speaker, an unresolved pronoun, a mention of none of these, or a name with no evidence of its kind (a one-word name such as an outlet or company no lexicon knows)",
    SPEAKER_KINDS,
  ),
  // User trial 10, item 2: a date that times a reporting verb is no fact the outlet states.
  // Review of dates10, item 7: a boolean column, as findings' `shown`.
  col(
    'reporting_date',
    'boolean',
    "date: true when the date times a reporting act ('said late Thursday', 'On Thursday, the minister told lawmakers', 'in a statement Friday'), so the outlet profile counts it in reportingDates, not as stated; false otherwise; empty for other kinds",
  ),
  // User trial 10, item 3: the title the key drops, so officials can be told from other people.
  {
    ...col(
      'speaker_title',
      'string',
      "the words before the speaker's name, as written, that the key of the name drops: a title or office ('Deputy Attorney General', 'RNC Chair', 'President', 'Sen.') or a courtesy title ('Mr.'); empty when the mention has none or no key; a key kept apart for a conflicting title (President Bush beside Gov. Bush) keeps its title as well; absent in files of 0.10.0",
    ),
    added: true,
  },
];
