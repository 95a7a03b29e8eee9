import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  findDisclosures,
  hiddenCellRanges,
  readerLowerBound,
  suppress,
  type CountTable,
} from '../src/index.js';
import {
  allValues,
  canTakeOtherValue,
  flagGrid,
  gridOf,
  hideCells,
  linesOf,
  publishedGrid,
  tableOf,
} from './support.js';

/** Small counts on purpose: zeros, the sensitive 1–4, and some safe ones. */
const count = (max: number) =>
  fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 4 }), fc.integer({ min: 5, max }));

const arbTable = (maxRows: number, maxCols: number, maxCount: number): fc.Arbitrary<CountTable> =>
  fc
    .tuple(fc.integer({ min: 1, max: maxRows }), fc.integer({ min: 1, max: maxCols }))
    .chain(([rows, cols]) =>
      fc.array(fc.array(count(maxCount), { minLength: cols, maxLength: cols }), {
        minLength: rows,
        maxLength: rows,
      }),
    )
    .map((cells) => tableOf(cells));

const arbRule = fc.record({
  threshold: fc.constantFrom(5, 5, 3, 2, 1),
  zerosAreSafe: fc.oneof(fc.constant(true), fc.constant(true), fc.constant(false)),
});

/**
 * How far the brute force searches: interior cells up to the largest count + 1. A witness
 * found below any bound is a real second table, so a small bound can only make the test
 * stricter (a false alarm, never a false pass). And it is enough: if a cell can move at all,
 * it can move by 1 along one cycle of the table, changing every other cell by at most 1.
 */
const searchBound = (t: CountTable) => Math.max(0, ...t.cells.flat()) + 1;

const hiddenOf = (grid: (number | null)[][]) => grid.map((row) => row.map((v) => v === null));

