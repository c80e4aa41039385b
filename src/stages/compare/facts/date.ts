import type { DateClaim } from '../../../model/claim.js';
import type { Side } from '../../../model/span.js';
import { type CompareContext, type FindingDraft, otherSide, outlet } from '../context.js';
import type { Fact } from './fact.js';
import { isSoleDatedAct } from './fact-dated-act.js';
import { type MatchedFacts, statedElsewhere } from './fact-match.js';
import { type FactPair, pairEvidence } from './fact-pairs.js';
import { inTwins, isFirm, shareHeadOrVerb, shareNoun } from './fact-same.js';
import { compatible, DAY_MS, relate } from './interval.js';

/** A date this many days after publication is a forecast or a schedule, not the day's news. */
const NEWS_DAYS = 31;

const asDates = (p: FactPair) => [p.a.claim, p.b.claim] as [DateClaim, DateClaim];
const show = (d: DateClaim) =>
  `'${d.text}' (${d.interval?.start === d.interval?.end ? d.interval?.start : `${d.interval?.start}..${d.interval?.end}`})`;

const base = (p: FactPair) => pairEvidence(p, 'date');

/** Days from an article's publication to a date (negative when before it), or 0 when either is unknown. */
function daysAfterPublication(ctx: CompareContext, f: Fact): number {
  const published = Date.parse(ctx[f.side].meta.published ?? '');
  if (f.interval === 'unknown' || Number.isNaN(published)) return 0;
  return (f.interval.min + f.interval.max) / 2 - published / DAY_MS;
}

const written = (d: DateClaim) => d.reference === 'absolute' || /\d/.test(d.text);

/**
 * Whether neither article dates the pair's event compatibly elsewhere, or the two dates stand in
 * twin sentences, are both written out and date one act (a shared head word or verb): one
 * sentence told twice with another date dates one event two ways, and a compatible date
 * elsewhere is another sentence's counterpart, not an answer to this one (perturbation harness,
 * issue 10: a month changed). A relative date may differ only by the publication day, and twin
 * sentences may date two acts ("approved … signed on"), so those keep the guard (review of
 * perturb11, items 1 and 2).
 */
const undisputed = (ctx: CompareContext, p: FactPair, m: MatchedFacts) =>
  (inTwins(ctx, p, m) && shareHeadOrVerb(p.a, p.b) && asDates(p).every(written)) ||
  (!statedElsewhere(m, p.a, compatible) && !statedElsewhere(m, p.b, compatible));

/**
 * Rule `compare/date-divergence`: the same event dated incompatibly, on firm ground (`isFirm`, or
 * one rare act each article dates once: fact-dated-act.ts). At least one date is
 * written out (two relative dates differ most often because the articles' publication days
 * do); the same words on both sides ("Friday" and "Friday") are one date resolved twice, not a
 * disagreement; neither article may date the same event compatibly elsewhere, unless the
 * two dates stand in twin sentences (`undisputed`); nor write the other's date itself (`writesDay`).
 */
export function dateDivergence(ctx: CompareContext, m: MatchedFacts): FindingDraft[] {
  return (
    m.dates
      .filter(
        (p) => p.relation === 'disjoint' && (isFirm(ctx, p, m) || isSoleDatedAct(p, m.facts, m.weights)),
      )
      .filter((p) => {
        const [a, b] = asDates(p);
        return (written(a) || written(b)) && a.text.toLowerCase() !== b.text.toLowerCase();
      })
      .filter((p) => undisputed(ctx, p, m))
      // A day the other article writes itself is a day of its story too: "on Thursday" against "January 3"
      // when both articles date an earlier attack "January 3" (blind 49 reader: two events).
      .filter((p) => !writesDay(m, 'a', p.b) && !writesDay(m, 'b', p.a))
      .map((p) => {
        const [a, b] = asDates(p);
        return {
          ...base(p),
          kind: 'divergence',
          ruleId: 'compare/date-divergence',
          salience: 0.9,
          explanation: `${outlet(ctx, 'a')} dates it ${show(a)} where ${outlet(ctx, 'b')} dates it ${show(b)}.`,
        };
      })
  );
}

/**
 * Whether the side writes out the very date of a fact anywhere, whatever it dates there: a day
 * both articles write is one day of the story ("later this month" then "the Dec. 27 debate"),
 * so the vaguer mention refines nothing.
 */
function writesDay(m: MatchedFacts, side: Side, fact: Fact): boolean {
  return m.facts[side].some(
    (o) => o.claim.kind === 'date' && written(o.claim) && relate(fact.interval, o.interval) === 'same',
  );
}

/**
 * Rule `compare/date-refinement`: the same event, one date inside the other ("January 2017" /
 * "last year", "April 27" / "next week"). Two relative periods ("earlier this month" / "last
 * week") say nothing a reader needs; nor does a vaguer date when its article also gives the
 * precise one elsewhere.
 */
export function dateRefinement(ctx: CompareContext, m: MatchedFacts): FindingDraft[] {
  const out: FindingDraft[] = [];
  for (const p of m.dates) {
    if (p.relation !== 'a-inside-b' && p.relation !== 'b-inside-a') continue;
    const fine: Side = p.relation === 'a-inside-b' ? 'a' : 'b';
    const [f, c] = fine === 'a' ? [p.a, p.b] : [p.b, p.a];
    const [fd, cd] = [f.claim as DateClaim, c.claim as DateClaim];
    if ((!written(fd) && !written(cd)) || !(shareNoun(p.a, p.b) || isFirm(ctx, p, m))) continue;
    if (statedElsewhere(m, f, (r) => r === 'same' || r === 'b-inside-a') || writesDay(m, otherSide(fine), f))
      continue;
    out.push({
      ...base(p),
      kind: 'refinement',
      ruleId: 'compare/date-refinement',
      salience: 0.35,
      explanation: `${outlet(ctx, fine)} dates it more precisely, ${show(fd)}, than ${outlet(ctx, otherSide(fine))}'s ${show(cd)}.`,
    });
  }
  return out;
}

/**
 * Rule `compare/date-agreement`: the same event on the same date, when that tells a reader
 * something: a forecast or schedule ("exhausted in 2036", "sentencing set for June 28"), or a
 * written day that the other outlet gives as a weekday ("May 10" / "Thursday"). The day of the
 * news given twice ("Tuesday" / "Tuesday") and background dates ("married last year") are
 * trivial (RUBRIC.md) and are matched silently.
 */
export function dateAgreement(ctx: CompareContext, m: MatchedFacts): FindingDraft[] {
  return m.dates
    .filter((p) => p.relation === 'same')
    .filter((p) => {
      const [a, b] = asDates(p);
      const ahead =
        daysAfterPublication(ctx, p.a) > NEWS_DAYS &&
        daysAfterPublication(ctx, p.b) > NEWS_DAYS &&
        (written(a) || written(b));
      const resolved = a.precision === 'day' && written(a) !== written(b);
      return ahead || resolved;
    })
    .map((p) => {
      const [a, b] = asDates(p);
      return {
        ...base(p),
        kind: 'agreement',
        ruleId: 'compare/date-agreement',
        salience: 0.15,
        explanation: `Both date it the same once resolved: ${outlet(ctx, 'a')} ${show(a)}, ${outlet(ctx, 'b')} ${show(b)}.`,
      };
    });
}
