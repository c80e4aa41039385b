// Verb forms that look like reporting cues but report nothing: a participle after a possessive
// ("their stated aim") and a mandative subjunctive ("require that the city prove …").
import { verbClass } from '../../../lexicons/word-sets.js';
import type { Token } from '../../../model/source.js';
import { phraseEndingAt } from '../../../text/noun-phrase.js';

/** "his supposed lies", "their stated aim": a participle after a possessive modifies the noun after it. */
export function possessed(tokens: Token[], i: number): boolean {
  const before = tokens[i - 1];
  return before?.pos === 'PRON' && /^(?:his|its|their|our|my|your)$/u.test(before.lower);
}

/**
 * "requires that the city prove …", "insisted the mayor resign": a bare verb after a singular
 * subject in the that-clause of a mandative verb is a subjunctive (Quirk et al. 1985, 3.58 and
 * 16.32), so nothing is reported as said. An adverb may sit between subject and verb ("that the
 * city quickly prove"). After a plural subject the subjunctive and the present have one form, and
 * "suggest" or "insist" also take factual clauses ("suggests that most residents say …"): read as
 * a present, a report. Elsewhere a bare verb is a plural present ("that police say …") or an
 * infinitive after a perception verb ("heard the officer say …"), both reports. Not a bare form
 * ending in -t or -d, which may be a past ("put", "cut").
 */
export function subjunctive(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  if (t.pos !== 'VERB' || t.lower !== t.lemma || /(?:t|d)$/u.test(t.lower)) return false;
  let s = i - 1;
  while (s > 0 && tokens[s].pos === 'ADV') s--;
  const subject = tokens[s];
  if (!subject) return false;
  if (subject.pos === 'PRON') return /^(?:he|she|it)$/u.test(subject.lower) && mandativeBefore(tokens, s);
  if (subject.pos !== 'NOUN' && subject.pos !== 'PROPN') return false;
  // A noun's number from its lemma ("police", "officials" are plural); a name's from its final -s.
  const plural =
    subject.pos === 'NOUN'
      ? subject.lemma !== subject.lower || subject.lower === 'police'
      : /s$/u.test(subject.lower);
  const np = phraseEndingAt(tokens, s);
  return (
    !!np &&
    !plural &&
    mandativeBefore(tokens, np.first) &&
    !tokens.slice(np.first, s + 1).some((x) => x.pos === 'CCONJ')
  );
}

/** Whether the clause whose subject starts at `first` is the complement of a mandative verb ("require (that) …"). */
function mandativeBefore(tokens: Token[], first: number): boolean {
  const verb = tokens[first - 1]?.lower === 'that' ? tokens[first - 2] : tokens[first - 1];
  return verb?.pos === 'VERB' && verbClass('mandative').has(verb.lemma);
}
