import { describe, expect, it } from 'vitest';
import {
  DEFAULT_PTABLE,
  lookupNoise,
  maxNoise,
  validatePTable,
  type PTable,
} from '../src/index.js';

describe('DEFAULT_PTABLE', () => {
  it('keeps every law: probabilities, never negative, zero stays zero', () => {
    expect(() => validatePTable(DEFAULT_PTABLE)).not.toThrow();
    expect(maxNoise(DEFAULT_PTABLE)).toBe(2);
  });

  it('is unbiased with variance 1 for every count above zero (exact, in sixteenths)', () => {
    for (const row of DEFAULT_PTABLE.rows.slice(1)) {
      const mean = row.noise.reduce((s, n) => s + n.change * n.probability * 16, 0);
      const variance = row.noise.reduce((s, n) => s + n.change ** 2 * n.probability * 16, 0);
      expect([row.count, mean, variance]).toEqual([row.count, 0, 16]);
    }
  });

  it('cannot be changed by a caller', () => {
    expect(Object.isFrozen(DEFAULT_PTABLE.rows[1]?.noise[0])).toBe(true);
    expect(() => {
      (DEFAULT_PTABLE.rows as unknown[]).push({});
    }).toThrow();
  });
});

describe('lookupNoise', () => {
  it.each([
    // count >= 2: [0, 1/16) → −2, [1/16, 5/16) → −1, [5/16, 11/16) → 0, [11/16, 15/16) → +1, rest → +2
    [7, 0, -2],
    [7, 1 / 16 - 2 ** -32, -2],
    [7, 1 / 16, -1],
    [7, 5 / 16, 0],
    [7, 11 / 16, 1],
    [7, 15 / 16, 2],
    [7, 1 - 2 ** -32, 2],
    [2, 0, -2],
    [1000, 0.5, 0],
    // count 1: [0, 7/16) → −1, then 0, +1, +2
    [1, 0, -1],
    [1, 7 / 16, 0],
    [1, 10 / 16, 1],
    [1, 15 / 16, 2],
    // zero stays zero whatever the key
    [0, 0, 0],
    [0, 0.99, 0],
  ])('count %d, key %d → %d', (count, key, change) => {
    expect(lookupNoise(DEFAULT_PTABLE, count, key)).toBe(change);
  });
});

describe('validatePTable', () => {
  const base = (rows: PTable['rows']): PTable => ({ name: 'test', rows });
  it.each<[string, PTable]>([
    ['no rows', base([])],
    [
      'a first row that is not count 0',
      base([{ count: 1, noise: [{ change: 0, probability: 1 }] }]),
    ],
    ['zero that does not stay zero', base([{ count: 0, noise: [{ change: 1, probability: 1 }] }])],
    [
      'a negative result',
      base([
        { count: 0, noise: [{ change: 0, probability: 1 }] },
        {
          count: 1,
          noise: [
            { change: -2, probability: 0.5 },
            { change: 2, probability: 0.5 },
          ],
        },
      ]),
    ],
    [
      'probabilities that do not sum to 1',
      base([
        { count: 0, noise: [{ change: 0, probability: 1 }] },
        { count: 1, noise: [{ change: 0, probability: 0.5 }] },
      ]),
    ],
    [
      'counts out of order',
      base([
        { count: 0, noise: [{ change: 0, probability: 1 }] },
        { count: 3, noise: [{ change: 0, probability: 1 }] },
        { count: 2, noise: [{ change: 0, probability: 1 }] },
      ]),
    ],
    [
      'a fractional change',
      base([
        { count: 0, noise: [{ change: 0, probability: 1 }] },
        { count: 1, noise: [{ change: 0.5, probability: 1 }] },
      ]),
    ],
  ])('rejects %s', (_, ptable) => {
    expect(() => validatePTable(ptable)).toThrowError(
      expect.objectContaining({ code: 'INVALID_PTABLE' }),
    );
  });
});
