// Inputs: both sources' descriptions of named people and organisations (descriptions.ts).
// Output: framing findings where the two outlets describe one entity, linked by its name, and one
// of them judges it in words the other never uses (issue 10): "the port's most militant dockers'
// union" against "the port's main voice of dock workers" for one organisation.

import { isRoleNoun, roleRelation } from '../../../lexicons/role-nouns.js';
import { biasWords, entityWords } from '../../../lexicons/word-sets.js';
import type { AnalyzedSource } from '../../../model/analyzed-source.js';
import type { FindingDraft } from '../context.js';
import { type Description, findDescriptions } from './descriptions.js';
import { outletName, outletSubject } from './label-pair.js';
import { ownVoiceLemmas } from './own-voice.js';

/**
 * Words of the Recasens et al. (2013) bias lexicon in description `x` that the other outlet
 * never writes itself: the marked word is this outlet's choice.
 */
const markedWords = (x: Description, other: AnalyzedSource): string[] =>
  x.marks.filter((l) => biasWords().has(l) && !ownVoiceLemmas(other).has(l));

/**
 * Whether a source writes head noun `head`, or a word of its family, in its own voice: "lobby" is
 * used by an outlet that writes "lobbying" or "lobbyists" (endings in data/entity-words.yaml).
 */
function usesFamily(source: AnalyzedSource, head: string): boolean {
  const stems = [head, head.replace(/y$/, 'i')];
  for (const lemma of ownVoiceLemmas(source)) {
    if (stems.some((s) => lemma.startsWith(s) && entityWords('family-ending').has(lemma.slice(s.length))))
      return true;
  }
  return ownVoiceLemmas(source).has(head);
}

/**
 * True when descriptions `x` (source a) and `y` (source b) of one entity contrast: one side
 * carries a graded adjective of the bias lexicon that the other outlet never writes itself ("the port's most militant dockers' union" / "the port's main voice").
 * Different heads must be role nouns that WordNet 3.1 neither makes synonyms nor one a kind of
 * the other, and neither outlet may use the other's head noun itself.
 *
 * Two different roles without such a word ("campaign aide" / "campaign volunteer") were tried and
 * left out: read against the articles on tune pairs (2026-11-30), 3 of 5 were routine variants
 * ("campaign manager" / "campaign chairman"), which WordNet's relations do not tell apart.
 */
function contrasts(x: Description, y: Description, a: AnalyzedSource, b: AnalyzedSource): boolean {
  if (x.head !== y.head) {
    if (!isRoleNoun(x.head) || !isRoleNoun(y.head)) return false;
    if (roleRelation(x.head, y.head) !== 'different') return false;
    // An outlet that uses the other's head noun itself (or a word of its family) does not avoid
    // that label, so the two heads are no contrast of judgement.
    if (usesFamily(b, x.head) || usesFamily(a, y.head)) return false;
  }
  return markedWords(x, b).length > 0 || markedWords(y, a).length > 0;
}

function explain(x: Description, y: Description, a: AnalyzedSource, b: AnalyzedSource): string {
  const subject = outletSubject(a);
  return `${subject} describes ${x.name} as '${x.span.text}' where ${outletName(b)} says '${y.span.text}'.`;
}

/**
 * One framing finding per entity and pair of head nouns, at its first places on each side.
 * Symmetric in a and b up to the order of sides.
 */
export function findEntityLabels(a: AnalyzedSource, b: AnalyzedSource, ruleId: string): FindingDraft[] {
  const [da, db] = [findDescriptions(a), findDescriptions(b)];
  const seen = new Set<string>();
  const out: FindingDraft[] = [];
  for (const x of da) {
    for (const y of db) {
      if (x.key !== y.key) continue;
      const id = `${x.key}|${x.head}|${y.head}`;
      if (seen.has(id) || seen.has(`${x.span.start}|${y.span.start}`)) continue;
      if (!contrasts(x, y, a, b)) continue;
      seen.add(id);
      seen.add(`${x.span.start}|${y.span.start}`);
      out.push({
        kind: 'framing',
        a: [x.span],
        b: [y.span],
        claims: [],
        explanation: explain(x, y, a, b),
        ruleId,
        salience: 0.7,
        confidence: 0.6,
        subject: 'label',
        labels: { a: x.span.text, b: y.span.text },
      });
    }
  }
  return out;
}
