import type { LabelCount, OutletCell, PairEntry } from '../model/summary.js';
import { byCodeUnit } from '../text/by-code-unit.js';
import { sortLabels } from './entry.js';

interface CellBuilder {
  a: string;
  b: string;
  labels: Map<string, LabelCount>;
  divergences: number;
  pairs: number;
}

function cellFor(cells: Map<string, CellBuilder>, a: string, b: string): CellBuilder {
  const key = JSON.stringify([a, b]);
  let cell = cells.get(key);
  if (!cell) {
    cell = { a, b, labels: new Map(), divergences: 0, pairs: 0 };
    cells.set(key, cell);
  }
  return cell;
}

function addLabel(cell: CellBuilder, a: string, b: string, count: number): void {
  const key = JSON.stringify([a, b]);
  const label = cell.labels.get(key) ?? { a, b, count: 0 };
  label.count += count;
  cell.labels.set(key, label);
}

/**
 * The outlet × outlet table, gathered as the pairs stream past: for each ordered pair of outlets,
 * across all events, the labels the row outlet uses where the column outlet uses another, and the
 * divergences between them. Both directions are kept, labels swapped, so a table can be read from
 * either outlet's row.
 */
export function outletTally() {
  const cells = new Map<string, CellBuilder>();
  return {
    add(entry: PairEntry): void {
      if (entry.status !== 'ok') return;
      const forward = cellFor(cells, entry.outlets.a, entry.outlets.b);
      const backward = cellFor(cells, entry.outlets.b, entry.outlets.a);
      for (const cell of new Set([forward, backward])) {
        cell.pairs += 1;
        cell.divergences += entry.counts.divergence;
      }
      for (const label of entry.labels) {
        addLabel(forward, label.a, label.b, label.count);
        if (backward !== forward) addLabel(backward, label.b, label.a, label.count);
      }
    },
    list: (): OutletCell[] =>
      [...cells.values()]
        .sort((x, y) => byCodeUnit(x.a, y.a) || byCodeUnit(x.b, y.b))
        .map(({ a, b, labels, divergences, pairs }) => ({
          a,
          b,
          labels: sortLabels([...labels.values()]),
          divergences,
          pairs,
        })),
  };
}
