import {
  PARTICIPANTS,
  participantsOf,
  reportingWindow,
  SUBSTANCE_LEFT,
  said,
  substanceLeft,
  windowReader,
} from '../../src/stages/compare/omission/development.js';
import { eventsOf } from '../../src/stages/compare/omission/sentence-events.js';

// Measurement only (development-gates.ts): each test of development.ts `reportingWindow` measured
// in full, none cut short, by the functions it runs; `reportingWindow` itself gives the verdict.

/** What each test of `reportingWindow` measures of a sentence, and the first it fails (null: none). */
export interface DevelopmentGates {
  failed: 'substance' | 'events' | 'participants' | 'window' | null;
  substanceLeft: number;
  events: number;
  eventsSaid: number;
  /** The lemma of each event the other article says in no form. */
  eventsUnsaid: string[];
  participants: number;
  /** The window reporting most events, then saying most participants: its index and counts. */
  best: { window: number; participants: number; events: number };
}

/** Every measure of `reportingWindow` for one sentence: see the file's head. */
export function developmentGates(...args: Parameters<typeof reportingWindow>): DevelopmentGates {
  const [sentence, text, anchors, whole, other, rarity] = args;
  const left = substanceLeft(sentence, anchors);
  const events = eventsOf(sentence, text, rarity);
  const eventsSaid = events.filter((e) => said(e, whole)).length;
  const participants = participantsOf(sentence, anchors, rarity);
  const reader = windowReader(sentence, participants, other, rarity);
  const best = { window: -1, participants: 0, events: 0 };
  other.windows.forEach((_, i) => {
    const [p, e] = [reader.participantsIn(i), events.filter((x) => reader.reports(x, i)).length];
    if (e > best.events || (e === best.events && p > best.participants))
      Object.assign(best, { window: i, participants: p, events: e });
  });
  const failed =
    left > SUBSTANCE_LEFT
      ? 'substance'
      : events.length === 0 || eventsSaid < events.length
        ? 'events'
        : participants.length < PARTICIPANTS
          ? 'participants'
          : reportingWindow(...args) < 0
            ? 'window'
            : null;
  const eventsUnsaid = events.filter((e) => !said(e, whole)).map((e) => e[0]);
  return {
    failed,
    substanceLeft: left,
    events: events.length,
    eventsSaid,
    eventsUnsaid,
    participants: participants.length,
    best,
  };
}
