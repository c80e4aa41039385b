import type { PairEntry } from '../model/summary.js';
import { byCodeUnit } from '../text/by-code-unit.js';

// Two sources of one event under one outlet name (user trial 18, item 12): the batch compares them,
// but every explanation then names the same outlet for both sides ("Only Harbor Times reports
// this; Harbor Times never mentions…"), and outlets.json folds them into one profile. A warning
// line per event says so; the pair is not refused, as two articles of one outlet can be worth comparing.

/** "a", "a and b", "a, b and c". */
function listed(ids: string[]): string {
  return ids.length < 2 ? ids.join('') : `${ids.slice(0, -1).join(', ')} and ${ids[ids.length - 1]}`;
}

/** Gathers, per event, the sources that share their outlet name with another source of the event. */
export function sameOutletTally() {
  const events = new Map<string, Map<string, Set<string>>>();
  return {
    add(entry: PairEntry): void {
      if (entry.outlets.a !== entry.outlets.b) return;
      const outlets = events.get(entry.event) ?? new Map<string, Set<string>>();
      events.set(entry.event, outlets);
      const ids = outlets.get(entry.outlets.a) ?? new Set<string>();
      outlets.set(entry.outlets.a, ids.add(entry.a).add(entry.b));
    },
    /** One warning line per event, events and outlets in code-unit order. */
    lines(): string[] {
      return [...events.keys()].sort(byCodeUnit).map((event) => {
        const outlets = events.get(event) as Map<string, Set<string>>;
        const shared = [...outlets.keys()]
          .sort(byCodeUnit)
          .map(
            (name) =>
              `${listed([...(outlets.get(name) ?? [])].sort(byCodeUnit))} have the same outlet '${name}'`,
          );
        return `warning: ${event}: ${shared.join('; ')}: their findings name it for both sides`;
      });
    },
  };
}
