import type { AnalyzedSource } from '../../model/analyzed-source.js';
import type { Claim } from '../../model/claim.js';
import type { Sentence } from '../../model/source.js';
import type { Side } from '../../model/span.js';
import { type CompareContext, type FindingDraft, outlet } from './context.js';
import { claimRef, claimSpan, sentenceSpan } from './spans.js';

const CONTENT_POS = new Set(['NOUN', 'PROPN', 'VERB', 'ADJ', 'NUM']);
/** A sentence needs this many content words to count as reporting that could be left out. */
const MIN_CONTENT_WORDS = 4;

/** Lead paragraphs before the tail (inverted pyramid): salience falls by up to 30% down the article. */
function positionWeight(source: AnalyzedSource, sentence: Sentence | undefined): number {
  const last = source.sentences.at(-1)?.paragraph ?? 0;
  if (!sentence || last === 0) return 1;
  return 1 - 0.3 * (sentence.paragraph / last);
}

/** Casualty figures, blame and numbers before colour (issue 5's ranking). */
function claimWeight(claim: Claim): number {
  if (claim.kind === 'quantity') {
    if (claim.subtype === 'casualty') return 1;
    if (claim.subtype === 'duration' || claim.subtype === 'ordinal') return 0.3;
    return claim.precision === 'unspecified' ? 0.35 : 0.6;
  }
  return claim.kind === 'blame' ? 0.85 : 0.3;
}

function describeClaim(claim: Claim): string {
  if (claim.kind === 'quantity' && claim.subtype === 'casualty') return `the casualty figure '${claim.text}'`;
  if (claim.kind === 'blame') return `that ${claim.agent.text} is responsible for ${claim.act.text}`;
  return `'${claim.text}'`;
}

function omitted(side: Side, spans: FindingDraft['a'], rest: Omit<FindingDraft, 'a' | 'b'>): FindingDraft {
  return side === 'a' ? { ...rest, a: spans, b: [] } : { ...rest, a: [], b: spans };
}

/** The claims an omission is reported for, each kind with its static rule id. */
const OMITTED_RULE = { quantity: 'compare/omitted-quantity', blame: 'compare/omitted-blame' } as const;
type Omittable = Extract<Claim, { kind: keyof typeof OMITTED_RULE }>;

/** Quantities and blame that no rule matched with the other side. */
const unmatched = (ctx: CompareContext, side: Side): Omittable[] =>
  ctx[side].claims.filter(
    (c): c is Omittable => (c.kind === 'quantity' || c.kind === 'blame') && !ctx.matched[side].has(c.id),
  );

/** Claims grouped by sentence id. */
function bySentence(claims: Claim[]): Map<string, Claim[]> {
  const groups = new Map<string, Claim[]>();
  for (const claim of claims) groups.set(claim.sentence, [...(groups.get(claim.sentence) ?? []), claim]);
  return groups;
}

/** Figures and blame missing from the other side's counterpart sentence (an unaligned sentence reports them itself). */
function claimOmissions(ctx: CompareContext, side: Side, missing: Omittable[]): FindingDraft[] {
  const other = outlet(ctx, side === 'a' ? 'b' : 'a');
  return missing
    .filter((c) => ctx.covered[side].has(c.sentence))
    .map((claim) =>
      omitted(side, [claimSpan(claim)], {
        kind: 'omission',
        subject: claim.kind,
        claims: [claimRef(side, claim)],
        ruleId: OMITTED_RULE[claim.kind],
        salience: claimWeight(claim) * positionWeight(ctx[side], ctx.sentence[side].get(claim.sentence)),
        explanation: `Only ${outlet(ctx, side)} reports ${describeClaim(claim)}; ${other} has no counterpart.`,
      }),
    );
}

/** Body sentences with content that align with nothing on the other side. */
function sentenceOmissions(ctx: CompareContext, side: Side, missing: Claim[]): FindingDraft[] {
  const aligned = ctx.covered[side];
  const other = outlet(ctx, side === 'a' ? 'b' : 'a');
  const all = bySentence(ctx[side].claims);
  const missingIn = bySentence(missing);
  return ctx[side].sentences
    .filter((s) => s.role === 'body' && !aligned.has(s.id))
    .filter((s) => s.tokens.filter((t) => CONTENT_POS.has(t.pos)).length >= MIN_CONTENT_WORDS)
    .map((sentence) => {
      const claims = (all.get(sentence.id) ?? []).map((c) => claimRef(side, c));
      // The sentence carries its figures and blame: a dropped death toll ranks as a death toll.
      const top = [...(missingIn.get(sentence.id) ?? [])].sort((x, y) => claimWeight(y) - claimWeight(x))[0];
      const weight = Math.max(0.5, top ? claimWeight(top) : 0);
      const gist = sentence.text.length > 140 ? `${sentence.text.slice(0, 137)}…` : sentence.text;
      const what = top && claimWeight(top) > 0.5 ? ` ${describeClaim(top)}` : ' this';
      return omitted(side, [sentenceSpan(sentence)], {
        kind: 'omission',
        subject: top && claimWeight(top) > 0.5 ? top.kind : 'sentence',
        claims,
        ruleId: 'compare/omitted-sentence',
        salience: weight * positionWeight(ctx[side], sentence),
        explanation: `Only ${outlet(ctx, side)} reports${what}; nothing in ${other} matches: "${gist}"`,
      });
    });
}

/** What one outlet leaves out: unmatched figures and blame, then unaligned sentences. */
export function findOmissions(ctx: CompareContext): FindingDraft[] {
  const missing = { a: unmatched(ctx, 'a'), b: unmatched(ctx, 'b') };
  return [
    ...claimOmissions(ctx, 'a', missing.a),
    ...claimOmissions(ctx, 'b', missing.b),
    ...sentenceOmissions(ctx, 'a', missing.a),
    ...sentenceOmissions(ctx, 'b', missing.b),
  ];
}
