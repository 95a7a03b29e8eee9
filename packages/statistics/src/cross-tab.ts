import { placeParticipants, type Placement, type RecordFilter } from './attribution.js';
import type { CountTable } from './count-table.js';
import { compareKeys, requireDim, type Dim } from './dimensions.js';
import { StatisticsError } from './errors.js';
import type { VisitRecord } from './visit-record.js';

/** A count table that remembers what it breaks down by, so `perturb` can find its persons. */
export type CrossTab = CountTable & { rows: Dim; cols: Dim };

export type CrossTabOptions = {
  rows: Dim;
  cols: Dim;
  /** Applied to attended records only; e.g. `(r) => r.date.startsWith('2017')`. */
  filter?: RecordFilter;
};

/**
 * Participants broken down by two dimensions.
 *
 * Counts persons, not visits: each distinct `personKey` with at least one attended visit
 * that passes the filter is counted exactly once, in the cell of their first such visit
 * (see `placeParticipants`). Row totals, column totals and the grand total are therefore
 * distinct persons too, and equal the sums of their cells. Invited persons who did not
 * attend are not participants and are not counted anywhere.
 *
 * Keys are those that occur in the counted records (no empty rows), sorted in the
 * dimension's natural order.
 */
export function crossTab(records: readonly VisitRecord[], opts: CrossTabOptions): CrossTab {
  const rows = requireDim(opts.rows, 'rows');
  const cols = requireDim(opts.cols, 'cols');
  if (rows === cols) {
    throw new StatisticsError('INVALID_OPTIONS', `rows and cols must differ, both are ${rows}`);
  }
  return tabulate(placeParticipants(records, rows, cols, opts.filter), rows, cols);
}

/** Counts placements into a table; shared with `perturb`, which needs the same layout. */
export function tabulate(placements: Map<string, Placement>, rows: Dim, cols: Dim): CrossTab {
  const counts = new Map<string, Map<string, number>>();
  const colSet = new Set<string>();
  for (const { row, col } of placements.values()) {
    let line = counts.get(row);
    if (!line) counts.set(row, (line = new Map()));
    line.set(col, (line.get(col) ?? 0) + 1);
    colSet.add(col);
  }
  const rowKeys = [...counts.keys()].sort(compareKeys(rows));
  const colKeys = [...colSet].sort(compareKeys(cols));
  const cells = rowKeys.map((r) => colKeys.map((c) => counts.get(r)?.get(c) ?? 0));
  const rowTotals = cells.map((line) => line.reduce((a, b) => a + b, 0));
  const colTotals = colKeys.map((_, c) =>
    cells.reduce((sum, line) => sum + (line[c] as number), 0),
  );
  return { rows, cols, rowKeys, colKeys, cells, rowTotals, colTotals, total: placements.size };
}
