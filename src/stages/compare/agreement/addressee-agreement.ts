import { dateWords } from '../../../lexicons/date-words.js';
import { reportingVerb } from '../../../lexicons/reporting-verbs.js';
import { verbClass } from '../../../lexicons/word-sets.js';
import { carriesClaims } from '../../../model/roles.js';
import type { Sentence, Token } from '../../../model/source.js';
import { type CompareContext, type FindingDraft, outlet } from '../context.js';
import type { MatchedFacts } from '../facts/fact-match.js';
import { sentenceSpan } from '../spans.js';
import { once } from './agreement-profile.js';

// Inputs: sentences where a named speaker talks to a named party: "Comey told MSNBC Thursday
// night" (an addressee verb and its first object, Quirk et al. 1985 §16.59) or "in a Thursday
// interview with MSNBC, Comey said" (a talk noun and its "with" phrase). When both articles
// give the same speaker, the same party and the same weekday, they report one act, the source
// of what the speaker said (issue 10).

const CONFIDENCE = 0.6;
const SALIENCE = 0.15;

/** One act of talking to a named party, in one sentence. */
interface Talk {
  sentence: Sentence;
  /** Lower-case keys, as matched. */
  speaker: string;
  party: string;
  day: string;
  /** The speaker, the party and the day as written, for the explanation. */
  written: string[];
}

/** A capitalised proper noun that is not a weekday or month ("MSNBC", not "Thursday"). */
const capitalName = (t: Token | undefined) =>
  t !== undefined &&
  t.pos === 'PROPN' &&
  /^\p{Lu}/u.test(t.text) &&
  !dateWords().weekdays.has(t.lower) &&
  !dateWords().months.has(t.lower);

/** The capitalised name run that starts at `i` (after an optional "the"), or undefined. */
function nameAt(t: readonly Token[], i: number): Token[] | undefined {
  const start = t[i]?.lower === 'the' ? i + 1 : i;
  let end = start;
  while (capitalName(t[end])) end++;
  return end > start ? t.slice(start, end) : undefined;
}

const keyOf = (run: readonly Token[]) => run.map((x) => x.lower).join(' ');
const textOf = (run: readonly Token[]) => run.map((x) => x.text).join(' ');

/** The parties talked to in a sentence: after an addressee verb ("told MSNBC") or a talk noun and "with". */
function parties(t: readonly Token[]): Token[][] {
  const out: Token[][] = [];
  t.forEach((x, i) => {
    const party =
      x.pos === 'VERB' && verbClass('addressee').has(x.lemma)
        ? nameAt(t, i + 1)
        : x.pos === 'NOUN' && verbClass('talk-noun').has(x.lemma) && t[i + 1]?.lower === 'with'
          ? nameAt(t, i + 2)
          : undefined;
    if (party) out.push(party);
  });
  return out;
}

/** Speakers: a name right before a reporting verb ("Comey said", "Comey told"). */
const speakers = (t: readonly Token[]) =>
  t.filter(
    (x, i) => capitalName(x) && t[i + 1]?.pos === 'VERB' && reportingVerb(t[i + 1].lemma) !== undefined,
  );

/** Whether a list holds one thing only, by key (the same name twice is one). */
const one = <T>(xs: readonly T[], key: (x: T) => string) => new Set(xs.map(key)).size === 1;

/** The act of talking in a sentence with one speaker, one party and one weekday, if any. */
function talks(s: Sentence): Talk[] {
  const days = s.tokens.filter((x) => dateWords().weekdays.has(x.lower));
  const who = speakers(s.tokens);
  const to = parties(s.tokens);
  // More than one of each leaves open who told whom when.
  if (!one(days, (x) => x.lower) || !one(who, (x) => x.lower) || !one(to, keyOf)) return [];
  if (to[0].some((x) => x.lower === who[0].lower)) return [];
  const written = [who[0].text, textOf(to[0]), days[0].text];
  return [{ sentence: s, speaker: who[0].lower, party: keyOf(to[0]), day: days[0].lower, written }];
}

/** A sentence's acts of talking, found once per sentence. */
const cachedTalks = once(talks);

/**
 * Rule `compare/addressee-agreement`: the same speaker talking to the same named party on the
 * same weekday in both articles; the first such pair of sentences for each act.
 */
export function addresseeAgreement(ctx: CompareContext, _m: MatchedFacts): FindingDraft[] {
  const key = (x: Talk) => `${x.speaker}|${x.party}|${x.day}`;
  const bs = new Map<string, Talk>();
  for (const s of ctx.b.sentences.filter(carriesClaims))
    for (const x of cachedTalks(s)) if (!bs.has(key(x))) bs.set(key(x), x);
  const seen = new Set<string>();
  const out: FindingDraft[] = [];
  for (const s of ctx.a.sentences.filter(carriesClaims))
    for (const x of cachedTalks(s)) {
      const y = bs.get(key(x));
      if (!y || seen.has(key(x))) continue;
      seen.add(key(x));
      out.push({
        kind: 'agreement',
        subject: 'sentence',
        a: [sentenceSpan(x.sentence)],
        b: [sentenceSpan(y.sentence)],
        claims: [],
        ruleId: 'compare/addressee-agreement',
        confidence: CONFIDENCE,
        salience: SALIENCE,
        explanation: `${outlet(ctx, 'a')} and ${outlet(ctx, 'b')} both report that ${x.written[0]} spoke to ${x.written[1]} on ${x.written[2]}.`,
      });
    }
  return out;
}
