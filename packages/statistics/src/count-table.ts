import { StatisticsError } from './errors.js';

/**
 * A two-way table of counts with its margins: `cells[r][c]` is row `rowKeys[r]`, column
 * `colKeys[c]`. What `suppress` protects. A table made by `crossTab` is additive (every
 * total is the sum of its cells); `perturb` output is not, and `suppress` refuses it.
 */
export type CountTable = {
  rowKeys: string[];
  colKeys: string[];
  cells: number[][];
  rowTotals: number[];
  colTotals: number[];
  total: number;
};

function isCount(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
}

/** Shape and counts: a malformed table would make every later guarantee meaningless. */
export function validateCountTable(table: CountTable): void {
  const fail = (message: string) => new StatisticsError('INVALID_TABLE', message);
  const { rowKeys, colKeys, cells, rowTotals, colTotals, total } = table;
  if (!Array.isArray(rowKeys) || !Array.isArray(colKeys))
    throw fail('rowKeys and colKeys must be arrays');
  if (new Set(rowKeys).size !== rowKeys.length) throw fail('rowKeys must be distinct');
  if (new Set(colKeys).size !== colKeys.length) throw fail('colKeys must be distinct');
  if ((rowKeys.length === 0) !== (colKeys.length === 0)) {
    throw fail('a table with no rows has no columns, and the other way round');
  }
  if (!Array.isArray(cells) || cells.length !== rowKeys.length) {
    throw fail(`cells must have ${rowKeys.length} rows`);
  }
  cells.forEach((row, r) => {
    if (!Array.isArray(row) || row.length !== colKeys.length) {
      throw fail(`cells[${r}] must have ${colKeys.length} columns`);
    }
    row.forEach((v, c) => {
      if (!isCount(v)) throw fail(`cells[${r}][${c}] must be a non-negative integer, got ${v}`);
    });
  });
  if (!Array.isArray(rowTotals) || rowTotals.length !== rowKeys.length) {
    throw fail(`rowTotals must have ${rowKeys.length} entries`);
  }
  if (!Array.isArray(colTotals) || colTotals.length !== colKeys.length) {
    throw fail(`colTotals must have ${colKeys.length} entries`);
  }
  rowTotals.forEach((v, r) => {
    if (!isCount(v)) throw fail(`rowTotals[${r}] must be a non-negative integer, got ${v}`);
  });
  colTotals.forEach((v, c) => {
    if (!isCount(v)) throw fail(`colTotals[${c}] must be a non-negative integer, got ${v}`);
  });
  if (!isCount(total)) throw fail(`total must be a non-negative integer, got ${total}`);
}

/**
 * Every row total is its row's sum, every column total its column's, and the grand total
 * both margins' sum. The disclosure audit reasons with exactly these equations.
 */
export function requireAdditive(table: CountTable): void {
  const fail = (message: string) => new StatisticsError('NOT_ADDITIVE', message);
  const colSums = table.colKeys.map(() => 0);
  table.cells.forEach((row, r) => {
    let sum = 0;
    row.forEach((v, c) => {
      sum += v;
      colSums[c] = (colSums[c] as number) + v;
    });
    if (sum !== table.rowTotals[r]) {
      throw fail(`rowTotals[${r}] is ${table.rowTotals[r]} but its cells sum to ${sum}`);
    }
  });
  colSums.forEach((sum, c) => {
    if (sum !== table.colTotals[c]) {
      throw fail(`colTotals[${c}] is ${table.colTotals[c]} but its cells sum to ${sum}`);
    }
  });
  const rowSum = table.rowTotals.reduce((a, b) => a + b, 0);
  const colSum = table.colTotals.reduce((a, b) => a + b, 0);
  if (rowSum !== table.total || colSum !== table.total) {
    throw fail(
      `total is ${table.total} but the row totals sum to ${rowSum} and the column totals to ${colSum}`,
    );
  }
}
