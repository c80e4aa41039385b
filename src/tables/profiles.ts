import type { ClaimStances, OutletProfile } from '../model/profile.js';
import { byCodeUnit } from '../text/by-code-unit.js';
import { noStances } from './claim-stances.js';
import type { PairTables, SourceTables } from './pair-tables.js';
import { addLabel, noCounts, type OutletCounts } from './profile-counts.js';

function profileOf(profiles: Map<string, OutletProfile>, outlet: string): OutletProfile {
  let profile = profiles.get(outlet);
  if (!profile) {
    const { pairs, labels, attribution, omits, omitsCapped } = noCounts(outlet);
    // Keys in this order: outlets.json writes them so.
    profile = {
      outlet,
      pairs,
      labels,
      attribution,
      claims: noStances(),
      claimsByEvent: {},
      omits,
      omitsCapped,
    };
    profiles.set(outlet, profile);
  }
  return profile;
}

/**
 * Adds every count of `from` into `into`, the same shape (ClaimStances: counts nested in
 * records); a count `into` lacks (an omitted subject first met) starts at 0.
 */
function addNumbers<T extends object>(into: T, from: T): void {
  const target = into as Record<string, unknown>;
  for (const [key, value] of Object.entries(from)) {
    if (typeof value === 'number') target[key] = ((target[key] as number | undefined) ?? 0) + value;
    else addNumbers(target[key] as object, value as object);
  }
}

/** One report's outlet counts (profile-counts.ts) added to the profiles. */
function addCounts(profile: OutletProfile, counts: OutletCounts): void {
  profile.pairs += counts.pairs;
  for (const l of counts.labels) addLabel(profile.labels, l.referent, l.label, l.count);
  addNumbers(profile.attribution, counts.attribution);
  addNumbers(profile.omits, counts.omits);
  addNumbers(profile.omitsCapped, counts.omitsCapped);
}

/** Outlet profiles gathered pair by pair, each pair told which of its sources are new. */
export interface ProfileTally {
  add: (tables: PairTables, fresh: readonly SourceTables[]) => void;
  list: () => OutletProfile[];
}

/**
 * Outlet profiles across a batch's reports, from each pair's PairTables (pair-tables.ts): from
 * the claims of each outlet's articles, each once, how it presents them (stated as fact or
 * attributed, by stance: `claims`, and by event); and the counts each report adds from the
 * findings it shows (profile-counts.ts). Sorted by outlet, so equal reports give equal profiles.
 */
export function profileTally(): ProfileTally {
  const profiles = new Map<string, OutletProfile>();
  return {
    add(tables, fresh) {
      // An article is in every pair of its event: its claims are counted once.
      for (const source of fresh) {
        const profile = profileOf(profiles, tables.outlets[source.side]);
        addNumbers(profile.claims, source.stances);
        addNumbers(eventStances(profile, tables.event), source.stances);
      }
      for (const counts of tables.counts) addCounts(profileOf(profiles, counts.outlet), counts);
    },
    list: () => sortedProfiles(profiles),
  };
}

/** The outlet's claim counts for one event (user trial 8 item 3, trial 10 item 3), made on first use. */
function eventStances(profile: OutletProfile, event: string): ClaimStances {
  profile.claimsByEvent[event] ??= noStances();
  return profile.claimsByEvent[event];
}

/** The profiles sorted by outlet, their labels and omitted subjects sorted too. */
function sortedProfiles(profiles: Map<string, OutletProfile>): OutletProfile[] {
  return [...profiles.values()]
    .sort((x, y) => byCodeUnit(x.outlet, y.outlet))
    .map((p) => ({
      ...p,
      labels: p.labels.sort(
        (x, y) => byCodeUnit(x.referent, y.referent) || y.count - x.count || byCodeUnit(x.label, y.label),
      ),
      omits: Object.fromEntries(Object.entries(p.omits).sort(([x], [y]) => byCodeUnit(x, y))),
      claimsByEvent: Object.fromEntries(Object.entries(p.claimsByEvent).sort(([x], [y]) => byCodeUnit(x, y))),
    }));
}
