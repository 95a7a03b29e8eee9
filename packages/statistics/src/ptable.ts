import { StatisticsError } from './errors.js';

/**
 * A perturbation table (ptable): for an original count, the noise to add and its
 * probability. A cell's key, uniform in [0, 1), picks the noise: the probabilities are laid
 * end to end on [0, 1) in the listed order and the key falls in one of them. So noise is
 * random across cells but fixed for a given cell key.
 *
 * `rows` are sorted by `count`; a row applies to its count and every larger count up to the
 * next row's (the last row to all larger counts). The first row must be count 0.
 */
export type PTableRow = { count: number; noise: { change: number; probability: number }[] };
export type PTable = { name: string; rows: PTableRow[] };

/**
 * The default: maximum noise 2, zero mean, variance 1, zero stays zero, never negative.
 *
 * - counts >= 2: change = Binomial(4, ½) − 2, i.e. −2, −1, 0, +1, +2 with probabilities
 *   1/16, 4/16, 6/16, 4/16, 1/16 (mean 0, variance exactly 1).
 * - count 1: −2 would go negative, so the support is −1 … +2 with 7/16, 3/16, 5/16, 1/16,
 *   chosen to keep mean 0 and variance 1 (−7 + 5 + 2 = 0; 7 + 5 + 4 = 16). A published 0 may
 *   therefore hide a 1, which is the point: a published small count is never proof.
 * - count 0: always 0. An empty cell stays empty (no phantom persons, and zeros are safe).
 *
 * The probabilities are multiples of 1/16, so the interval boundaries are exact in binary and
 * the lookup has no rounding edge cases. This is not the maximum-entropy ptable of the
 * sdcTools `ptable` R package that statistical agencies use; a statistician can replace it
 * with one (pass `ptable` to `perturb`): same format, same laws, checked by `validatePTable`.
 */
export const DEFAULT_PTABLE: PTable = deepFreeze({
  name: 'D2V1',
  rows: [
    { count: 0, noise: [{ change: 0, probability: 1 }] },
    {
      count: 1,
      noise: [
        { change: -1, probability: 7 / 16 },
        { change: 0, probability: 3 / 16 },
        { change: 1, probability: 5 / 16 },
        { change: 2, probability: 1 / 16 },
      ],
    },
    {
      count: 2,
      noise: [
        { change: -2, probability: 1 / 16 },
        { change: -1, probability: 4 / 16 },
        { change: 0, probability: 6 / 16 },
        { change: 1, probability: 4 / 16 },
        { change: 2, probability: 1 / 16 },
      ],
    },
  ],
});

/** The default is shared by every caller, so no caller may change it under the others. */
function deepFreeze(ptable: PTable): PTable {
  for (const row of ptable.rows) {
    for (const noise of row.noise) Object.freeze(noise);
    Object.freeze(row.noise);
    Object.freeze(row);
  }
  Object.freeze(ptable.rows);
  return Object.freeze(ptable);
}

/** The laws every ptable must keep, whoever wrote it. */
export function validatePTable(ptable: PTable): void {
  const fail = (message: string) =>
    new StatisticsError('INVALID_PTABLE', `${ptable.name}: ${message}`);
  const rows = ptable.rows;
  if (!Array.isArray(rows) || rows.length === 0) throw fail('has no rows');
  rows.forEach((row, i) => {
    if (!Number.isSafeInteger(row.count) || row.count < 0)
      throw fail(`row ${i} has count ${row.count}`);
    if (i === 0 && row.count !== 0) throw fail('the first row must be count 0');
    if (i > 0 && row.count <= (rows[i - 1] as PTableRow).count) throw fail('counts must increase');
    if (row.noise.length === 0) throw fail(`count ${row.count} has no noise`);
    let sum = 0;
    for (const { change, probability } of row.noise) {
      if (!Number.isSafeInteger(change))
        throw fail(`count ${row.count}: change ${change} is not an integer`);
      if (!(probability > 0 && probability <= 1)) {
        throw fail(`count ${row.count}: probability ${probability} is not in (0, 1]`);
      }
      // Checking at the row's own (smallest) count covers every larger count it applies to.
      if (row.count + change < 0) throw fail(`count ${row.count} + ${change} is negative`);
      if (row.count === 0 && change !== 0) throw fail('zero must stay zero');
      sum += probability;
    }
    if (Math.abs(sum - 1) > 1e-9) throw fail(`count ${row.count}: probabilities sum to ${sum}`);
  });
}

/** The largest absolute change a ptable can make: the bound on every published error. */
export function maxNoise(ptable: PTable): number {
  return Math.max(...ptable.rows.flatMap((row) => row.noise.map((n) => Math.abs(n.change))));
}

/** The noise for a cell with `count` persons and cell key `cellKey` in [0, 1). */
export function lookupNoise(ptable: PTable, count: number, cellKey: number): number {
  let row = ptable.rows[0] as PTableRow;
  for (const candidate of ptable.rows) {
    if (candidate.count > count) break;
    row = candidate;
  }
  let cumulative = 0;
  for (const { change, probability } of row.noise) {
    cumulative += probability;
    if (cellKey < cumulative) return change;
  }
  // Only reachable if the probabilities sum to a hair under 1 in floating point.
  return (row.noise[row.noise.length - 1] as { change: number }).change;
}
