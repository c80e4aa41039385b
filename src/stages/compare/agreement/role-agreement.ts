import { carriesClaims } from '../../../model/roles.js';
import type { Span } from '../../../model/span.js';
import { type CompareContext, type FindingDraft, outlet } from '../context.js';
import type { MatchedFacts } from '../facts/fact-match.js';
import { once } from './agreement-profile.js';
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

/** A sentence's role phrases, found once per sentence (they do not depend on the pair). */
const phrasesOf = once(rolePhrases);

const spanOf = (ctx: CompareContext, side: 'a' | 'b', p: RolePhrase): Span => ({
  sentence: p.sentence.id,
  start: p.from.start,
  end: p.to.end,
  text: ctx[side].text.slice(p.from.start, p.to.end),
});

/** The role words two phrases share, when they share the role noun and enough words. */
function shared(x: RolePhrase, y: RolePhrase): string[] {
  if (x.surname !== y.surname || x.head !== y.head) return [];
  const words = [...new Set(x.words)].filter((w) => y.words.includes(w));
  return words.length >= SHARED_WORDS ? words : [];
}

interface RolePair {
  a: RolePhrase;
  b: RolePhrase;
  words: string[];
}

/** The unordered pair of first offsets: b-vs-a picks the same pairs as a-vs-b. */
const order = (p: RolePair) => {
  const [s, t] = [p.a.from.start, p.b.from.start];
  return [Math.min(s, t), Math.max(s, t)];
};

/** For each surname, the pair of phrases sharing the most role words; ties by the unordered offsets. */
function bestPairs(as: RolePhrase[], bs: RolePhrase[]): RolePair[] {
  const best = new Map<string, RolePair>();
  const before = (x: RolePair, y: RolePair) => {
    const [ox, oy] = [order(x), order(y)];
    return y.words.length - x.words.length || ox[0] - oy[0] || ox[1] - oy[1];
  };
  for (const a of as)
    for (const b of bs) {
      const words = shared(a, b);
      const known = best.get(a.surname);
      const pair = { a, b, words };
      if (words.length > 0 && (!known || before(pair, known) < 0)) best.set(a.surname, pair);
    }
  return [...best.values()].sort((x, y) => order(x)[0] - order(y)[0] || order(x)[1] - order(y)[1]);
}

/**
 * The pairs worth reporting, in groups of one finding each: a person described after the name on
 * one side at least, alone; people titled before their names on both sides only when one paragraph
 * of each names two of them or more so (the signatories of one statement, the members of one panel):
 * a single title is routine, a group named alike says who acted together.
 */
function groups(pairs: RolePair[]): RolePair[][] {
  const out: RolePair[][] = [];
  const bySentences = new Map<string, RolePair[]>();
  for (const p of pairs) {
    if (p.a.described || p.b.described) out.push([p]);
    else {
      // By paragraph, not sentence: the segmenter may end a sentence at a state's abbreviation ("R-Va.").
      const key = `${p.a.sentence.paragraph}|${p.b.sentence.paragraph}`;
      bySentences.set(key, [...(bySentences.get(key) ?? []), p]);
    }
  }
  for (const group of bySentences.values()) if (group.length >= 2) out.push(group);
  return out.sort((x, y) => order(x[0])[0] - order(y[0])[0] || order(x[0])[1] - order(y[0])[1]);
}

/** Names as a list: "Goodlatte, Gowdy and Nunes". */
export const listed = (names: string[]) =>
  names.length < 2 ? names.join('') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;

/**
 * Rule `compare/role-agreement`: people rare in the pair (not the story's main actors), given
 * the same role by both articles (the same role noun and one more word of the role at least):
 * one person described after the name, or a group titled alike in one paragraph of each.
 */
export function roleAgreement(ctx: CompareContext, m: MatchedFacts): FindingDraft[] {
  const rare = (p: RolePhrase) => (m.weights.get(p.surname) ?? 0) >= RARE;
  const [as, bs] = (['a', 'b'] as const).map((side) =>
    ctx[side].sentences.filter(carriesClaims).flatMap(phrasesOf).filter(rare),
  );
  return groups(bestPairs(as, bs)).map((group) => {
    const [sa, sb] = [group.map((p) => spanOf(ctx, 'a', p.a)), group.map((p) => spanOf(ctx, 'b', p.b))];
    const explanation =
      group.length === 1
        ? `${outlet(ctx, 'a')} and ${outlet(ctx, 'b')} give ${group[0].a.written}'s role alike ('${sa[0].text}' / '${sb[0].text}'; shared: ${group[0].words.join(' ')}).`
        : `${outlet(ctx, 'a')} and ${outlet(ctx, 'b')} name ${listed(group.map((p) => p.a.written))} together, each with the same role ('${sa[0].text}' / '${sb[0].text}', …).`;
    return {
      kind: 'agreement',
      subject: 'role',
      a: sa,
      b: sb,
      claims: [],
      ruleId: 'compare/role-agreement',
      confidence: CONFIDENCE,
      salience: SALIENCE,
      explanation,
    };
  });
}
