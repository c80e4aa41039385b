import type { Side } from '../../../model/span.js';
import { type CompareContext, otherSide, outlet } from '../context.js';
import type { Anchor } from './anchors.js';
import type { OmittedItem } from './items.js';
import { leadable } from './lead-words.js';
import { quotedSources, speakers } from './speakers.js';
import { wholeNames } from './whole-names.js';

// How an omission finding reads: the sentence it quotes and the words of its explanation. Kept
// apart from draft.ts, which scores and cites the omission: wording must not change what is found.

/** Up to three anchors as an explanation names them: names whole (see `wholeNames`). */
export const named = (anchors: Anchor[], text: string) => wholeNames(anchors, text).slice(0, 3);

/** Names and words as an explanation lists them: names whole, words quoted. */
const joinList = (items: { type: Anchor['type']; text: string }[]): string => {
  const names = items.map((a) => (a.type === 'name' ? a.text : `'${a.text}'`));
  return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} or ${names.at(-1)}`;
};

/** Up to three anchors as an explanation lists them: names whole, words quoted. */
const listed = (anchors: Anchor[], text: string): string => joinList(named(anchors, text));

/**
 * Up to three quoted sources, each named whole with the absent name parts that follow it ("Center
 * for Strategic & International Studies", of which only "Center" heads the speaker phrase).
 */
const listedSources = (sources: Anchor[], absent: Anchor[], text: string): string =>
  joinList(
    wholeNames(absent, text)
      .filter((n) => sources.includes(n.first))
      .slice(0, 3),
  );

/** How an omission's explanation ends when it quotes its lead sentence (cut at 140 characters). */
function gistOf(text: string): string {
  return `: "${text.length > 140 ? `${text.slice(0, 137)}…` : text}"`;
}

/** An omission's lead: its lead sentence (none for details alone), its speakers and its explanation. */
export interface Lead {
  /**
   * The lead sentence, which the contradiction post-pass checks (contradicted.ts): the one that
   * holds a source or speaker, else the first new one.
   */
  whole?: OmittedItem;
  /** Every speaker of the group, named in the explanation or not (they weigh in its salience). */
  speaking: Anchor[];
  explanation: string;
}

/** The new sentence of a group that holds an anchor. */
const holding = (group: OmittedItem[], a: Anchor) =>
  group.find((i) => i.whole && i.absent.some((x) => x.key === a.key));

/**
 * The sentence an explanation quotes when no source or speaker decides the lead: the lead (the
 * first new sentence), unless it holds none of the names and figures the explanation lists as
 * never mentioned; then the new sentence that holds the first listed anchor. A reader checks
 * "never mentions X" against the sentence quoted, and a group's first sentence may be one the other
 * article reports while X stands in another (issue 10: readers of 0.16.0 judged such omissions
 * WRONG, "never mentions" a nominee beside the quoted lead on a plan the other reports). A lead
 * that holds a listed name or figure stays: it says what "this" is ("sold the depot for $3
 * million", not the depot's street).
 */
function quotedItem(
  group: OmittedItem[],
  lead: OmittedItem | undefined,
  listed: Anchor[],
): OmittedItem | undefined {
  if (!lead || listed.length === 0) return lead;
  const strong = listed.filter((a) => a.type === 'name' || a.type === 'figure');
  if (strong.some((a) => lead.absent.some((x) => x.key === a.key))) return lead;
  return holding(group, listed[0]) ?? lead;
}

/** The lead and explanation of an omission of `absent` (draft.ts `absentAnchors`) by the group's side. */
export function leadOf(ctx: CompareContext, side: Side, group: OmittedItem[], absent: Anchor[]): Lead {
  // The lead names actors and real figures only (lead-words.ts); every absent anchor still counts.
  const sentences = group.map((i) => i.sentence);
  // Asked of most anchors two or three times below: each answer kept for this lead (speed22).
  const known = new Map<Anchor, boolean>();
  const lead = (a: Anchor) => {
    let ok = known.get(a);
    if (ok === undefined) {
      ok = leadable(a, sentences);
      known.set(a, ok);
    }
    return ok;
  };
  // A party the other article names otherwise is never named here (see `nameable` below).
  const leadNamed = (a: Anchor) => lead(a) && !a.namedOtherwise;
  const text = ctx[side].text;
  const speaking = speakers(text, group, absent);
  const quoted = speaking.filter(leadNamed);
  const allSources = quotedSources(group, absent).map((q) => q.anchor);
  const sources = allSources.filter(leadNamed);
  // A party the other article names by another of its names (`namedOtherwise`: "Republicans" for
  // "GOP") is not named at all: neither what only this article reports, nor "never mentioned", nor
  // proof that the other says the rest in other words ("many Republicans blocked" beside "the
  // Republican Party backed" says the opposite).
  const nameable = absent.filter((a) => !a.namedOtherwise);
  // What the other article says in other words beside the rest is not "never mentioned" (review of omit9, item 8).
  const reworded = new Set(group.flatMap((i) => i.reworded));
  const unlisted = nameable.filter((a) => !reworded.has(a.key));
  const unsaid = unlisted.filter(lead);
  const listedUnsaid = named(unsaid, text);
  // The lead sentence, which the contradiction post-pass checks (contradicted.ts), is the one that
  // holds a source or speaker, named in the lead or not (the lead's wording must not change what
  // that pass checks), else the first new one; it is quoted too unless `quotedItem` finds better.
  const holder = [...allSources, ...speaking].map((a) => holding(group, a)).find((i) => i !== undefined);
  const whole = holder ?? group.find((i) => i.whole);
  const quotedSentence =
    holder ??
    quotedItem(
      group,
      whole,
      listedUnsaid.map((n) => n.first),
    );
  const [oa, ob] = [outlet(ctx, side), outlet(ctx, otherSide(side))];
  // Details of a development the other article reports: say so, and quote where it does.
  const told = whole ? undefined : group.find((i) => i.reportedIn)?.reportedIn;
  const leadAbsent = nameable.filter(lead);
  const never = told
    ? `; ${ob} reports the development without ${unsaid.length > 1 ? 'them' : 'it'}`
    : unsaid.length > 0
      ? `; ${ob} never mentions ${joinList(listedUnsaid)}`
      : nameable.length > 0 && unlisted.length === 0
        ? `; ${ob} says it only in other words`
        : `; nothing in ${ob} matches`;
  const gist = quotedSentence
    ? gistOf(quotedSentence.cited?.text ?? quotedSentence.sentence.text)
    : told
      ? gistOf(told.text)
      : '';
  // "quotes X" only of an attribution's source; a name a speech verb merely stands near is named.
  const what =
    sources.length > 0
      ? `quotes ${listedSources(sources, absent, text)}`
      : quoted.length > 0
        ? `names ${listed(quoted, text)}`
        : whole || nameable.length === 0
          ? 'reports this'
          : `reports ${listed(leadAbsent.length > 0 ? leadAbsent : nameable, text)}`;
  return { whole, speaking, explanation: `Only ${oa} ${what}${never}${gist}` };
}
