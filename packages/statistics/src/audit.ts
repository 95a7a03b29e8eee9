import { requireAdditive, validateCountTable, type CountTable } from './count-table.js';
import { StatisticsError } from './errors.js';
import { readerLowerBound, type Cell, type SuppressedTable } from './suppress.js';
import { buildNetwork, extendedGrid, feasibleRange, isDetermined } from './table-network.js';

/** A cell of the extended table; null names the totals row or the totals column. */
export type CellRef = { row: string | null; col: string | null };

export type Disclosure = CellRef & { value: number };

export type HiddenCellRange = CellRef & {
  value: number;
  /** The smallest value a reader can prove possible from what is published. */
  lower: number;
  /** The largest; Infinity when nothing published bounds the cell. */
  upper: number;
};

function prepare(suppressed: SuppressedTable, original: CountTable) {
  validateCountTable(original);
  requireAdditive(original);
  const fail = (message: string) => new StatisticsError('INVALID_TABLE', message);
  if (
    suppressed.rowKeys.length !== original.rowKeys.length ||
    suppressed.colKeys.length !== original.colKeys.length ||
    suppressed.rowKeys.some((k, r) => k !== original.rowKeys[r]) ||
    suppressed.colKeys.some((k, c) => k !== original.colKeys[c])
  ) {
    throw fail('the suppressed table and the original have different keys');
  }
  if (
    suppressed.cells.length !== original.rowKeys.length ||
    suppressed.cells.some((row) => row.length !== original.colKeys.length) ||
    suppressed.rowTotals.length !== original.rowKeys.length ||
    suppressed.colTotals.length !== original.colKeys.length
  ) {
    throw fail('the suppressed table and the original have different shapes');
  }
  const grid = extendedGrid(original);
  const published: Cell[][] = [
    ...suppressed.cells.map((row, r) => [...row, suppressed.rowTotals[r] as Cell]),
    [...suppressed.colTotals, suppressed.total],
  ];
  const net = buildNetwork(grid);
  const hidden = new Uint8Array(net.value.length);
  let hiddenZero = false;
  published.forEach((row, r) =>
    row.forEach((cell, c) => {
      const k = r * (net.cols + 1) + c;
      if (cell.value === null) {
        hidden[k] = 1;
        if (net.value[k] === 0) hiddenZero = true;
      } else if (cell.value !== net.value[k]) {
        throw fail(
          `published cell (${r}, ${c}) is ${cell.value} but the original has ${net.value[k]}`,
        );
      }
    }),
  );
  // The reader may assume hidden >= 1 only if the rule guarantees it (see readerLowerBound);
  // a hand-made table that hides a zero gets the weaker, honest bound.
  const lower = hiddenZero ? 0 : readerLowerBound(suppressed.rule.zerosAreSafe);
  const ref = (k: number): CellRef => {
    const r = Math.floor(k / (net.cols + 1));
    const c = k % (net.cols + 1);
    return { row: original.rowKeys[r] ?? null, col: original.colKeys[c] ?? null };
  };
  return { net, hidden, lower, ref };
}

/**
 * The audit: every hidden cell whose value a reader can recompute from the published cells,
 * the additivity equations (each row, column and margin adds up) and the fact that counts
 * are non-negative integers (>= 1 when zeros are safe: see `readerLowerBound`). Empty means
 * the table is safe to publish.
 *
 * Exact and solver-free: in the table's flow network (see table-network.ts) a hidden cell
 * is determined iff no residual cycle through it exists; one graph search per hidden cell.
 * This is stronger than asking whether the linear equations alone pin the cell (Gaussian
 * elimination ignores that counts cannot go negative: a + b = 0 pins both to 0).
 */
export function findDisclosures(suppressed: SuppressedTable, original: CountTable): Disclosure[] {
  const { net, hidden, lower, ref } = prepare(suppressed, original);
  const found: Disclosure[] = [];
  for (let k = 0; k < hidden.length; k++) {
    if (hidden[k] && isDetermined(net, hidden, lower, k)) {
      found.push({ ...ref(k), value: net.value[k] as number });
    }
  }
  return found;
}

/**
 * For every hidden cell, the interval a reader can narrow it to (by max-flow over the table
 * network). A disclosed cell has lower === upper. Useful to check that protection is not
 * only formal: a hidden 3 known to lie in [2, 4] is hidden, but not by much.
 */
export function hiddenCellRanges(
  suppressed: SuppressedTable,
  original: CountTable,
): HiddenCellRange[] {
  const { net, hidden, lower, ref } = prepare(suppressed, original);
  const ranges: HiddenCellRange[] = [];
  for (let k = 0; k < hidden.length; k++) {
    if (!hidden[k]) continue;
    ranges.push({
      ...ref(k),
      value: net.value[k] as number,
      ...feasibleRange(net, hidden, lower, k),
    });
  }
  return ranges;
}
