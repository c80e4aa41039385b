import { type VagueQuantity, vagueQuantitiesStartingWith } from '../../../lexicons/vague-quantities.js';
import { findAct } from './act.js';
import { emitQuantity, isFree, type QuantityContext, subtypeOf } from './context.js';
import { countedNoun } from './noun.js';
import { readNumber } from './number.js';

/** The vague or unspecified phrase that starts at token `i`, longest first. */
function phraseAt(ctx: QuantityContext, i: number): VagueQuantity | undefined {
  return vagueQuantitiesStartingWith(ctx.tokens[i].lower).find((v) =>
    v.words.every((w, k) => ctx.tokens[i + k]?.lower === w),
  );
}

/**
 * Rule `extract/quantity-vague`: counts without a number. "dozens of targets" is a vague range
 * (24..99, from the lexicon); "a salvo of rockets", "several groups" are unspecified counts with
 * a counted noun and no bounds (issue 4). When a number follows ("a barrage of 20 rockets") the
 * number rule counts it instead. A phrase with neither a counted noun nor an act is skipped
 * ("a number of reasons" keeps its noun; "a few" alone does not count anything).
 */
export function findVagueCounts(ctx: QuantityContext): void {
  for (let i = 0; i < ctx.tokens.length; i++) {
    const vague = isFree(ctx, i, i) ? phraseAt(ctx, i) : undefined;
    if (!vague) continue;
    const after = i + vague.words.length;
    const hasOf = ctx.tokens[after]?.lower === 'of';
    if (readNumber(ctx.tokens, hasOf ? after + 1 : after)) continue;
    // "a salvo", "a number" count only what they are "of"; "dozens", "several" may stand alone.
    if (vague.words[0] === 'a' && vague.precision === 'unspecified' && !hasOf) continue;
    const noun = countedNoun(ctx.tokens, after, ctx.used);
    const last = noun ? noun.head : after - 1;
    const act = findAct(ctx.tokens, i, last, noun?.lemma ?? null);
    if ((!noun && !act) || !isFree(ctx, i, last)) continue;
    emitQuantity(ctx, i, last, {
      ruleId: vague.precision === 'vague' ? 'extract/quantity-vague' : 'extract/quantity-unspecified',
      ...(vague.min === undefined ? {} : { min: vague.min, max: vague.max }),
      precision: vague.precision,
      qualifier: vague.phrase,
      noun: noun?.lemma ?? null,
      act: act?.act ?? null,
      subtype: subtypeOf(act?.casualty),
      ...(act?.casualty ? { casualty: act.casualty } : {}),
    });
    i = last;
  }
}
