import { UserError } from '../errors.js';
import { FINDING_KINDS, type FindingKind } from '../model/finding.js';
import type { GateResult, PairEntry } from '../model/summary.js';

/**
 * What the CLI's lines quote of a pair: its id, a failed pair's error, and a tripped pair's capped
 * counts and top findings (those of the gated kinds; hidden ones too under `--gate-hidden`). A
 * `PairEntry` is one.
 */
export type NamedPair = Pick<
  PairEntry,
  'id' | 'status' | 'error' | 'capped' | 'failedSources' | 'topHidden'
> &
  Partial<Pick<PairEntry, 'top'>>;

/**
 * How many tripped pairs the gate lines name; the others are counted in one line. `--fail-on
 * omission` trips on nearly every pair, and a line or more per pair of a 50,000-pair batch is no
 * report (review of mem6, item 3); `summary.json` lists every trip.
 */
export const GATE_LINES_PAIRS = 20;

/** Parses `--fail-on divergence,omission` into finding kinds; an unknown kind is a usage error. */
export function parseFailOn(text: string): FindingKind[] {
  const names = text
    .split(',')
    .map((name) => name.trim())
    .filter((name) => name !== '');
  const unknown = names.find((name) => !(FINDING_KINDS as readonly string[]).includes(name));
  if (names.length === 0 || unknown !== undefined) {
    throw new UserError(
      'bad-usage',
      `--fail-on '${text}' names ${unknown === undefined ? 'no finding kind' : `unknown finding kind '${unknown}'`}`,
      `use a comma-separated list of ${FINDING_KINDS.join(', ')}`,
    );
  }
  return FINDING_KINDS.filter((kind) => names.includes(kind));
}

/**
 * The gate of `--fail-on` and `--gate-hidden`, undefined without `--fail-on`. `--gate-hidden` alone
 * is a usage error: it gates nothing, yet it would be recorded, and merge would then refuse shards
 * that differ only by it.
 */
export function parseGate(
  failOn: unknown,
  hidden: unknown,
): { kinds: FindingKind[]; hidden: boolean } | undefined {
  if (failOn === undefined) {
    if (hidden !== true) return undefined;
    throw new UserError(
      'bad-usage',
      '--gate-hidden needs --fail-on',
      'add --fail-on KINDS or drop --gate-hidden',
    );
  }
  return { kinds: parseFailOn(failOn as string), hidden: hidden === true };
}

/** A gate applied to pairs as they stream past: `add` returns whether the pair tripped it. */
export interface GateTally {
  add: (entry: PairEntry) => boolean;
  result: () => GateResult;
}

/**
 * Applies a gate to the compared pairs, one at a time: which of them have findings of a gated kind.
 * It counts the findings the reports show, so a CI job fails only on what its Markdown lists (user
 * trial 3); `hidden` counts those below the display confidence too.
 */
export function gateTally(kinds: FindingKind[], hidden = false): GateTally {
  const trips: GateResult['trips'] = [];
  return {
    add(entry) {
      if (entry.status !== 'ok') return false;
      const counts = hidden ? entry.all : entry.counts;
      const hit = kinds.filter((kind) => counts[kind] > 0);
      if (hit.length > 0)
        trips.push({ pair: entry.id, counts: Object.fromEntries(hit.map((k) => [k, counts[k]])) });
      return hit.length > 0;
    },
    result: () => ({ kinds, hidden, tripped: trips.length > 0, trips }),
  };
}

/** The lines that say which pairs and findings tripped the gate (the first `GATE_LINES_PAIRS` pairs), for stdout. */
export function gateLines(gate: GateResult, entries: readonly NamedPair[]): string[] {
  if (gate.kinds.length === 0) return [];
  const name = `gate --fail-on ${gate.kinds.join(',')}${gate.hidden ? ' (hidden findings too)' : ''}`;
  if (!gate.tripped) return [`${name}: passed`];
  const byId = new Map(entries.map((e) => [e.id, e]));
  const lines = [`${name}: FAILED, tripped by ${gate.trips.length} pair(s)`];
  for (const trip of gate.trips.slice(0, GATE_LINES_PAIRS)) {
    // A count at a rule's cap is no measure: say how many candidates the cap left out (user trial 6, item 2).
    const capped = byId.get(trip.pair)?.capped ?? {};
    const beyond = (kind: string) => capped[kind as keyof typeof capped];
    const counts = Object.entries(trip.counts).map(
      ([kind, n]) =>
        `${n} ${kind}${beyond(kind) ? ` (+${beyond(kind)} past the cap, not in the report)` : ''}`,
    );
    lines.push(`  ${trip.pair}: ${counts.join(', ')}`);
    const pair = byId.get(trip.pair);
    // Hidden findings count under --gate-hidden, so they are named too (user trial 21, item 11).
    const briefs = [
      ...(pair?.top ?? []).map((finding) => ({ finding, mark: '' })),
      ...(gate.hidden ? (pair?.topHidden ?? []) : []).map((finding) => ({ finding, mark: ' (hidden)' })),
    ];
    for (const { finding, mark } of briefs) {
      if (gate.kinds.includes(finding.kind))
        lines.push(`    ${finding.id} ${finding.kind}${mark}: ${finding.explanation}`);
    }
  }
  const more = gate.trips.length - GATE_LINES_PAIRS;
  if (more > 0) lines.push(`  … and ${more} more pair(s): see gate.trips in summary.json`);
  return lines;
}
