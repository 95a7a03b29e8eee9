import { describe, expect, it } from 'vitest';
import { crossTab, findDisclosures, suppress } from '../src/index.js';
import { lcg, syntheticYear, tableOf } from './support.js';

// Size, not speed: these complete and pass the audit. Timing belongs in the benchmarks.
describe('suppress on report-sized tables', () => {
  it('27 locations × 52 weeks from a synthetic year (12,525 persons invited)', () => {
    const records = syntheticYear(12_525, 27, 2017);
    const t = crossTab(records, {
      rows: 'location',
      cols: 'isoWeek',
      filter: (r) => r.date >= '2017-01-02' && r.date <= '2017-12-31',
    });
    expect(t.rowKeys).toHaveLength(27);
    expect(t.colKeys).toHaveLength(52);
    const s = suppress(t);
    expect(findDisclosures(s, t)).toEqual([]);
    // Small locations do produce small weekly counts, so something was hidden.
    expect(s.cells.flat().some((c) => c.flag === 'primary')).toBe(true);
  });

  it('100 × 100 random counts', () => {
    const random = lcg(100);
    const cells = Array.from({ length: 100 }, () =>
      Array.from({ length: 100 }, () => {
        const x = random();
        return x < 0.1
          ? 0
          : x < 0.25
            ? 1 + Math.floor(random() * 4)
            : 5 + Math.floor(random() * 40);
      }),
    );
    const t = tableOf(cells);
    const s = suppress(t);
    expect(findDisclosures(s, t)).toEqual([]);
  });
});
