import { describe, expect, it } from 'vitest';
import { findDisclosures, hiddenCellRanges, suppress, type SuppressedTable } from '../src/index.js';
import { flagGrid, publishedGrid, tableOf } from './support.js';

// Grids below are the extended table: each row ends with its total, the last row holds the
// column totals and the grand total. `p` = primary, `s` = secondary, `.` = published.
const flags = (s: SuppressedTable) =>
  flagGrid(s).map((row) =>
    row.map((f) => (f === 'primary' ? 'p' : f === 'secondary' ? 's' : '.')).join(''),
  );

describe('suppress: hand-checked tables', () => {
  it('a table without small counts is published whole', () => {
    const t = tableOf([
      [5, 10],
      [7, 0],
    ]);
    const s = suppress(t);
    expect(publishedGrid(s)).toEqual([
      [5, 10, 15],
      [7, 0, 7],
      [12, 10, 22],
    ]);
    expect(s.rule).toEqual({ threshold: 5, zerosAreSafe: true });
  });

  it('one small cell is protected by the cheapest rectangle of small cells', () => {
    //        a   b   c | total
    //  r1    3  10  20 |  33
    //  r2    8  12  30 |  50
    //  r3   15  25  35 |  75
    // Through (r1,a) the cheapest cycle is (r1,b) 10 + (r2,b) 12 + (r2,a) 8 = 30; the next
    // best costs 50 ((r3,a), (r3,b), (r1,b)).
    const t = tableOf([
      [3, 10, 20],
      [8, 12, 30],
      [15, 25, 35],
    ]);
    const s = suppress(t);
    expect(flags(s)).toEqual(['ps..', 'ss..', '....', '....']);
    expect(publishedGrid(s)).toEqual([
      [null, null, 20, 33],
      [null, null, 30, 50],
      [15, 25, 35, 75],
      [26, 47, 85, 158],
    ]);
    expect(findDisclosures(s, t)).toEqual([]);
    // A reader knows (r1,a) + (r1,b) = 13, (r1,a) + (r2,a) = 11, every count >= 1, and so on:
    // (r1,a) lies somewhere in 1…10.
    expect(hiddenCellRanges(s, t)).toContainEqual({
      row: 'r0',
      col: 'c0',
      value: 3,
      lower: 1,
      upper: 10,
    });
  });

  it('a small row total is hidden, and its margin needs a partner too', () => {
    //        a   b | total
    //  r1    1   2 |   3    all primary
    //  r2   10  20 |  30
    //        11  22 |  33
    // Column a and b each need a second hidden cell: (r2,a), (r2,b) (30 in all) beat the
    // margins (11 + 22 + 33). The totals column then has only 3 hidden: 30 is cheaper than 33.
    const t = tableOf([
      [1, 2],
      [10, 20],
    ]);
    const s = suppress(t);
    expect(flags(s)).toEqual(['ppp', 'sss', '...']);
    expect(publishedGrid(s)).toEqual([
      [null, null, null],
      [null, null, null],
      [11, 22, 33],
    ]);
    expect(findDisclosures(s, t)).toEqual([]);
  });

  it('zeros are published when safe, and suppressed (with partners) when not', () => {
    const t = tableOf([
      [0, 7, 9],
      [0, 8, 6],
    ]);
    expect(flags(suppress(t))).toEqual(['....', '....', '....']);
    // Not safe: column a (all zeros) is primary. Row 1 then needs a partner: through the
    // column total of b (15) and (r1,b) 7 is the cheapest way back; row 2 then takes (r2,b).
    const s = suppress(t, { zerosAreSafe: false });
    expect(flags(s)).toEqual(['ps..', 'ps..', 'ps..']);
    expect(s.rule).toEqual({ threshold: 5, zerosAreSafe: false });
    expect(findDisclosures(s, t)).toEqual([]);
  });

  it('never hides a zero as a secondary suppression when zeros are safe', () => {
    // The cheapest partner for (r1,a) would be the zero beside it; a zero that readers can
    // know is structural (a closed week) protects nothing, so the 9s are used instead.
    const t = tableOf([
      [2, 0, 9],
      [9, 0, 9],
    ]);
    const s = suppress(t);
    const g = flagGrid(s);
    expect(g[0]?.[1]).toBeNull();
    expect(g[1]?.[1]).toBeNull();
    expect(findDisclosures(s, t)).toEqual([]);
  });

  it('the threshold is configurable', () => {
    const t = tableOf([
      [3, 10, 20],
      [8, 12, 30],
    ]);
    expect(flags(suppress(t, { threshold: 3 }))).toEqual(['....', '....', '....']);
    expect(
      flagGrid(suppress(t, { threshold: 11 }))
        .flat()
        .filter((f) => f === 'primary'),
    ).toHaveLength(3);
  });

  it('a one-cell table with a small count hides everything', () => {
    const s = suppress(tableOf([[3]]));
    expect(publishedGrid(s)).toEqual([
      [null, null],
      [null, null],
    ]);
  });

  it('an empty table publishes its zero total', () => {
    const s = suppress(tableOf([]));
    expect(s.total).toEqual({ value: 0, flag: null });
    expect(s.cells).toEqual([]);
  });
});

describe('suppress: refuses what it cannot protect', () => {
  it('a table whose totals do not add up (e.g. a perturbed one)', () => {
    const t = { ...tableOf([[5, 6]]), total: 12 };
    expect(() => suppress(t)).toThrowError(expect.objectContaining({ code: 'NOT_ADDITIVE' }));
  });

  it.each([
    ['a negative count', { ...tableOf([[1]]), cells: [[-1]] }],
    ['a fraction', { ...tableOf([[1]]), cells: [[0.5]] }],
    ['a ragged row', { ...tableOf([[1, 2]]), cells: [[1]] }],
    ['duplicate keys', tableOf([[1], [2]], ['a', 'a'])],
  ])('%s', (_, t) => {
    expect(() => suppress(t)).toThrowError(expect.objectContaining({ code: 'INVALID_TABLE' }));
  });

  it.each([0, -5, 2.5])('threshold %d', (threshold) => {
    expect(() => suppress(tableOf([[1]]), { threshold })).toThrowError(
      expect.objectContaining({ code: 'INVALID_OPTIONS' }),
    );
  });
});
