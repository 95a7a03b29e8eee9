import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  crossTab,
  DEFAULT_PTABLE,
  maxNoise,
  perturb,
  recordKey,
  type CrossTab,
  type Dim,
  type VisitRecord,
} from '../src/index.js';
import { gridOf, syntheticYear, visit } from './support.js';

const records = syntheticYear(3000, 27);
const secret = 'test-secret-not-for-production';

const pairs = (a: CrossTab, b: CrossTab) => {
  const x = gridOf(a).flat();
  const y = gridOf(b).flat();
  return x.map((v, i) => [v, y[i] as number] as const);
};

describe('perturb: the cell-key method', () => {
  const table = crossTab(records, { rows: 'location', cols: 'track' });
  const noisy = perturb(table, { records, secret });

  it('is deterministic: same records and secret, same table, whatever the record order', () => {
    expect(perturb(table, { records, secret })).toEqual(noisy);
    expect(perturb(table, { records: [...records].reverse(), secret })).toEqual(noisy);
  });

  it('adds small integer noise: never negative, zero stays zero, |noise| <= 2', () => {
    for (const [original, published] of pairs(table, noisy)) {
      expect(Number.isInteger(published)).toBe(true);
      expect(published).toBeGreaterThanOrEqual(0);
      if (original === 0) expect(published).toBe(0);
      expect(Math.abs(published - original)).toBeLessThanOrEqual(maxNoise(DEFAULT_PTABLE));
    }
    // And it does perturb: a table of 100 cells where nothing moved would mean no protection.
    expect(pairs(table, noisy).filter(([a, b]) => a !== b).length).toBeGreaterThan(10);
  });

  it('depends on the secret', () => {
    const other = perturb(table, { records, secret: 'another secret' });
    expect(pairs(noisy, other).some(([a, b]) => a !== b)).toBe(true);
  });

  it('perturbs totals as cells of their own, so a perturbed table need not add up', () => {
    const sums = noisy.cells.map((row) => row.reduce((a, b) => a + b, 0));
    expect(sums.some((s, r) => s !== noisy.rowTotals[r])).toBe(true);
  });

  it('gives the same persons the same noise in every table: shared margins agree', () => {
    const bySex = perturb(crossTab(records, { rows: 'location', cols: 'sex' }), {
      records,
      secret,
    });
    expect(bySex.rowTotals).toEqual(noisy.rowTotals);
    expect(bySex.total).toBe(noisy.total);
    const byAge = perturb(crossTab(records, { rows: 'ageBand', cols: 'isoWeek' }), {
      records,
      secret,
    });
    expect(byAge.total).toBe(noisy.total);
  });

  it('noise follows the ptable: one-person cells become 0, 1, 2, 3 in 7:3:5:1 sixteenths', () => {
    // 4000 locations with one participant each: 4000 cells of count 1, each keyed by one
    // person's record key. The shares test the ptable lookup and that HMAC keys are uniform.
    const single = Array.from({ length: 4000 }, (_, i) =>
      visit(`person-${i}`, { locationId: `loc-${i}` }),
    );
    const t = crossTab(single, { rows: 'location', cols: 'track' });
    const published = perturb(t, { records: single, secret }).cells.map((row) => row[0]);
    const share = (v: number) => published.filter((x) => x === v).length / published.length;
    expect(share(0)).toBeCloseTo(7 / 16, 1);
    expect(share(1)).toBeCloseTo(3 / 16, 1);
    expect(share(2)).toBeCloseTo(5 / 16, 1);
    expect(share(3)).toBeCloseTo(1 / 16, 1);
  });

  it('a record key lies in [0, 1) and is fixed by (secret, personKey)', () => {
    fc.assert(
      fc.property(fc.string(), fc.string({ minLength: 1 }), (s, person) => {
        const k = recordKey(s, person);
        expect(k).toBeGreaterThanOrEqual(0);
        expect(k).toBeLessThan(1);
        expect(recordKey(s, person)).toBe(k);
      }),
    );
  });
});

describe('perturb: laws over random records', () => {
  const arbRecord = fc.record({
    personKey: fc.integer({ min: 1, max: 30 }).map((n) => `p${n}`),
    locationId: fc.constantFrom('a', 'b', 'c'),
    date: fc.constantFrom('2017-01-02', '2017-01-09', '2017-02-01'),
    track: fc.constantFrom<1 | 2 | 3>(1, 2, 3),
    sex: fc.constantFrom<'female' | 'male' | 'unknown'>('female', 'male', 'unknown'),
    ageBand: fc.constantFrom<'0-17' | '18-64' | '65+'>('0-17', '18-64', '65+'),
    invitingAgency: fc.constantFrom('MV', 'AF'),
    attended: fc.boolean(),
  });
  const dims = fc
    .tuple(
      fc.constantFrom<Dim>('location', 'track', 'sex', 'isoWeek'),
      fc.constantFrom<Dim>('ageBand', 'invitingAgency', 'month'),
    )
    .filter(([a, b]) => a !== b);

  it('is deterministic, never negative, keeps zeros, and moves no count by more than 2', () => {
    fc.assert(
      fc.property(
        fc.array(arbRecord, { maxLength: 60 }),
        dims,
        fc.string({ minLength: 1 }),
        (rs, [rows, cols], s) => {
          const t = crossTab(rs, { rows, cols });
          const p = perturb(t, { records: rs, secret: s });
          expect(perturb(t, { records: [...rs].reverse(), secret: s })).toEqual(p);
          expect(p.rowKeys).toEqual(t.rowKeys);
          expect(p.colKeys).toEqual(t.colKeys);
          for (const [original, published] of pairs(t, p)) {
            expect(published).toBeGreaterThanOrEqual(0);
            if (original === 0) expect(published).toBe(0);
            expect(Math.abs(published - original)).toBeLessThanOrEqual(2);
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('perturb: refuses to guess', () => {
  const rs: VisitRecord[] = [
    visit('p1'),
    visit('p2', { track: 2 }),
    visit('p3', { date: '2018-01-10' }),
  ];
  const t = crossTab(rs, { rows: 'location', cols: 'track' });

  it('throws RECORDS_MISMATCH when the records do not give the table', () => {
    expect(() => perturb(t, { records: rs.slice(1), secret })).toThrowError(
      expect.objectContaining({ code: 'RECORDS_MISMATCH' }),
    );
  });

  it('needs the filter the table was made with', () => {
    const filter = (r: VisitRecord) => r.date.startsWith('2017');
    const filtered = crossTab(rs, { rows: 'location', cols: 'track', filter });
    expect(() => perturb(filtered, { records: rs, secret })).toThrowError(
      expect.objectContaining({ code: 'RECORDS_MISMATCH' }),
    );
    expect(perturb(filtered, { records: rs, secret, filter }).rowKeys).toEqual(['gavle']);
  });

  it('needs a secret', () => {
    expect(() => perturb(t, { records: rs, secret: '' })).toThrowError(
      expect.objectContaining({ code: 'INVALID_OPTIONS' }),
    );
  });

  it('checks a custom ptable', () => {
    const ptable = { name: 'bad', rows: [{ count: 0, noise: [{ change: 1, probability: 1 }] }] };
    expect(() => perturb(t, { records: rs, secret, ptable })).toThrowError(
      expect.objectContaining({ code: 'INVALID_PTABLE' }),
    );
  });
});
