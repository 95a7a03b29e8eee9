import { requireAdditive, validateCountTable, type CountTable } from './count-table.js';
import { StatisticsError } from './errors.js';
import {
  buildNetwork,
  cheapestProtection,
  extendedGrid,
  isDetermined,
  type TableNetwork,
} from './table-network.js';

/**
 * A published cell: the count, or null where it is hidden. `flag` says why it is hidden.
 * The flag is for the producer (tooltips, QA). A published rendering must show primary and
 * secondary suppressions the same way (e.g. '..'): a reader who knows a cell is primary
 * knows it lies between 1 and threshold − 1, which the audit does not assume.
 */
export type Cell = { value: number | null; flag: null | 'primary' | 'secondary' };

export type SuppressionRule = { threshold: number; zerosAreSafe: boolean };

export type SuppressedTable = {
  rowKeys: string[];
  colKeys: string[];
  cells: Cell[][];
  rowTotals: Cell[];
  colTotals: Cell[];
  total: Cell;
  /** The rule the table was protected with; the audit needs it to model the reader. */
  rule: SuppressionRule;
};

export type SuppressOptions = {
  /** Counts 1 … threshold − 1 are hidden. Default 5. */
  threshold?: number;
  /** Publish zeros (an empty cell reveals nothing about a person). Default true. */
  zerosAreSafe?: boolean;
};

/**
 * The lower bound a reader may assume for every hidden count. When zeros are safe, zeros are
 * always published and never chosen as secondary suppressions (a structural zero, such as a
 * week a location was closed, is public knowledge and would protect nothing), so every
 * hidden count is at least 1, and a careful reader knows it. Otherwise only >= 0 holds.
 */
export function readerLowerBound(zerosAreSafe: boolean): number {
  return zerosAreSafe ? 1 : 0;
}

/**
 * Primary and secondary cell suppression of an additive two-way table.
 *
 * 1. Primary: every count with 0 < n < threshold (0 <= n when zeros are not safe), margins
 *    and grand total included.
 * 2. Secondary: while the audit finds a hidden cell whose value follows from the published
 *    cells and the additivity equations, hide the cheapest published cells (smallest total
 *    count) that close a cycle through it (`cheapestProtection`), then audit again. Each
 *    round hides at least one more cell, and hiding every non-zero cell always passes, so
 *    the loop ends; in practice it ends after a few rounds.
 *
 * The result therefore satisfies: no published count in 1 … threshold − 1; no line (a row
 * or column with its total, the margins included) with exactly one hidden cell; and no
 * hidden cell determined by what is published (`findDisclosures` returns nothing).
 *
 * Throws NOT_ADDITIVE for a table whose totals are not sums (a perturbed table): the
 * guarantees are about the additivity equations, and the two methods are alternatives.
 */
export function suppress(table: CountTable, opts: SuppressOptions = {}): SuppressedTable {
  const threshold = opts.threshold ?? 5;
  const zerosAreSafe = opts.zerosAreSafe ?? true;
  if (!Number.isSafeInteger(threshold) || threshold < 1) {
    throw new StatisticsError(
      'INVALID_OPTIONS',
      `threshold must be an integer >= 1, got ${threshold}`,
    );
  }
  if (typeof zerosAreSafe !== 'boolean') {
    throw new StatisticsError(
      'INVALID_OPTIONS',
      `zerosAreSafe must be a boolean, got ${String(zerosAreSafe)}`,
    );
  }
  validateCountTable(table);
  requireAdditive(table);
  const rule = { threshold, zerosAreSafe };
  const net = buildNetwork(extendedGrid(table));
  const flags: Cell['flag'][] = net.value.map(() => null);

  // A table with no rows is only its grand total, 0, implied by there being no rows at all.
  if (table.rowKeys.length > 0) {
    const hidden = new Uint8Array(net.value.length);
    net.value.forEach((v, k) => {
      if ((zerosAreSafe ? v > 0 : v >= 0) && v < threshold) {
        hidden[k] = 1;
        flags[k] = 'primary';
      }
    });
    protect(net, hidden, flags, readerLowerBound(zerosAreSafe));
  }
  return render(table, net, flags, rule);
}

function protect(
  net: TableNetwork,
  hidden: Uint8Array,
  flags: Cell['flag'][],
  lower: number,
): void {
  // Only non-zero cells may become secondary suppressions (see readerLowerBound).
  const eligible = Uint8Array.from(net.value, (v) => (v > 0 ? 1 : 0));
  for (;;) {
    const disclosed: number[] = [];
    for (let k = 0; k < hidden.length; k++) {
      if (hidden[k] && isDetermined(net, hidden, lower, k)) disclosed.push(k);
    }
    if (disclosed.length === 0) return;
    // Protect the smallest disclosed cells first: they are the ones most worth protecting,
    // and the cycles found for them often protect the larger ones on the way.
    disclosed.sort((a, b) => (net.value[a] as number) - (net.value[b] as number) || a - b);
    let progress = false;
    for (const k of disclosed) {
      if (!isDetermined(net, hidden, lower, k)) continue;
      const cells = cheapestProtection(net, hidden, eligible, lower, k);
      if (cells === null || cells.length === 0) continue;
      for (const c of cells) {
        hidden[c] = 1;
        flags[c] = 'secondary';
      }
      progress = true;
    }
    if (!progress) {
      // Cannot happen for a valid additive table (a cycle through every non-zero cell always
      // exists); fail loudly rather than publish a disclosive table.
      throw new StatisticsError('INVALID_TABLE', 'suppression could not protect every hidden cell');
    }
  }
}

function render(
  table: CountTable,
  net: TableNetwork,
  flags: Cell['flag'][],
  rule: SuppressionRule,
): SuppressedTable {
  const cols = table.colKeys.length;
  const cell = (r: number, c: number): Cell => {
    const k = r * (cols + 1) + c;
    const flag = flags[k] ?? null;
    return { value: flag === null ? (net.value[k] as number) : null, flag };
  };
  const rows = table.rowKeys.length;
  return {
    rowKeys: [...table.rowKeys],
    colKeys: [...table.colKeys],
    cells: table.rowKeys.map((_, r) => table.colKeys.map((_, c) => cell(r, c))),
    rowTotals: table.rowKeys.map((_, r) => cell(r, cols)),
    colTotals: table.colKeys.map((_, c) => cell(rows, c)),
    total: cell(rows, cols),
    rule,
  };
}
