import type { CountTable, SuppressedTable, VisitRecord } from '../src/index.js';

/** A visit with sensible defaults, so each test states only what matters to it. */
export function visit(personKey: string, overrides: Partial<VisitRecord> = {}): VisitRecord {
  return {
    personKey,
    locationId: 'gavle',
    date: '2017-03-01',
    track: 1,
    sex: 'female',
    ageBand: '18-64',
    invitingAgency: 'MV',
    attended: true,
    ...overrides,
  };
}

/** An additive table from its interior cells; keys r0…, c0… unless given. */
export function tableOf(
  cells: number[][],
  rowKeys = cells.map((_, r) => `r${r}`),
  colKeys = (cells[0] ?? []).map((_, c) => `c${c}`),
): CountTable {
  const rowTotals = cells.map((row) => row.reduce((a, b) => a + b, 0));
  const colTotals = colKeys.map((_, c) => cells.reduce((sum, row) => sum + (row[c] as number), 0));
  return {
    rowKeys,
    colKeys,
    cells,
    rowTotals,
    colTotals,
    total: rowTotals.reduce((a, b) => a + b, 0),
  };
}

/** The (R+1)×(C+1) grid of a table, totals row last, each row's total last. */
export function gridOf(table: CountTable): number[][] {
  return [
    ...table.cells.map((row, r) => [...row, table.rowTotals[r] as number]),
    [...table.colTotals, table.total],
  ];
}

/** The published grid of a suppressed table: a number, or null where hidden. */
export function publishedGrid(s: SuppressedTable): (number | null)[][] {
  return [
    ...s.cells.map((row, r) => [...row.map((c) => c.value), s.rowTotals[r]?.value ?? null]),
    [...s.colTotals.map((c) => c.value), s.total.value],
  ];
}

export function flagGrid(s: SuppressedTable): (string | null)[][] {
  return [
    ...s.cells.map((row, r) => [...row.map((c) => c.flag), s.rowTotals[r]?.flag ?? null]),
    [...s.colTotals.map((c) => c.flag), s.total.flag],
  ];
}

/** Lines of the extended grid: every row and every column, totals included. */
export function linesOf<T>(grid: T[][]): T[][] {
  const rows = grid;
  const cols = (grid[0] ?? []).map((_, c) => grid.map((row) => row[c] as T));
  return [...rows, ...cols];
}

/**
 * Brute force, independent of the package's graph reasoning: can hidden cell (hr, hc) of
 * the extended grid take a value other than its true one? Searches integer tables whose
 * hidden interior cells lie in [lower, bound], whose published cells equal the published
 * values, and whose hidden margins are sums >= lower. Depth-first over the hidden interior
 * cells, pruning on published row and column totals.
 */
export function canTakeOtherValue(
  grid: number[][],
  hidden: boolean[][],
  target: [number, number],
  lower: number,
  bound: number,
): boolean {
  const R = grid.length - 1;
  const C = (grid[0]?.length ?? 1) - 1;
  const [tr, tc] = target;
  const truth = (grid[tr] as number[])[tc] as number;
  const slots: [number, number][] = [];
  for (let r = 0; r < R; r++) {
    for (let c = 0; c < C; c++) if ((hidden[r] as boolean[])[c]) slots.push([r, c]);
  }
  // Search order only (every assignment is still tried): an interior target first, so its
  // other values are tried at once; for a margin target, the cells of its line last, where
  // the search varies fastest.
  const inTargetLine = ([r, c]: [number, number]) =>
    tr < R && tc < C ? 0 : tr < R ? (r === tr ? 1 : 0) : tc < C ? (c === tc ? 1 : 0) : 0;
  slots.sort((a, b) => {
    const ta = a[0] === tr && a[1] === tc ? -1 : inTargetLine(a);
    const tb = b[0] === tr && b[1] === tc ? -1 : inTargetLine(b);
    return ta - tb;
  });
  const x = grid.slice(0, R).map((row) => row.slice(0, C));
  const isHidden = (r: number, c: number) => (hidden[r] as boolean[])[c] as boolean;
  const value = (r: number, c: number) => (grid[r] as number[])[c] as number;
  const rowSum = (r: number) => (x[r] as number[]).reduce((a, b) => a + b, 0);
  const colSum = (c: number) => x.reduce((s, row) => s + (row[c] as number), 0);
  // Slots not yet assigned in each row / column (for pruning with the lower bound).
  const openInRow = Array.from({ length: R }, () => 0);
  const openInCol = Array.from({ length: C }, () => 0);

  const check = (): boolean => {
    let grand = 0;
    for (let r = 0; r < R; r++) {
      const s = rowSum(r);
      grand += s;
      if (isHidden(r, C) ? s < lower : s !== value(r, C)) return false;
    }
    let grand2 = 0;
    for (let c = 0; c < C; c++) {
      const s = colSum(c);
      grand2 += s;
      if (isHidden(R, c) ? s < lower : s !== value(R, c)) return false;
    }
    if (grand !== grand2) return false;
    if (isHidden(R, C) ? grand < lower : grand !== value(R, C)) return false;
    const current =
      tr < R && tc < C
        ? (x[tr] as number[])[tc]
        : tr < R
          ? rowSum(tr)
          : tc < C
            ? colSum(tc)
            : grand;
    return current !== truth;
  };

  const prune = (r: number, c: number): boolean => {
    // Partial sums plus `lower` for every open slot may not exceed a published total.
    if (!isHidden(r, C) && rowSum(r) + lower * (openInRow[r] as number) > value(r, C)) return true;
    if (!isHidden(R, c) && colSum(c) + lower * (openInCol[c] as number) > value(R, c)) return true;
    // A completed row or column must meet its published total exactly.
    if (openInRow[r] === 0 && !isHidden(r, C) && rowSum(r) !== value(r, C)) return true;
    if (openInCol[c] === 0 && !isHidden(R, c) && colSum(c) !== value(R, c)) return true;
    return false;
  };

  for (const [r, c] of slots) {
    openInRow[r] = (openInRow[r] as number) + 1;
    openInCol[c] = (openInCol[c] as number) + 1;
    (x[r] as number[])[c] = 0;
  }
  const search = (i: number): boolean => {
    if (i === slots.length) return check();
    const [r, c] = slots[i] as [number, number];
    openInRow[r] = (openInRow[r] as number) - 1;
    openInCol[c] = (openInCol[c] as number) - 1;
    for (let v = lower; v <= bound; v++) {
      if (r === tr && c === tc && v === truth) continue;
      (x[r] as number[])[c] = v;
      if (!prune(r, c) && search(i + 1)) {
        openInRow[r] = (openInRow[r] as number) + 1;
        openInCol[c] = (openInCol[c] as number) + 1;
        return true;
      }
    }
    (x[r] as number[])[c] = 0;
    openInRow[r] = (openInRow[r] as number) + 1;
    openInCol[c] = (openInCol[c] as number) + 1;
    return false;
  };
  return search(0);
}

