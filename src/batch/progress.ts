import type { PairEntry } from '../model/summary.js';

/** Reports a batch's progress on stderr. */
export interface Progress {
  /** Called with the entries of pairs as they finish (compared or skipped). */
  done: (entries: PairEntry[], skipped: boolean) => void;
  /** Ends the bar, if any. */
  finish: () => void;
}

/** Where progress goes: a plain text sink, and whether it is a live terminal (a bar) or a log (lines). */
export interface ProgressOutput {
  write: (text: string) => void;
  /** Redraw a bar in place; false on pipes and in CI, whose logs keep every byte. */
  live: boolean;
}

function clock(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}

/** One frame of the bar: `[=====>    ] 37/120 pairs  4.2 pairs/s  ETA 0:20`. */
export function barLine(done: number, total: number, elapsedMs: number, width = 24): string {
  const ratio = total === 0 ? 1 : done / total;
  const filled = Math.round(ratio * width);
  const bar = `${'='.repeat(Math.max(0, filled - 1))}${filled > 0 ? '>' : ''}`.padEnd(width, ' ');
  const rate = elapsedMs > 0 ? (done * 1000) / elapsedMs : 0;
  const eta = rate > 0 ? clock((total - done) / rate) : '?';
  return `[${bar}] ${done}/${total} pairs  ${rate.toFixed(1)} pairs/s  ETA ${eta}`;
}

/** How many of an event's pairs are done, and of those how many were up to date or failed. */
export interface EventTally {
  pairs: number;
  skipped: number;
  failed: number;
}

/** The plain line for one finished event, for CI logs and pipes. */
export function eventLine(event: string, { pairs, skipped, failed }: EventTally): string {
  const compared = pairs - skipped - failed;
  return `${event}: ${pairs} pair(s), ${compared} compared, ${skipped} up to date, ${failed} failed`;
}

/**
 * A progress reporter: a bar redrawn in place on a terminal, else one plain line per event,
 * printed in event order once all of an event's pairs are done, with no control characters.
 * It keeps three numbers per event, never the entries: events finish out of order (largest
 * first), so entries kept until their event's line is printed held most of a batch's pairs in
 * memory (issue 13: the heap grew with the number of pairs).
 */
export function createProgress(
  output: ProgressOutput,
  events: { name: string; pairs: number }[],
  now: () => number = () => performance.now(),
): Progress {
  const total = events.reduce((n, e) => n + e.pairs, 0);
  const started = now();
  const bar = output.live;
  const finished = new Map<string, EventTally>();
  let next = 0;
  let done = 0;
  const flushEvents = () => {
    while (next < events.length) {
      const event = events[next];
      const state = finished.get(event.name);
      if (!state || state.pairs < event.pairs) return;
      if (!bar) output.write(`${eventLine(event.name, state)}\n`);
      finished.delete(event.name);
      next += 1;
    }
  };
  return {
    done(entries, skipped) {
      for (const entry of entries) {
        const state = finished.get(entry.event) ?? { pairs: 0, skipped: 0, failed: 0 };
        state.pairs += 1;
        if (skipped) state.skipped += 1;
        if (entry.status !== 'ok') state.failed += 1;
        finished.set(entry.event, state);
      }
      done += entries.length;
      if (bar) output.write(`\r\x1b[2K${barLine(done, total, now() - started)}`);
      flushEvents();
    },
    finish() {
      if (bar) output.write('\n');
    },
  };
}
