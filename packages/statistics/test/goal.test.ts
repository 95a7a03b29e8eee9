import { describe, expect, it } from 'vitest';
import { goalFulfilment, StatisticsError } from '../src/index.js';

describe('goalFulfilment', () => {
  it.each([
    // The seeds: 2017, and 2016-07-28…12-31 with only 5 locations open.
    { participants: 12_525, permitsGranted: 21_776, percent: 58, met: true },
    { participants: 860, permitsGranted: 60_405, percent: 1, met: false },
  ])('seed figures: $participants of $permitsGranted → $percent %', (row) => {
    const result = goalFulfilment(row);
    expect(result.percent).toBe(row.percent);
    expect(result.met).toBe(row.met);
    expect(result.share).toBeCloseTo(row.participants / row.permitsGranted, 12);
  });

  it.each([
    // Half up, computed exactly: 29/200 * 100 is 14.499999999999998 in floating point.
    [29, 200, 15],
    [1, 8, 13],
    [5, 8, 63],
    [1, 3, 33],
    [2, 3, 67],
    [0, 10, 0],
    [10, 10, 100],
    [3, 2, 150],
    [1, 200, 1],
    [1, 201, 0],
  ])('%i of %i is %i %%', (participants, permitsGranted, percent) => {
    expect(goalFulfilment({ participants, permitsGranted }).percent).toBe(percent);
  });

  it('meets the goal at exactly one half, and not just below it even when it prints as 50 %', () => {
    expect(goalFulfilment({ participants: 50, permitsGranted: 100 }).met).toBe(true);
    const justBelow = goalFulfilment({ participants: 496, permitsGranted: 1000 });
    expect(justBelow.percent).toBe(50);
    expect(justBelow.met).toBe(false);
  });

  it('takes another goal', () => {
    expect(goalFulfilment({ participants: 12_525, permitsGranted: 21_776, goal: 0.6 }).met).toBe(
      false,
    );
    expect(goalFulfilment({ participants: 11, permitsGranted: 20, goal: 0.55 }).met).toBe(true);
  });

  it('throws NO_PERMITS for zero permits instead of returning NaN or Infinity', () => {
    expect(() => goalFulfilment({ participants: 3, permitsGranted: 0 })).toThrowError(
      expect.objectContaining({ code: 'NO_PERMITS' }),
    );
    expect(() => goalFulfilment({ participants: 0, permitsGranted: 0 })).toThrow(StatisticsError);
  });

  it.each([
    { participants: -1, permitsGranted: 10 },
    { participants: 1.5, permitsGranted: 10 },
    { participants: 1, permitsGranted: Number.NaN },
    { participants: 1, permitsGranted: 10, goal: -0.1 },
    { participants: 1, permitsGranted: 10, goal: Number.POSITIVE_INFINITY },
  ])('rejects %o', (input) => {
    expect(() => goalFulfilment(input)).toThrowError(
      expect.objectContaining({ code: 'INVALID_OPTIONS' }),
    );
  });
});
