import { placeParticipants, type RecordFilter } from './attribution.js';
import { validateCountTable } from './count-table.js';
import { tabulate, type CrossTab } from './cross-tab.js';
import { StatisticsError } from './errors.js';
import { DEFAULT_PTABLE, lookupNoise, validatePTable, type PTable } from './ptable.js';
import { addKey, keyFraction, recordKeyerFor } from './record-key.js';
import type { VisitRecord } from './visit-record.js';

export type PerturbOptions = {
  /** The records the table was made from (same records, same filter). */
  records: readonly VisitRecord[];
  /** The producer's secret for record keys; never published, never empty. */
  secret: string;
  /** The filter the table was made with, if any. */
  filter?: RecordFilter;
  /** Defaults to DEFAULT_PTABLE (maximum noise 2, variance 1). */
  ptable?: PTable;
};

/**
 * The cell-key method, which Statistics Sweden uses for frequency tables since 2025, as an
 * alternative to suppression: every cell is published, each with a little noise.
 *
 * Each person gets a record key from a keyed hash of their personKey (`recordKeyBits`).
 * A cell's key is the sum of its persons' record keys mod 1, and the ptable turns
 * (count, cell key) into an integer change. So:
 * - the same persons in a cell always get the same noise, in every table and every run:
 *   asking the same question twice, or by another route, does not average the noise away;
 * - zero stays zero, and no count goes negative (laws of the ptable);
 * - the noise is bounded (|change| <= 2 with the default ptable).
 *
 * Totals are perturbed as cells in their own right (their own persons, count and key), not
 * re-summed from perturbed cells: re-summing would add up the noise of many cells. As SCB
 * notes for its tables, a perturbed table is therefore not additive: a row's cells need not
 * sum to its published total. Readers must be told so. Do not pass a perturbed table to
 * `suppress`; the two methods are alternatives.
 *
 * The records are re-tabulated to find each cell's persons; if they do not give exactly
 * `table` (other records, another filter), this throws RECORDS_MISMATCH rather than
 * perturbing with keys from the wrong persons.
 */
export function perturb(table: CrossTab, opts: PerturbOptions): CrossTab {
  validateCountTable(table);
  if (typeof opts.secret !== 'string' || opts.secret === '') {
    throw new StatisticsError('INVALID_OPTIONS', 'secret must be a non-empty string');
  }
  const ptable = opts.ptable ?? DEFAULT_PTABLE;
  validatePTable(ptable);

  const placements = placeParticipants(opts.records, table.rows, table.cols, opts.filter);
  requireSameTable(table, tabulate(placements, table.rows, table.cols));

  const rowIndex = new Map(table.rowKeys.map((k, i) => [k, i]));
  const colIndex = new Map(table.colKeys.map((k, i) => [k, i]));
  const cellKeys = table.rowKeys.map(() => table.colKeys.map(() => 0));
  const rowKeys = table.rowKeys.map(() => 0);
  const colKeys = table.colKeys.map(() => 0);
  let totalKey = 0;
  const keyOfPerson = recordKeyerFor(opts.secret);
  for (const [person, { row, col }] of placements) {
    const bits = keyOfPerson(person);
    const r = rowIndex.get(row) as number;
    const c = colIndex.get(col) as number;
    const line = cellKeys[r] as number[];
    line[c] = addKey(line[c] as number, bits);
    rowKeys[r] = addKey(rowKeys[r] as number, bits);
    colKeys[c] = addKey(colKeys[c] as number, bits);
    totalKey = addKey(totalKey, bits);
  }
  const noisy = (count: number, key: number) =>
    count + lookupNoise(ptable, count, keyFraction(key));
  return {
    rows: table.rows,
    cols: table.cols,
    rowKeys: [...table.rowKeys],
    colKeys: [...table.colKeys],
    cells: table.cells.map((line, r) =>
      line.map((count, c) => noisy(count, (cellKeys[r] as number[])[c] as number)),
    ),
    rowTotals: table.rowTotals.map((count, r) => noisy(count, rowKeys[r] as number)),
    colTotals: table.colTotals.map((count, c) => noisy(count, colKeys[c] as number)),
    total: noisy(table.total, totalKey),
  };
}

function requireSameTable(table: CrossTab, fromRecords: CrossTab): void {
  const same =
    JSON.stringify([
      table.rowKeys,
      table.colKeys,
      table.cells,
      table.rowTotals,
      table.colTotals,
      table.total,
    ]) ===
    JSON.stringify([
      fromRecords.rowKeys,
      fromRecords.colKeys,
      fromRecords.cells,
      fromRecords.rowTotals,
      fromRecords.colTotals,
      fromRecords.total,
    ]);
  if (!same) {
    throw new StatisticsError(
      'RECORDS_MISMATCH',
      `the records (with the given filter) do not give this ${table.rows} × ${table.cols} table`,
    );
  }
}
