// Inputs: a label pair found by a detector and both sides' label mentions. Output: whether the
// pair fails one of the tests a framing finding must pass (issue 10): the labels are the
// outlets' own words, carry different connotations, name the same referent, and the marked word
// is one the other outlet never uses.

import { isRoleNoun } from '../../../lexicons/role-nouns.js';
import type { Rule } from '../../../model/rule.js';
import { doerAt, objectAfter, passiveSubject } from '../agreement/agreement-predication-parts.js';
import { sameReferentKey } from './label-context.js';
import type { LabelPair, LabelSide } from './label-pair.js';
import type { LabelMention } from './mentions.js';

/** What a check reads besides the pair: every label mention of each side, quoted ones included. */
export interface CheckInput {
  mentions: [LabelMention[], LabelMention[]];
}

/** A test every framing pair must pass: true when the pair is not framing. */
export type FramingCheck = (pair: LabelPair, input: CheckInput) => boolean;

/** Mentions by `group|label`, built once per mentions array (mentions are cached per source). */
const indexCache = new WeakMap<LabelMention[], Map<string, LabelMention[]>>();
function byLabel(mentions: LabelMention[]): Map<string, LabelMention[]> {
  let index = indexCache.get(mentions);
  if (!index) {
    index = new Map();
    for (const m of mentions) {
      const key = `${m.entry.group}|${m.entry.label}`;
      index.set(key, [...(index.get(key) ?? []), m]);
    }
    indexCache.set(mentions, index);
  }
  return index;
}

/**
 * True when `other` uses `side`'s label too: anywhere for most groups, and for a label that
 * names its referent by a modifier, with the same modifier or none ("the regime").
 */
function alsoUses(group: string, side: LabelSide, other: LabelMention[]): boolean {
  const uses = byLabel(other).get(`${group}|${side.label}`) ?? [];
  return uses.some(
    (m) =>
      m.entry.scope !== 'modifier' || m.key === null || side.key === null || sameReferentKey(m.key, side.key),
  );
}

/**
 * Whether the mention of an act names who did it: a person, group or name as the subject of an
 * active verb with its object ("Troops killed four villagers") or in the "by" phrase of a passive
 * ("were killed by soldiers"). A verb with no object after it is a passive without its "be"
 * (the headline's "Two hostages killed as police end siege").
 */
function namesDoer(m: LabelMention): boolean {
  const [t, i] = [m.sentence.tokens, m.from];
  const object = objectAfter(t, i);
  const active = passiveSubject(t, i) < 0 && object.head >= 0 && object.prep === '';
  const at = doerAt(t, i, !active);
  return at >= 0 && (t[at].pos === 'PROPN' || isRoleNoun(t[at].lemma));
}

/** The mention a side of a pair stands for. */
const mentionOf = (side: LabelSide, mentions: LabelMention[]) =>
  mentions.find((m) => m.span.start === side.span.start && m.span.end === side.span.end);

/**
 * Trew (1979): an agentless euphemism ("died") frames an act of an `agentive` group against a
 * neutral version that names its doer. Where that version names none ("were killed when the ferry
 * capsized", "the blast killed twelve"), the two words are a routine variant.
 */
function noDoer(p: LabelPair, mentions: [LabelMention[], LabelMention[]]): boolean {
  const [a, b] = [mentionOf(p.a, mentions[0]), mentionOf(p.b, mentions[1])];
  const plain =
    p.a.category === 'euphemism' && p.b.category === 'neutral'
      ? b
      : p.b.category === 'euphemism' && p.a.category === 'neutral'
        ? a
        : undefined;
  if (!plain?.entry.agentive) return false;
  return !namesDoer(plain);
}

/** Checks, in order; the first that rejects a pair removes it. They write no ruleId of their own. */
export const FRAMING_CHECKS: readonly Rule<FramingCheck>[] = [
  {
    id: 'compare/framing-check-quoted',
    stage: 'compare',
    summary: "a label inside quotation marks is the quoted speaker's word, not the outlet's",
    run: (p) => p.a.quoted || p.b.quoted,
    outcomes: [],
  },
  {
    id: 'compare/framing-check-same-category',
    stage: 'compare',
    summary: 'two labels of one category are plain synonyms (lawsuit / suit, deal / agreement)',
    run: (p) => p.a.category === p.b.category,
    outcomes: [],
  },
  {
    id: 'compare/framing-check-other-referent',
    stage: 'compare',
    summary:
      'different proper-name modifiers name different referents (the Ruritanian president / the Borduvian dictator)',
    run: (p) => p.a.key !== null && p.b.key !== null && !sameReferentKey(p.a.key, p.b.key),
    outcomes: [],
  },
  {
    id: 'compare/framing-check-no-doer',
    stage: 'compare',
    summary:
      "an agentless euphemism ('died') frames an act only against a version that names its doer ('troops killed'), not 'were killed when the ferry capsized'",
    run: (p, { mentions }) => noDoer(p, mentions),
    outcomes: [],
  },
  {
    id: 'compare/framing-check-shared-word',
    stage: 'compare',
    summary: 'a marked label the other outlet also uses is no contrast between the outlets',
    run: (p, { mentions }) =>
      (p.a.category !== 'neutral' && alsoUses(p.group, p.a, mentions[1])) ||
      (p.b.category !== 'neutral' && alsoUses(p.group, p.b, mentions[0])),
    outcomes: [],
  },
];

/** True when the pair passes every check. */
export function passesChecks(pair: LabelPair, input: CheckInput): boolean {
  return !FRAMING_CHECKS.some((check) => check.run(pair, input));
}