describe('suppress: laws over random tables (1–6 × 1–6)', () => {
  it('publishes no count between 1 and threshold − 1, and nothing that differs from the original', () => {
    fc.assert(
      fc.property(arbTable(6, 6, 30), arbRule, (t, rule) => {
        const s = suppress(t, rule);
        const truth = gridOf(t);
        publishedGrid(s).forEach((row, r) =>
          row.forEach((v, c) => {
            if (v === null) return;
            expect(v).toBe(truth[r]?.[c]);
            expect(v === 0 ? rule.zerosAreSafe : v >= rule.threshold).toBe(true);
          }),
        );
      }),
      { numRuns: 300 },
    );
  });

  it('flags primary exactly the sensitive counts; secondary cells are never zeros or small', () => {
    fc.assert(
      fc.property(arbTable(6, 6, 30), arbRule, (t, rule) => {
        const flags = flagGrid(suppress(t, rule));
        gridOf(t).forEach((row, r) =>
          row.forEach((v, c) => {
            const f = flags[r]?.[c];
            const sensitive = (rule.zerosAreSafe ? v > 0 : v >= 0) && v < rule.threshold;
            expect(f === 'primary').toBe(sensitive);
            if (f === 'secondary') expect(v).toBeGreaterThanOrEqual(Math.max(1, rule.threshold));
          }),
        );
      }),
      { numRuns: 300 },
    );
  });

  it('leaves no row or column, totals included, with exactly one hidden cell', () => {
    fc.assert(
      fc.property(arbTable(6, 6, 30), arbRule, (t, rule) => {
        for (const line of linesOf(publishedGrid(suppress(t, rule)))) {
          expect(line.filter((v) => v === null).length).not.toBe(1);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('passes its own audit: no hidden cell is determined, every range has two or more values', () => {
    fc.assert(
      fc.property(arbTable(6, 6, 30), arbRule, (t, rule) => {
        const s = suppress(t, rule);
        expect(findDisclosures(s, t)).toEqual([]);
        for (const range of hiddenCellRanges(s, t)) {
          expect(range.lower).toBeLessThan(range.upper);
          expect(range.lower).toBeLessThanOrEqual(range.value);
          expect(range.upper).toBeGreaterThanOrEqual(range.value);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('is deterministic', () => {
    fc.assert(
      fc.property(arbTable(6, 6, 30), arbRule, (t, rule) => {
        expect(suppress(structuredClone(t), rule)).toEqual(suppress(t, rule));
      }),
      { numRuns: 50 },
    );
  });
});

describe('suppress: brute force on tiny tables (1–3 × 1–3)', () => {
  it('every hidden cell can take another value in some table consistent with what is published', () => {
    fc.assert(
      fc.property(arbTable(3, 3, 9), arbRule, (t, rule) => {
        const s = suppress(t, rule);
        const grid = gridOf(t);
        const hidden = hiddenOf(publishedGrid(s));
        const lower = readerLowerBound(rule.zerosAreSafe);
        hidden.forEach((row, r) =>
          row.forEach((isHidden, c) => {
            if (!isHidden) return;
            expect(
              canTakeOtherValue(grid, hidden, [r, c], lower, searchBound(t)),
              `cell ${r},${c}`,
            ).toBe(true);
          }),
        );
      }),
      { numRuns: 1000 },
    );
  });
});

describe('findDisclosures agrees with brute force on random hidden patterns', () => {
  const arbMasked = arbTable(3, 3, 7).chain((t) =>
    fc.tuple(
      fc.constant(t),
      fc.array(
        fc.array(fc.boolean(), {
          minLength: t.colKeys.length + 1,
          maxLength: t.colKeys.length + 1,
        }),
        {
          minLength: t.rowKeys.length + 1,
          maxLength: t.rowKeys.length + 1,
        },
      ),
      fc.boolean(),
    ),
  );

  it('a cell is reported iff no consistent table gives it another value', () => {
    fc.assert(
      fc.property(arbMasked, ([t, hidden, zerosAreSafe]) => {
        const mask = hidden.map((row) => row.map((h) => (h ? 'x' : '.')).join(''));
        const s = hideCells(t, mask, zerosAreSafe);
        const grid = gridOf(t);
        const hiddenZero = grid.some((row, r) => row.some((v, c) => hidden[r]?.[c] && v === 0));
        const lower = zerosAreSafe && !hiddenZero ? 1 : 0;
        const reported = new Set(
          findDisclosures(s, t).map(
            (d) =>
              `${d.row === null ? t.rowKeys.length : t.rowKeys.indexOf(d.row)},${d.col === null ? t.colKeys.length : t.colKeys.indexOf(d.col)}`,
          ),
        );
        hidden.forEach((row, r) =>
          row.forEach((isHidden, c) => {
            if (!isHidden) return;
            const free = canTakeOtherValue(grid, hidden, [r, c], lower, searchBound(t));
            expect(
              reported.has(`${r},${c}`),
              `cell ${r},${c} of ${JSON.stringify(grid)} mask ${mask}`,
            ).toBe(!free);
          }),
        );
      }),
      { numRuns: 1000 },
    );
  });

  it('hiddenCellRanges are exactly the brute-force ranges (2 × 2, grand total published)', () => {
    const arbSmall = fc
      .tuple(
        fc.array(fc.array(fc.integer({ min: 0, max: 4 }), { minLength: 2, maxLength: 2 }), {
          minLength: 2,
          maxLength: 2,
        }),
        fc.array(fc.array(fc.boolean(), { minLength: 3, maxLength: 3 }), {
          minLength: 3,
          maxLength: 3,
        }),
        fc.boolean(),
      )
      .map(([cells, hidden, zerosAreSafe]) => {
        hidden[2]![2] = false;
        return { t: tableOf(cells), hidden, zerosAreSafe };
      });
    fc.assert(
      fc.property(arbSmall, ({ t, hidden, zerosAreSafe }) => {
        const mask = hidden.map((row) => row.map((h) => (h ? 'x' : '.')).join(''));
        const grid = gridOf(t);
        const hiddenZero = grid.some((row, r) => row.some((v, c) => hidden[r]?.[c] && v === 0));
        const lower = zerosAreSafe && !hiddenZero ? 1 : 0;
        // With the grand total published, no interior cell can exceed it: exhaustive.
        const brute = allValues(grid, hidden, lower, t.total);
        for (const range of hiddenCellRanges(hideCells(t, mask, zerosAreSafe), t)) {
          const r = range.row === null ? 2 : t.rowKeys.indexOf(range.row);
          const c = range.col === null ? 2 : t.colKeys.indexOf(range.col);
          const values = [...(brute.get(`${r},${c}`) ?? [])].sort((a, b) => a - b);
          // Integer ranges have no gaps (the constraint matrix is totally unimodular).
          expect(values).toEqual(
            Array.from({ length: range.upper - range.lower + 1 }, (_, i) => range.lower + i),
          );
        }
      }),
      { numRuns: 200 },
    );
  });
});
