// Inputs: the two sources' headlines. Output: a framing finding when both headlines lead with the
// same actor and say different things it does ("Harbour Union Rejects Pier Plan…" /
// "Harbour Union Open To Talks On Pier…"): headlines are where researchers look for framing first (issue 10). Title-case
// headlines are tagged again in sentence case (headline-case.ts).

import { functionWords } from '../../../lexicons/word-sets.js';
import type { AnalyzedSource } from '../../../model/analyzed-source.js';
import type { Sentence, Token } from '../../../model/source.js';
import type { Span } from '../../../model/span.js';
import type { FindingDraft } from '../context.js';
import { spanOf } from '../spans.js';
import { inSentenceCase } from './headline-case.js';
import { outletName, outletSubject } from './label-pair.js';

/** A headline read as actor and predicate. */
interface HeadlineFrame {
  /** Lower-cased name words of the actor ("aarp", "michael", "steele"). */
  actor: string[];
  /** The actor as written. */
  actorText: string;
  /** Lemma of the predicate's first word ("push", "willing"). */
  verb: string;
  /** From the predicate's first word to the end of its clause. */
  predicate: Span;
}

/** The longest actor read, in words: longer subjects are phrases, not a lead actor. */
const MAX_ACTOR = 4;
const PREDICATE = new Set(['VERB', 'AUX', 'ADJ']);
const CLAUSE_END = /^[,:;—–]$|^--$/u;
const CAPITAL = /^\p{Lu}/u;
/**
 * Subordinators that open a new clause. Other SCONJ tags are prepositions the tagger misreads in a
 * headline ("Calls For Ending …"), which belong to the predicate.
 */
const opensClause = (t: Token) => t.pos === 'SCONJ' && functionWords('subordinator').has(t.lower);

const namesCache = new WeakMap<AnalyzedSource, Set<string>>();

/**
 * Words the body writes with a capital inside a sentence: its names. A headline in title case
 * capitalises every word, so the body tells "Perry" (a name) from "Ad" and "While".
 */
function bodyNames(source: AnalyzedSource): Set<string> {
  const hit = namesCache.get(source);
  if (hit) return hit;
  const names = new Set(
    source.sentences
      .filter((s) => s.role === 'body')
      .flatMap((s) => s.tokens.slice(1).filter((t) => CAPITAL.test(t.text)))
      .map((t) => t.lower),
  );
  namesCache.set(source, names);
  return names;
}

/**
 * Reads a headline as an actor of at most four words followed by its predicate. Every actor word
 * must be a name the body writes with a capital: "Lind Poster Shows…" leads with the poster, "Michael
 * Stanek's End…" with an end, and neither is read.
 */
function frameOf(source: AnalyzedSource, headline: Sentence): HeadlineFrame | null {
  const tokens = inSentenceCase(headline).tokens;
  const at = tokens.findIndex((t) => PREDICATE.has(t.pos));
  if (at < 1 || at > MAX_ACTOR) return null;
  const subject = tokens.slice(0, at);
  if (!subject.every((t: Token) => bodyNames(source).has(t.text.toLowerCase()))) return null;
  let end = at;
  // The predicate ends with its clause: at a colon or comma, or where a subordinate one begins ("as").
  while (end + 1 < tokens.length && !CLAUSE_END.test(tokens[end + 1].text) && !opensClause(tokens[end + 1]))
    end++;
  const [first, last] = [tokens[at], tokens[end]];
  return {
    actor: subject.map((t) => t.lower.replace(/\.$/, '')),
    actorText: source.text.slice(subject[0].start, subject[subject.length - 1].end),
    verb: first.lemma,
    predicate: spanOf(headline, first.start, last.end),
  };
}

/**
 * One actor when the last name words agree: "Velora" is "Dana Velora", but "Michael Stanek" is not
 * "Michael Orwin" (a shared first name is no shared actor).
 */
const sameActor = (x: HeadlineFrame, y: HeadlineFrame): boolean => x.actor.at(-1) === y.actor.at(-1);

const headlineOf = (s: AnalyzedSource): Sentence | undefined =>
  s.sentences.find((x) => x.role === 'headline');

/** Framing of the lead actor by the two headlines, when they lead with one actor and different predicates. */
export function findHeadlineFrames(a: AnalyzedSource, b: AnalyzedSource, ruleId: string): FindingDraft[] {
  const [ha, hb] = [headlineOf(a), headlineOf(b)];
  if (!ha || !hb) return [];
  const [fa, fb] = [frameOf(a, ha), frameOf(b, hb)];
  if (!fa || !fb || !sameActor(fa, fb) || fa.verb === fb.verb) return [];
  const subject = outletSubject(a);
  return [
    {
      kind: 'framing',
      a: [fa.predicate],
      b: [fb.predicate],
      claims: [],
      explanation: `${subject}'s headline says ${fa.actorText} '${fa.predicate.text}' where ${outletName(b)}'s says ${fb.actorText} '${fb.predicate.text}'.`,
      ruleId,
      salience: 0.8,
      // Shown, but at the display threshold: read on tune pairs (2026-11-30), 5 of 7 were framing a
      // reader would want, 2 the same act in other words ("Pulling Out" / "Won't Go Forward").
      confidence: 0.5,
      subject: 'headline',
    },
  ];
}
