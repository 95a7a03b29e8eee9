import { describe, expect, it } from 'vitest';
import { findDisclosures, hiddenCellRanges, suppress } from '../src/index.js';
import { hideCells, tableOf } from './support.js';

const t3 = tableOf([
  [3, 10, 20],
  [8, 12, 30],
  [15, 25, 35],
]);

describe('findDisclosures', () => {
  it('a line with one hidden cell discloses it (and whatever it then pins down)', () => {
    // Only (r1,a) and (r1,b) hidden: column a gives (r1,a) = 26 - 8 - 15, then row 1 gives (r1,b).
    const s = hideCells(t3, ['xx..', '....', '....', '....']);
    expect(findDisclosures(s, t3)).toEqual([
      { row: 'r0', col: 'c0', value: 3 },
      { row: 'r0', col: 'c1', value: 10 },
    ]);
  });

  it('a rectangle of hidden cells is safe', () => {
    expect(findDisclosures(hideCells(t3, ['xx..', 'xx..', '....', '....']), t3)).toEqual([]);
  });

  it('a cycle through the margins is safe', () => {
    // (r1,a), row total r1, column total a and the grand total form one cycle.
    expect(findDisclosures(hideCells(t3, ['x..x', '....', '....', 'x..x']), t3)).toEqual([]);
  });

  it('two hidden cells in every line are not enough: a bridge between two rectangles', () => {
    // Two hidden rectangles, {r1,r2}×{a,b} and {r3,r4}×{c,d}, joined by (r1,c). Every line
    // has 0, 2 or 3 hidden cells, yet (r1,c) = (hidden sum of rows 1–2) − (of columns a–b).
    const t = tableOf(Array.from({ length: 4 }, () => [10, 10, 10, 10]));
    const s = hideCells(t, ['xxx..', 'xx...', '..xx.', '..xx.', '.....']);
    expect(findDisclosures(s, t)).toEqual([{ row: 'r0', col: 'c2', value: 10 }]);
  });

  it('counts cannot go negative: a + b = 0 pins both, which linear algebra alone misses', () => {
    //        a   b | total
    //  r1    0   6 |  6
    //  r2    0   7 |  7
    //        0  13 | 13
    // Hidden: the four interior cells. The equations leave one free parameter t:
    // (t, 6 - t, -t, 7 + t), so Gaussian elimination would call every cell undetermined;
    // but t >= 0 and -t >= 0 force t = 0, so all four are disclosed.
    const t = tableOf([
      [0, 6],
      [0, 7],
    ]);
    const s = hideCells(t, ['xx.', 'xx.', '...'], false);
    expect(findDisclosures(s, t).map((d) => d.value)).toEqual([0, 6, 0, 7]);
  });

  it('when zeros are safe a reader knows every hidden count is at least 1', () => {
    //        a   b   c | total
    //  r1    1   1  10 | 12
    //  r2    8   9  10 | 27
    // Hidden: the 2×2 block. Its cells move as (1 + t, 1 - t, 8 - t, 9 + t). A reader who
    // knows hidden counts are >= 1 (zeros are always published) gets t = 0: all disclosed.
    // If hidden zeros were possible, t in -1…1 would keep them hidden.
    const t = tableOf([
      [1, 1, 10],
      [8, 9, 10],
    ]);
    expect(findDisclosures(hideCells(t, ['xx..', 'xx..', '....'], true), t)).toHaveLength(4);
    expect(findDisclosures(hideCells(t, ['xx..', 'xx..', '....'], false), t)).toEqual([]);
    // And suppress, which knows this, protects the two 1s properly.
    const s = suppress(t);
    expect(findDisclosures(s, t)).toEqual([]);
    expect(s.cells[0]?.[0]?.value).toBeNull();
    expect(s.cells[0]?.[1]?.value).toBeNull();
  });

  it('rejects a suppressed table that does not come from the original', () => {
    const s = hideCells(t3, ['x...', '....', '....', '....']);
    const other = tableOf([
      [4, 10, 20],
      [8, 12, 30],
      [15, 25, 34],
    ]);
    expect(() => findDisclosures(s, other)).toThrowError(
      expect.objectContaining({ code: 'INVALID_TABLE' }),
    );
    expect(() => findDisclosures(s, tableOf([[1]]))).toThrowError(
      expect.objectContaining({ code: 'INVALID_TABLE' }),
    );
  });
});

describe('hiddenCellRanges', () => {
  it('gives the interval a reader can narrow each hidden cell to', () => {
    const s = hideCells(t3, ['xx..', 'xx..', '....', '....']);
    // (r1,a) = 3 + t, (r1,b) = 10 - t, (r2,a) = 8 - t, (r2,b) = 12 + t, all >= 1: t in -2…7.
    expect(hiddenCellRanges(s, t3)).toEqual([
      { row: 'r0', col: 'c0', value: 3, lower: 1, upper: 10 },
      { row: 'r0', col: 'c1', value: 10, lower: 3, upper: 12 },
      { row: 'r1', col: 'c0', value: 8, lower: 1, upper: 10 },
      { row: 'r1', col: 'c1', value: 12, lower: 10, upper: 19 },
    ]);
  });

  it('is unbounded when a whole cycle through the grand total is hidden', () => {
    const s = hideCells(t3, ['x..x', '....', '....', 'x..x']);
    expect(hiddenCellRanges(s, t3)).toEqual([
      { row: 'r0', col: 'c0', value: 3, lower: 1, upper: Infinity },
      { row: 'r0', col: null, value: 33, lower: 31, upper: Infinity },
      { row: null, col: 'c0', value: 26, lower: 24, upper: Infinity },
      { row: null, col: null, value: 158, lower: 156, upper: Infinity },
    ]);
  });

  it('a disclosed cell has a range of one value', () => {
    const s = hideCells(t3, ['xx..', '....', '....', '....']);
    expect(hiddenCellRanges(s, t3).map((r) => [r.lower, r.upper])).toEqual([
      [3, 3],
      [10, 10],
    ]);
  });
});
