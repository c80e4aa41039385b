import type { VerbClass } from '../../../lexicons/stance-verbs.js';
import type { Side } from '../../../model/span.js';
import { type FindingDraft, linkOf, outlet } from '../context.js';
import { dice, differentSpeakers } from './attribution-content.js';
import { type AttributionContext, claimPairFinding, cueKey, whoSays } from './attribution-shared.js';
import { type Candidate, candidatesOf } from './verb-candidates.js';
import { sameSource } from './verb-use.js';

// Inputs: the attribution claims of both sides (propositions only) and their tokens, across the
// whole articles. Output: the same words given to the same source with reporting verbs of
// different classes (issue 10): "X says" against "X claims" (doubt, MOS:CLAIM), "X wrote" against
// "X noted" (endorsement, MOS:SAY). Classes come from data/stance-verbs.yaml.

/** Without a shared run of words, counterpart sentences and this much overlap of content words (Dice). */
const SAME_CONTENT = 0.5;
/** Sentences are counterparts for this rule when the alignment is this sure. */
const SURE_LINK = 0.5;
/** Pairs of classes a reader is told about: one side neutral, the other doubting or endorsing. */
const SHOWN: ReadonlySet<string> = new Set(['doubt|neutral', 'endorse|neutral']);
/** Two classes in code-unit order, joined as `SHOWN` spells them (asked for every two candidates: no array). */
const classPair = (p: string, q: string): string => (p <= q ? `${p}|${q}` : `${q}|${p}`);

/** Content words each side needs before their overlap tells anything ("the buses" against a sentence on buses does not). */
const MIN_WORDS = 3;

/** Whether a charge is laid against the other side's speaker: the accused's own words are no report of the charge. */
function againstSpeaker(x: Candidate, y: Candidate): boolean {
  const speaker = y.claim.speaker?.text.toLowerCase();
  const names = x.accused?.match(/\p{Lu}[\p{L}'’-]+/gu) ?? [];
  return speaker !== undefined && names.some((n) => speaker.includes(n.toLowerCase()));
}

/**
 * Whether two attributions report one statement of one source: both with or both without a
 * negation, no charge laid against the other's speaker, and a run of words in common, or a
 * quotation on either side with much the same content words (then the sources need only not be
 * told apart: "the council members" may be "Lee, Patel and Ortiz"), or counterpart
 * sentences with much the same content words and sources that share a name.
 */
function sameStatement(ac: AttributionContext, x: Candidate, y: Candidate): boolean {
  const [sx, sy] = [x.claim.speaker ?? undefined, y.claim.speaker ?? undefined];
  if (sx?.group && sy?.group && sx.group !== sy.group) return false;
  if (x.negated !== y.negated || againstSpeaker(x, y) || againstSpeaker(y, x)) return false;
  if ([...x.runs].some((run) => y.runs.has(run))) return sameSource(sx, sy);
  if (x.lemmas.size < MIN_WORDS || y.lemmas.size < MIN_WORDS) return false;
  const link = linkOf(ac.ctx, x.claim, y.claim);
  const same = dice(x.lemmas, y.lemmas);
  // A quotation needs no link: the outlets may place it far apart, and one may paraphrase what the
  // other quotes (a charge in one, the quoted words of the one who laid it in the other).
  if ((x.quoted || y.quoted) && same >= SAME_CONTENT && sameSource(sx, sy)) return true;
  if (!link || link.score < SURE_LINK || differentSpeakers(sx, sy)) return false;
  return same >= SAME_CONTENT;
}

const WORDING: Record<VerbClass, string> = {
  neutral: 'which is neutral',
  doubt: 'which can cast doubt on it',
  endorse: 'which can present it as true',
  culpable: 'which can imply guilt',
};

function finding(ac: AttributionContext, x: Candidate, y: Candidate): FindingDraft {
  const { ctx } = ac;
  const say = (side: Side, c: Candidate) =>
    `${outlet(ctx, side)} has ${whoSays(ctx, side, c.claim)} '${c.claim.cue.text}' it, ${WORDING[c.cls]}`;
  return claimPairFinding(ctx, x.claim, y.claim, {
    ruleId: 'compare/attribution-verb',
    salience: 0.75,
    confidence: 0.6,
    explanation: `On the same statement, ${say('a', x)}; ${say('b', y)} (Wikipedia MOS:SAY, MOS:CLAIM).`,
  });
}

/**
 * Whether the side with the marked verb also gives the same statement with a neutral one
 * ('claiming that … she hid it' beside '"She hid it," the councilman wrote'): then both outlets
 * report it neutrally, and the marked verb is a wording variant, not the outlet's stance
 * (RUBRIC: routine wording variants are TRIVIAL).
 */
function alsoNeutral(
  ac: AttributionContext,
  xs: Candidate[],
  ys: Candidate[],
  x: Candidate,
  y: Candidate,
): boolean {
  if (x.cls !== 'neutral') return xs.some((z) => z !== x && z.cls === 'neutral' && sameStatement(ac, z, y));
  return ys.some((z) => z !== y && z.cls === 'neutral' && sameStatement(ac, x, z));
}

/**
 * The same statement of the same source reported with verbs of different classes, one of them
 * neutral, anywhere in the two articles: at most one finding a cue on either side.
 */
export function verbContrasts(ac: AttributionContext): FindingDraft[] {
  const xs = candidatesOf(ac, 'a');
  const ys = candidatesOf(ac, 'b');
  const used = new Set<string>();
  const found: FindingDraft[] = [];
  for (const x of xs) {
    for (const y of ys) {
      if (!SHOWN.has(classPair(x.cls, y.cls)) || used.has(`a${x.claim.cue.start}`)) continue;
      // One verb on both sides is no change of verb, whatever the sentence makes of it ("the
      // lawsuit accuses" is a term of law, "the Democrats accused" a charge).
      if (x.claim.cue.lemma === y.claim.cue.lemma) continue;
      if (used.has(`b${y.claim.cue.start}`) || !sameStatement(ac, x, y)) continue;
      if (alsoNeutral(ac, xs, ys, x, y)) continue;
      used.add(`a${x.claim.cue.start}`).add(`b${y.claim.cue.start}`);
      ac.cues.add(`s:${cueKey(x.claim, y.claim)}`);
      found.push(finding(ac, x, y));
    }
  }
  return found;
}
