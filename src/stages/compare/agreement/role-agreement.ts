import { carriesClaims } from '../../../model/roles.js';
import type { Sentence } from '../../../model/source.js';
import type { Span } from '../../../model/span.js';
import { type CompareContext, type FindingDraft, outlet } from '../context.js';
import type { MatchedFacts } from '../facts/fact-match.js';
import { type RolePhrase, rolePhrases } from './role-phrases.js';
import { RARE } from './sentence-pairs.js';

// Inputs: the people both articles name with a role (`rolePhrases`). Who a secondary figure is,
// told alike by both ("then-Acting Attorney General Dana Boente" / "Boente is a former acting
// attorney general"), is a fact both outlets give their readers (issue 10). The story's main
// actors are left out: their titles recur in most sentences ("President Trump") and say nothing.
// A title before the name on both sides is the style guides' routine first reference (AP
// Stylebook, "titles": a formal title capitalised before the name), read as routine by the
// judges' rubric; at least one side must describe the person after the name instead.

const CONFIDENCE = 0.6;
const SALIENCE = 0.15;
/** Role words both must share, the role noun among them: "attorney general", "judiciary chairman", not "president" alone. */
const SHARED_WORDS = 2;

const phrases = new WeakMap<Sentence, RolePhrase[]>();
/** A sentence's role phrases, found once per sentence (they do not depend on the pair). */
function phrasesOf(s: Sentence): RolePhrase[] {
  let found = phrases.get(s);
  if (!found) {
    found = rolePhrases(s);
    phrases.set(s, found);
  }
  return found;
}

const spanOf = (ctx: CompareContext, side: 'a' | 'b', p: RolePhrase): Span => ({
  sentence: p.sentence.id,
  start: p.from.start,
  end: p.to.end,
  text: ctx[side].text.slice(p.from.start, p.to.end),
});

/** The role words two phrases share, when they share the role noun and enough words. */
function shared(x: RolePhrase, y: RolePhrase): string[] {
  if (x.surname !== y.surname || x.head !== y.head || !(x.described || y.described)) return [];
  const words = [...new Set(x.words)].filter((w) => y.words.includes(w));
  return words.length >= SHARED_WORDS ? words : [];
}

interface RolePair {
  a: RolePhrase;
  b: RolePhrase;
  words: string[];
}

/** For each surname, the pair of phrases sharing the most role words; ties by the first offsets. */
function bestPairs(as: RolePhrase[], bs: RolePhrase[]): RolePair[] {
  const best = new Map<string, RolePair>();
  for (const a of as)
    for (const b of bs) {
      const words = shared(a, b);
      const known = best.get(a.surname);
      if (words.length > 0 && (!known || words.length > known.words.length))
        best.set(a.surname, { a, b, words });
    }
  return [...best.values()].sort(
    (x, y) => x.a.from.start - y.a.from.start || x.b.from.start - y.b.from.start,
  );
}

/**
 * Rule `compare/role-agreement`: one person, rare in the pair (not the story's main actor),
 * given the same role by both articles: the same role noun and one more word of the role at least.
 */
export function roleAgreement(ctx: CompareContext, m: MatchedFacts): FindingDraft[] {
  const rare = (p: RolePhrase) => (m.weights.get(p.surname) ?? 0) >= RARE;
  const [as, bs] = (['a', 'b'] as const).map((side) =>
    ctx[side].sentences.filter(carriesClaims).flatMap(phrasesOf).filter(rare),
  );
  return bestPairs(as, bs).map(({ a, b, words }) => {
    const [sa, sb] = [spanOf(ctx, 'a', a), spanOf(ctx, 'b', b)];
    return {
      kind: 'agreement',
      subject: 'role',
      a: [sa],
      b: [sb],
      claims: [],
      ruleId: 'compare/role-agreement',
      confidence: CONFIDENCE,
      salience: SALIENCE,
      explanation: `${outlet(ctx, 'a')} and ${outlet(ctx, 'b')} give ${a.written}'s role alike ('${sa.text}' / '${sb.text}'; shared: ${words.join(' ')}).`,
    };
  });
}
