import { createHmac } from 'node:crypto';
import {
  DEFAULT_PTABLE,
  DIMS,
  maxNoise,
  perturb,
  suppress,
  type Cell,
  type CrossTab,
  type Dim,
  type VisitRecord,
} from '@motesplats/statistics';
import {
  STATS_DIMS,
  type StatsCell,
  type StatsDim,
  type StatsProtection,
  type StatsTableProtection,
} from '@motesplats/contracts';
import type { ApiDeps } from '../../core/context.js';

// The contracts repeat the statistics package's dimensions; a drift is a compile error here.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const dimsAgree: Same<StatsDim, Dim> &
  Same<(typeof STATS_DIMS)['length'], (typeof DIMS)['length']> = true;
void dimsAgree;

/** Counts 1 … 4 are never published (the threshold Statistics Sweden uses for small areas). */
export const SUPPRESSION_THRESHOLD = 5;

const CELL_KEY_LABEL = 'motesplats/statistics/cell-key/v1';

/**
 * The secret for the cell-key method's record keys. ApiDeps has no statistics secret, so it is
 * derived from the deployment's session secret: HMAC-SHA-256(sessionSecret, fixed label). The
 * derivation is one-way (the derived key tells nothing about the session secret), stable for a
 * deployment (the same persons always get the same noise, so asking twice does not average it
 * away) and never published. Rotating the session secret therefore changes every perturbed
 * figure; a deployment that wants to rotate one without the other needs a secret of its own.
 */
export function cellKeySecret(deps: Pick<ApiDeps, 'sessionSecret'>): string {
  return createHmac('sha256', deps.sessionSecret).update(CELL_KEY_LABEL).digest('hex');
}

/** Primary and secondary suppressions look the same to a reader (statistics README). */
export function publicCell(cell: Cell): StatsCell {
  return cell.flag === null ? { value: cell.value, flag: null } : { value: null, flag: 'hidden' };
}

const shown = (value: number): StatsCell => ({ value, flag: null });

export type ProtectedTable = {
  cells: StatsCell[][];
  rowTotals: StatsCell[];
  colTotals: StatsCell[];
  total: StatsCell;
  protection: StatsTableProtection;
};

/**
 * The only way a table leaves the API. Suppression (the default) hides every count 1 … 4 and
 * whatever else would let one be worked out. Perturbation publishes every cell with cell-key
 * noise and is NOT suppressed on top: the statistics package refuses to suppress a perturbed
 * table (it does not add up, so the suppression audit's equations do not hold), the noise is
 * what protects a small count (a published 1 may be a 0, 1, 2 or 3), and it is how SCB
 * publishes such tables. No raw count leaves either way.
 */
export function protectTable(
  table: CrossTab,
  method: StatsProtection,
  records: readonly VisitRecord[],
  secret: string,
): ProtectedTable {
  if (method === 'perturb') {
    const noisy = perturb(table, { records, secret });
    return {
      cells: noisy.cells.map((line) => line.map(shown)),
      rowTotals: noisy.rowTotals.map(shown),
      colTotals: noisy.colTotals.map(shown),
      total: shown(noisy.total),
      protection: { method: 'perturb', maxNoise: maxNoise(DEFAULT_PTABLE), additive: false },
    };
  }
  const safe = suppress(table, { threshold: SUPPRESSION_THRESHOLD });
  return {
    cells: safe.cells.map((line) => line.map(publicCell)),
    rowTotals: safe.rowTotals.map(publicCell),
    colTotals: safe.colTotals.map(publicCell),
    total: publicCell(safe.total),
    protection: { method: 'suppress', threshold: SUPPRESSION_THRESHOLD, additive: true },
  };
}

/**
 * A list of counts that add up to a total (participants per location, visits per track),
 * suppressed as a one-column table: small counts are hidden, and one more where a single
 * hidden count could be worked out from the total.
 */
export function protectCounts<K extends string>(
  counts: ReadonlyArray<readonly [K, number]>,
  total: number,
): { byKey: Map<K, StatsCell>; total: StatsCell } {
  const safe = suppress(
    {
      rowKeys: counts.map(([key]) => key),
      colKeys: ['count'],
      cells: counts.map(([, n]) => [n]),
      rowTotals: counts.map(([, n]) => n),
      colTotals: [total],
      total,
    },
    { threshold: SUPPRESSION_THRESHOLD },
  );
  return {
    byKey: new Map(counts.map(([key], i) => [key, publicCell(safe.cells[i]![0]!)])),
    total: publicCell(safe.total),
  };
}
