import { carriesClaims } from '../../../model/roles.js';
import type { Sentence, Token } from '../../../model/source.js';
import type { Side, Span } from '../../../model/span.js';
import { type CompareContext, type FindingDraft, otherSide, outlet } from '../context.js';
import type { MatchedFacts } from '../facts/fact-match.js';
import { spanOf } from '../spans.js';
import { isContent } from '../weights.js';
import { refinementDraft } from './specificity-draft.js';

// Inputs: what follows a two-word phrase and its preposition on both sides ("bus fares for | the
// poorest 20 percent" / "bus fares for | poorest residents"). A figure on one side where the other has the
// same modifier and a bare noun is the same group told more precisely.

const CONFIDENCE = 0.55;
/** Words after the preposition read as its object. */
const OBJECT = 4;

/** The object of "bus fares for": the tokens after the preposition (and a determiner), up to punctuation. */
interface Slot {
  sentence: Sentence;
  key: string;
  words: Token[];
}

function slots(s: Sentence): Slot[] {
  const t = s.tokens;
  const out: Slot[] = [];
  for (let k = 2; k + 1 < t.length; k++) {
    if (t[k].pos !== 'ADP' || t[k - 1].pos !== 'NOUN' || !isContent(t[k - 2])) continue;
    const from = t[k + 1].pos === 'DET' ? k + 2 : k + 1;
    const words: Token[] = [];
    for (
      let j = from;
      j < t.length && words.length < OBJECT && ['ADJ', 'NUM', 'NOUN'].includes(t[j].pos);
      j++
    )
      words.push(t[j]);
    if (words.at(-1)?.pos === 'NOUN')
      out.push({ sentence: s, key: `${t[k - 2].lemma} ${t[k - 1].lemma} ${t[k].lower}`, words });
  }
  return out;
}

const counts = (slot: Slot) => slot.words.some((w) => w.pos === 'NUM');
/** The evidence span of a slot's words. */
const slotSpan = (slot: Slot): Span =>
  spanOf(slot.sentence, slot.words[0].start, (slot.words.at(-1) as Token).end);

/** A bare slot on the other side that shares a modifier with the counted one ("poorest"). */
function bareMatch(counted: Slot, theirs: Slot[]): Slot | undefined {
  const mods = new Set(counted.words.filter((w) => w.pos === 'ADJ').map((w) => w.lemma));
  return theirs.find((s) => s.key === counted.key && !counts(s) && s.words.some((w) => mods.has(w.lemma)));
}

/**
 * Rule `compare/slot-figure-refinement`: after the same two words and preposition ("bus fares
 * for"), one side gives a figure ("the poorest 20 percent") and the other the same modifier with a
 * noun ("poorest residents"); the other side gives no figure after those words anywhere.
 */
export function slotFigureRefinement(ctx: CompareContext, _m: MatchedFacts): FindingDraft[] {
  const all: Record<Side, Slot[]> = {
    a: ctx.a.sentences.filter(carriesClaims).flatMap(slots),
    b: ctx.b.sentences.filter(carriesClaims).flatMap(slots),
  };
  const out: FindingDraft[] = [];
  for (const fine of ['a', 'b'] as const) {
    const coarse = otherSide(fine);
    const seen = new Set<string>();
    for (const slot of all[fine].filter(counts)) {
      if (seen.has(slot.key) || all[coarse].some((s) => s.key === slot.key && counts(s))) continue;
      const bare = bareMatch(slot, all[coarse]);
      if (!bare) continue;
      seen.add(slot.key);
      const [precise, vague] = [slotSpan(slot), slotSpan(bare)];
      out.push(
        refinementDraft({
          fine,
          precise,
          vague,
          subject: 'quantity',
          claims: [],
          ruleId: 'compare/slot-figure-refinement',
          salience: 0.3,
          confidence: CONFIDENCE,
          explanation: `${outlet(ctx, fine)} gives a figure, '${precise.text}', where ${outlet(ctx, coarse)} says '${vague.text}'.`,
        }),
      );
    }
  }
  return out;
}
