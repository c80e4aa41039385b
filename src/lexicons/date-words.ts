import { byFirstWord } from './first-word-index.js';
import { loadLexicon } from './load.js';

interface DateWordEntry {
  type:
    | 'month'
    | 'weekday'
    | 'relative'
    | 'part'
    | 'daypart'
    | 'sequence'
    | 'anaphoric'
    | 'unit'
    | 'future'
    | 'event';
  word: string;
  value?: number;
  alias?: string;
  unit?: RelativeUnit;
  offset?: number;
  part?: PeriodPart;
  days?: number;
}

/** The calendar period a relative phrase names. */
export type RelativeUnit = 'day' | 'week' | 'weekend' | 'month' | 'quarter' | 'year';
/** Which part of a month or year a modifier selects. */
export type PeriodPart = 'early' | 'mid' | 'late';

/** A relative phrase ("last week"): its words and the period it names from the publication day. */
export interface RelativePhrase {
  words: string[];
  unit: RelativeUnit;
  offset: number;
}

/** The date vocabulary of `data/date-words.yaml`, indexed for the date and duration rules. */
export interface DateWords {
  /** Month name or abbreviation → 1..12. */
  months: Map<string, number>;
  /** Weekday name → ISO weekday 1 (Monday)..7. */
  weekdays: Map<string, number>;
  /** Relative phrases ("last week"), longest first. */
  relatives: RelativePhrase[];
  parts: Map<string, PeriodPart>;
  /** Parts of a day: "morning", "evening". */
  dayparts: Set<string>;
  /** Adverbs that time an event only from another one: "hours later". */
  sequence: Set<string>;
  /** Phrases after a month that refer back to a year named before ("that year"), with their offset from it. */
  anaphoric: { words: string[]; offset: number }[];
  /** Time unit → length in days. */
  units: Map<string, number>;
  future: Set<string>;
  events: Set<string>;
}

let words: DateWords | undefined;

/** Loads and indexes the date vocabulary once. */
export function dateWords(): DateWords {
  if (words) return words;
  const entries = loadLexicon<DateWordEntry>('date-words').entries;
  const of = (type: DateWordEntry['type']) => entries.filter((e) => e.type === type);
  words = {
    months: new Map(
      of('month').flatMap((e) => [
        [e.word, e.value ?? 0] as const,
        [e.alias ?? e.word, e.value ?? 0] as const,
      ]),
    ),
    weekdays: new Map(of('weekday').map((e) => [e.word, e.value ?? 0])),
    relatives: of('relative')
      .map((e) => ({ words: e.word.split(' '), unit: e.unit ?? 'day', offset: e.offset ?? 0 }))
      .sort((x, y) => y.words.length - x.words.length),
    parts: new Map(of('part').map((e) => [e.word, e.part ?? 'early'])),
    dayparts: new Set(of('daypart').map((e) => e.word)),
    sequence: new Set(of('sequence').map((e) => e.word)),
    anaphoric: of('anaphoric').map((e) => ({ words: e.word.split(' '), offset: e.offset ?? 0 })),
    units: new Map(of('unit').map((e) => [e.word, e.days ?? 1])),
    future: new Set(of('future').map((e) => e.word)),
    events: new Set(of('event').map((e) => e.word)),
  };
  return words;
}

let relativesByFirstWord: Map<string, RelativePhrase[]> | undefined;

/**
 * The relative phrases that start with `word`, longest first as in `relatives`: the date rules ask
 * at every token (`byFirstWord`).
 */
export function relativesStartingWith(word: string): readonly RelativePhrase[] {
  relativesByFirstWord ??= byFirstWord(dateWords().relatives);
  return relativesByFirstWord.get(word) ?? [];
}
