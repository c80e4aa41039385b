import type { CompareContext, FindingDraft } from './context.js';
import { outlet } from './context.js';
import type { MatchedFacts } from './fact-match.js';
import type { SentencePair } from './sentence-pairs.js';
import { claimRef, sentenceSpan } from './spans.js';

/** At most this many sentence agreements a pair: gold lists hold about six (eval/findings/README.md). */
const MAX_AGREEMENTS = 8;

/** Whether a figure or date matched between the two sentences is stated incompatibly. */
function disagrees(m: MatchedFacts, p: SentencePair): boolean {
  return [...m.quantities, ...m.dates].some(
    (f) => f.a.claim.sentence === p.a.id && f.b.claim.sentence === p.b.id && f.relation === 'disjoint',
  );
}

/**
 * Rule `compare/sentence-agreement`: two sentences, anywhere in the articles, that report the
 * same fact: "met Sunday afternoon at the White House" / "met privately at the White House on
 * Sunday", or the same quote. They share rare words, two fifths of the lighter sentence, and
 * an act (`similarSentences`), and no figure or date in them disagrees. The strongest few.
 */
export function sentenceAgreement(ctx: CompareContext, m: MatchedFacts): FindingDraft[] {
  return m.sentences
    .filter((p) => !disagrees(m, p))
    .slice(0, MAX_AGREEMENTS)
    .map((p) => {
      const claims = [...m.quantities, ...m.dates]
        .filter((f) => f.a.claim.sentence === p.a.id && f.b.claim.sentence === p.b.id)
        .flatMap((f) => [claimRef('a', f.a.claim), claimRef('b', f.b.claim)]);
      return {
        kind: 'agreement',
        subject: 'sentence',
        a: [sentenceSpan(p.a)],
        b: [sentenceSpan(p.b)],
        claims,
        ruleId: 'compare/sentence-agreement',
        salience: Math.round(Math.min(0.3, 0.1 + p.cover / 5) * 1000) / 1000,
        explanation: `${outlet(ctx, 'a')} and ${outlet(ctx, 'b')} report the same thing (shared: ${p.words.slice(0, 5).join(', ')}).`,
      };
    });
}