/**
 * Every value each hidden cell takes over all integer tables consistent with what is
 * published, hidden interior cells in [lower, bound], hidden margins >= lower. Exhaustive:
 * for tiny tables only. Keys are 'r,c' in the extended grid.
 */
export function allValues(
  grid: number[][],
  hidden: boolean[][],
  lower: number,
  bound: number,
): Map<string, Set<number>> {
  const R = grid.length - 1;
  const C = (grid[0]?.length ?? 1) - 1;
  const slots: [number, number][] = [];
  for (let r = 0; r < R; r++) {
    for (let c = 0; c < C; c++) if ((hidden[r] as boolean[])[c]) slots.push([r, c]);
  }
  const seen = new Map<string, Set<number>>();
  for (let r = 0; r <= R; r++) {
    for (let c = 0; c <= C; c++) if ((hidden[r] as boolean[])[c]) seen.set(`${r},${c}`, new Set());
  }
  const x = grid.slice(0, R).map((row) => row.slice(0, C));
  const leaf = () => {
    const full = x.map((row) => [...row, row.reduce((a, b) => a + b, 0)]);
    full.push(
      Array.from({ length: C + 1 }, (_, c) => full.reduce((s, row) => s + (row[c] as number), 0)),
    );
    for (let r = 0; r <= R; r++) {
      for (let c = 0; c <= C; c++) {
        const v = (full[r] as number[])[c] as number;
        if ((hidden[r] as boolean[])[c]) {
          if (v < lower) return;
        } else if (v !== (grid[r] as number[])[c]) return;
      }
    }
    for (const [key, values] of seen) {
      const [r, c] = key.split(',').map(Number) as [number, number];
      values.add((full[r] as number[])[c] as number);
    }
  };
  const visitAll = (i: number): void => {
    if (i === slots.length) return leaf();
    const [r, c] = slots[i] as [number, number];
    for (let v = lower; v <= bound; v++) {
      (x[r] as number[])[c] = v;
      visitAll(i + 1);
    }
  };
  visitAll(0);
  return seen;
}

/**
 * A hand-made suppression: `mask` is the extended grid as strings, 'x' = hidden. Flags are
 * all 'secondary' (the audit does not read them).
 */
export function hideCells(table: CountTable, mask: string[], zerosAreSafe = true): SuppressedTable {
  const grid = gridOf(table);
  const cell = (r: number, c: number) =>
    mask[r]?.[c] === 'x'
      ? { value: null, flag: 'secondary' as const }
      : { value: (grid[r] as number[])[c] as number, flag: null };
  const R = table.rowKeys.length;
  const C = table.colKeys.length;
  return {
    rowKeys: table.rowKeys,
    colKeys: table.colKeys,
    cells: table.rowKeys.map((_, r) => table.colKeys.map((_, c) => cell(r, c))),
    rowTotals: table.rowKeys.map((_, r) => cell(r, C)),
    colTotals: table.colKeys.map((_, c) => cell(R, c)),
    total: cell(R, C),
    rule: { threshold: 5, zerosAreSafe },
  };
}

/** A deterministic pseudo-random generator (LCG), so synthetic data is the same every run. */
export function lcg(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

/**
 * A year of synthetic visits: `persons` people spread over `locations` locations and 2017's
 * weeks, some invited twice, some no-shows. Small locations are small on purpose.
 */
export function syntheticYear(persons: number, locations: number, seed = 1): VisitRecord[] {
  const random = lcg(seed);
  const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)] as T;
  const records: VisitRecord[] = [];
  for (let p = 0; p < persons; p++) {
    // Location sizes fall off like a city list: a few big, many small.
    const location = Math.min(locations - 1, Math.floor(locations * random() ** 2));
    const visits = random() < 0.1 ? 2 : 1;
    for (let v = 0; v < visits; v++) {
      const day = 1 + Math.floor(random() * 364);
      const date = new Date(Date.UTC(2017, 0, day)).toISOString().slice(0, 10);
      records.push({
        personKey: `person-${p}`,
        locationId: `loc-${location + 1}`,
        date,
        track: pick([1, 1, 1, 2, 3] as const),
        sex: pick(['female', 'male', 'male', 'unknown'] as const),
        ageBand: pick(['0-17', '18-64', '18-64', '65+'] as const),
        invitingAgency: pick(['MV', 'AF', 'kommun'] as const),
        attended: random() < 0.9,
      });
    }
  }
  return records;
}
