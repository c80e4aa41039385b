import { verbClass } from '../../../lexicons/stance-verbs.js';
import type { AttributionClaim } from '../../../model/claim.js';
import type { Side } from '../../../model/span.js';
import { type FindingDraft, otherSide, outlet } from '../context.js';
import {
  type AttributionContext,
  claimPairFinding,
  cueKey,
  initials,
  whoSays,
} from './attribution-shared.js';
import { nestedShare, SAME_CONTENT, sourceView } from './nested-view.js';

// Inputs: the attribution claims and tokens of both sides, across the whole articles. Output: a
// statement one outlet reports in its own voice ("Ro Tae-jin announced that …") that the other
// passes on only inside a report of someone else ("state media indicated that Ro Tae-jin
// announced …") or hedged ("Ro reportedly announced …"): an extra layer of sourcing, which leaves
// the statement itself less certain (issue 10). The inner report is read by attribution-inner.ts.

/** A name without case, a leading "the" and anything but letters: "The New York Times" → "newyorktimes". */
const compact = (x: string) =>
  x
    .toLowerCase()
    .replace(/^the\s+/, '')
    .replace(/[^\p{L}]/gu, '');

/** Whether an outer report's source is one of the pair's outlets, given `compact`ed ("the New York Times reports"). */
function anOutlet(outlets: string[], outer: AttributionClaim): boolean {
  const text = outer.speaker?.text ?? '';
  const letters = initials(text).toLowerCase();
  const own = compact(text);
  return outlets.some((o) => o === own || (letters.length > 1 && o === letters));
}

/** A plain statement and the other side's report that passes it on, with how much they share. */
interface Nesting {
  plain: AttributionClaim;
  outer: AttributionClaim;
  same: number;
}

/**
 * Whether an outer report is the plain speaker's own: its source names the speaker's last name, or
 * any of the speaker's names in the possessive ("Ro's office": the tagger may not give a name's
 * last part, "Tae-jin", as a name). Sharing a demonym ("South Veldish state media" and "North Veldish
 * leader Ro") is not enough.
 */
function ownOffice(
  outer: AttributionClaim,
  outerNames: Set<string> | undefined,
  names: Set<string>,
): boolean {
  // Asked for every plain statement and outer report of a pair (issue 13): loops, no copies.
  let last: string | undefined;
  for (const n of names) last = n;
  if (last !== undefined && outerNames?.has(last)) return true;
  const text = outer.speaker?.text ?? '';
  for (const n of possessives(names)) if (text.includes(n)) return true;
  return false;
}

// A plain statement's names are its source's (nested-view.ts keeps them per source), and each is
// looked for in every outer report of every pair: their possessives are spelled once a set.
const possessiveForms = new WeakMap<Set<string>, string[]>();

/** Each name in the possessive, with a straight and a curly apostrophe, in the names' order. */
function possessives(names: Set<string>): string[] {
  let forms = possessiveForms.get(names);
  if (!forms) {
    forms = [...names].flatMap((n) => [`${n}'s`, `${n}’s`]);
    possessiveForms.set(names, forms);
  }
  return forms;
}

/** Statements of `side` in its own voice that the other side nests inside someone else's report. */
function nestings(ac: AttributionContext, side: Side): Nesting[] {
  const other = otherSide(side);
  const theirs = sourceView(ac.ctx[other]);
  // Not when the outer report is one of the two outlets ("…, the New York Times reports": a
  // credit, not a layer). That depends on the outer report and this pair's two outlets, not on the
  // plain statement, so it is asked once per outer report here (never cached per source).
  const plain = sourceView(ac.ctx[side]).plain;
  // No plain statement, nothing to nest; else the outlets' names are compacted once (issue 13).
  if (plain.length === 0) return [];
  const outlets = [compact(ac.ctx.a.meta.outlet), compact(ac.ctx.b.meta.outlet)];
  const outers = theirs.own.filter((outer) => !anOutlet(outlets, outer));
  const found: Nesting[] = [];
  for (const p of plain) {
    let best: Nesting | null = null;
    for (const outer of outers) {
      // Not when the outer report names the plain speaker as its source ("Lee's office said").
      if (ownOffice(outer, theirs.speakerNames.get(outer), p.names)) continue;
      const same = nestedShare(theirs, p, outer);
      if (same >= SAME_CONTENT && (!best || same > best.same)) best = { plain: p.claim, outer, same };
    }
    if (best) found.push(best);
  }
  return found;
}

/** The finding: side's own-voice statement against the other side's report that nests it. */
function finding(ac: AttributionContext, side: Side, n: Nesting): FindingDraft {
  const { ctx } = ac;
  const other = otherSide(side);
  const who = whoSays(ctx, side, n.plain);
  const source = n.outer.speaker ? whoSays(ctx, other, n.outer) : undefined;
  const layer = source
    ? `inside a report by ${source} ('${n.outer.cue.text}')`
    : `hedged ('${n.outer.cue.text}')`;
  const [a, b] = side === 'a' ? [n.plain, n.outer] : [n.outer, n.plain];
  return claimPairFinding(ctx, a, b, {
    ruleId: 'compare/attribution-nested',
    salience: 0.75,
    // A neutral outer verb ("according to The Associated Press") credits the channel the statement
    // came through; any other ("reports indicated that …") qualifies it, which a reader should see.
    confidence: verbClass(n.outer.cue.lemma) === 'neutral' ? 0.45 : 0.6,
    explanation: `${outlet(ctx, side)} reports in its own voice that ${who} '${n.plain.cue.text}' this; ${outlet(ctx, other)} passes it on only ${layer}.`,
  });
}

/**
 * Own-voice statements the other side gives only as someone else's report or hedged, one finding a
 * cue; their sentence pairs go into `seen`, so that no other attribution rule reports them again.
 */
export function nestedReports(ac: AttributionContext, seen: Set<string>): FindingDraft[] {
  const found: FindingDraft[] = [];
  for (const side of ['a', 'b'] as const) {
    for (const n of nestings(ac, side)) {
      const key = side === 'a' ? `s:${cueKey(n.plain, n.outer)}` : `s:${cueKey(n.outer, n.plain)}`;
      if (ac.cues.has(key)) continue;
      ac.cues.add(key);
      const [a, b] = side === 'a' ? [n.plain, n.outer] : [n.outer, n.plain];
      seen.add(`${a.sentence}|${b.sentence}`);
      found.push(finding(ac, side, n));
    }
  }
  return found;
}
