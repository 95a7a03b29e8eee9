import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { crossTab, isoWeekOf, type Dim, type VisitRecord } from '../src/index.js';
import { visit } from './support.js';

describe('crossTab: who is counted', () => {
  it('counts distinct persons, not visits: two visits in one cell count once', () => {
    const t = crossTab([visit('p1'), visit('p1', { date: '2017-03-02' }), visit('p2')], {
      rows: 'location',
      cols: 'track',
    });
    expect(t.cells).toEqual([[2]]);
    expect(t.total).toBe(2);
  });

  it('counts attended visits only: an invited no-show is not a participant', () => {
    const t = crossTab(
      [
        visit('p1', { attended: false }),
        visit('p2', { attended: false, date: '2017-01-10', track: 2 }),
        visit('p2', { date: '2017-03-05', track: 3 }),
      ],
      { rows: 'location', cols: 'track' },
    );
    // p1 never came; p2 is counted at the visit they attended (track 3), not the earlier no-show.
    expect(t.colKeys).toEqual(['3']);
    expect(t.cells).toEqual([[1]]);
    expect(t.total).toBe(1);
  });

  it('a person who came in week 5 and week 7 counts once, in week 5; every total is distinct persons', () => {
    const t = crossTab(
      [
        visit('p1', { date: '2017-02-01' }), // 2017-W05
        visit('p1', { date: '2017-02-15' }), // 2017-W07
        visit('p2', { date: '2017-02-15' }),
      ],
      { rows: 'location', cols: 'isoWeek' },
    );
    expect(t.colKeys).toEqual(['2017-W05', '2017-W07']);
    expect(t.cells).toEqual([[1, 1]]);
    expect(t.rowTotals).toEqual([2]);
    expect(t.colTotals).toEqual([1, 1]);
    expect(t.total).toBe(2);
  });

  it('applies the filter before choosing the first visit', () => {
    const records = [
      visit('p1', { date: '2016-12-01', locationId: 'a' }),
      visit('p1', { date: '2017-02-01', locationId: 'b' }),
      visit('p2', { date: '2016-11-01', locationId: 'a' }),
    ];
    const all = crossTab(records, { rows: 'location', cols: 'year' });
    expect(all.rowKeys).toEqual(['a']);
    expect(all.cells).toEqual([[2]]);
    const only2017 = crossTab(records, {
      rows: 'location',
      cols: 'year',
      filter: (r) => r.date.startsWith('2017'),
    });
    expect(only2017.rowKeys).toEqual(['b']);
    expect(only2017.colKeys).toEqual(['2017']);
    expect(only2017.total).toBe(1);
  });

  it('breaks a same-day tie by the visit itself, not by the table or the input order', () => {
    const a = visit('p1', { locationId: 'loc-10', track: 1 });
    const b = visit('p1', { locationId: 'loc-2', track: 2 });
    for (const records of [
      [a, b],
      [b, a],
    ]) {
      const t = crossTab(records, { rows: 'location', cols: 'track' });
      expect(t.rowKeys).toEqual(['loc-2']);
      expect(t.colKeys).toEqual(['2']);
      // The transposed table places the person at the same visit.
      const u = crossTab(records, { rows: 'track', cols: 'location' });
      expect([u.rowKeys, u.colKeys]).toEqual([['2'], ['loc-2']]);
    }
  });

  it('an empty input gives an empty table with total 0', () => {
    expect(crossTab([], { rows: 'sex', cols: 'ageBand' })).toEqual({
      rows: 'sex',
      cols: 'ageBand',
      rowKeys: [],
      colKeys: [],
      cells: [],
      rowTotals: [],
      colTotals: [],
      total: 0,
    });
  });
});

describe('crossTab: key order', () => {
  const keysFor = (dim: Dim, records: VisitRecord[]) =>
    crossTab(records, { rows: dim, cols: dim === 'location' ? 'track' : 'location' }).rowKeys;

  it.each<[Dim, Partial<VisitRecord>[], string[]]>([
    ['track', [{ track: 3 }, { track: 1 }, { track: 2 }], ['1', '2', '3']],
    [
      'ageBand',
      [{ ageBand: '65+' }, { ageBand: '18-64' }, { ageBand: '0-17' }],
      ['0-17', '18-64', '65+'],
    ],
    [
      'sex',
      [{ sex: 'unknown' }, { sex: 'male' }, { sex: 'female' }],
      ['female', 'male', 'unknown'],
    ],
    [
      'isoWeek',
      [
        { date: '2017-02-01' },
        { date: '2017-01-01' },
        { date: '2017-01-02' },
        { date: '2017-12-31' },
      ],
      ['2016-W52', '2017-W01', '2017-W05', '2017-W52'],
    ],
    [
      'month',
      [{ date: '2017-10-05' }, { date: '2017-03-01' }, { date: '2016-12-24' }],
      ['2016-12', '2017-03', '2017-10'],
    ],
    ['year', [{ date: '2018-01-01' }, { date: '2016-08-01' }], ['2016', '2018']],
    [
      'location',
      [
        { locationId: 'loc-10' },
        { locationId: 'loc-2' },
        { locationId: 'Gävle' },
        { locationId: 'loc-1' },
      ],
      ['Gävle', 'loc-1', 'loc-2', 'loc-10'],
    ],
    [
      'invitingAgency',
      [{ invitingAgency: 'kommun' }, { invitingAgency: 'MV' }, { invitingAgency: 'AF' }],
      ['AF', 'MV', 'kommun'],
    ],
  ])('%s keys sort naturally', (dim, overrides, expected) => {
    const records = overrides.map((o, i) => visit(`p${i}`, o));
    expect(keysFor(dim, records)).toEqual(expected);
  });
});

describe('crossTab: rejects bad input', () => {
  it.each<[string, Partial<VisitRecord>, string]>([
    ['a made-up date', { date: '2017-02-30' }, 'INVALID_DATE'],
    ['track 4', { track: 4 as 1 }, 'INVALID_RECORD'],
    ['an unknown sex', { sex: 'x' as 'male' }, 'INVALID_RECORD'],
    ['an unknown age band', { ageBand: '18-65' as '65+' }, 'INVALID_RECORD'],
    ['an empty personKey', { personKey: '' }, 'INVALID_RECORD'],
  ])('%s', (_, overrides, code) => {
    expect(() =>
      crossTab([visit('p1', overrides)], { rows: 'location', cols: 'track' }),
    ).toThrowError(expect.objectContaining({ code }));
  });

  it('rows and cols must be two different dimensions', () => {
    expect(() => crossTab([], { rows: 'sex', cols: 'sex' })).toThrowError(
      expect.objectContaining({ code: 'INVALID_OPTIONS' }),
    );
    expect(() => crossTab([], { rows: 'weekday' as Dim, cols: 'sex' })).toThrowError(
      expect.objectContaining({ code: 'INVALID_OPTIONS' }),
    );
  });
});

const arbRecord = fc.record({
  personKey: fc.constantFrom('p1', 'p2', 'p3', 'p4', 'p5', 'p6', 'p7', 'p8'),
  locationId: fc.constantFrom('loc-1', 'loc-2', 'loc-10'),
  date: fc.constantFrom('2016-12-31', '2017-01-01', '2017-01-02', '2017-02-01', '2017-02-15'),
  track: fc.constantFrom<1 | 2 | 3>(1, 2, 3),
  sex: fc.constantFrom<'female' | 'male' | 'unknown'>('female', 'male', 'unknown'),
  ageBand: fc.constantFrom<'0-17' | '18-64' | '65+'>('0-17', '18-64', '65+'),
  invitingAgency: fc.constantFrom('MV', 'AF', 'kommun'),
  attended: fc.boolean(),
});
const arbDim = fc.constantFrom<Dim>(
  'location',
  'track',
  'sex',
  'ageBand',
  'isoWeek',
  'month',
  'year',
  'invitingAgency',
);
const arbDims = fc.tuple(arbDim, arbDim).filter(([a, b]) => a !== b);

describe('crossTab: laws', () => {
  it('is additive, and its total is the number of distinct persons who attended', () => {
    fc.assert(
      fc.property(fc.array(arbRecord, { maxLength: 40 }), arbDims, (records, [rows, cols]) => {
        const t = crossTab(records, { rows, cols });
        t.cells.forEach((row, r) => expect(row.reduce((a, b) => a + b, 0)).toBe(t.rowTotals[r]));
        t.colKeys.forEach((_, c) =>
          expect(t.cells.reduce((s, row) => s + (row[c] as number), 0)).toBe(t.colTotals[c]),
        );
        expect(t.rowTotals.reduce((a, b) => a + b, 0)).toBe(t.total);
        expect(t.total).toBe(
          new Set(records.filter((r) => r.attended).map((r) => r.personKey)).size,
        );
        // No empty rows or columns: a key appears only if someone is counted under it.
        expect(t.rowTotals.every((n) => n > 0)).toBe(true);
        expect(t.colTotals.every((n) => n > 0)).toBe(true);
      }),
    );
  });

  it('a cell never exceeds the distinct persons who attended in that cell', () => {
    fc.assert(
      fc.property(fc.array(arbRecord, { maxLength: 40 }), (records) => {
        const t = crossTab(records, { rows: 'location', cols: 'isoWeek' });
        t.rowKeys.forEach((row, r) =>
          t.colKeys.forEach((col, c) => {
            const present = new Set(
              records
                .filter((v) => v.attended && v.locationId === row && isoWeekOf(v.date) === col)
                .map((v) => v.personKey),
            );
            expect(t.cells[r]?.[c]).toBeLessThanOrEqual(present.size);
          }),
        );
      }),
    );
  });

  it('does not depend on the order of the records, and its transpose is the transposed table', () => {
    fc.assert(
      fc.property(
        fc
          .array(arbRecord, { maxLength: 40 })
          .chain((records) =>
            fc.tuple(
              fc.constant(records),
              fc.shuffledSubarray(records, { minLength: records.length }),
            ),
          ),
        arbDims,
        ([records, shuffled], [rows, cols]) => {
          expect(crossTab(shuffled, { rows, cols })).toEqual(crossTab(records, { rows, cols }));
          const t = crossTab(records, { rows, cols });
          const u = crossTab(records, { rows: cols, cols: rows });
          expect(u.rowKeys).toEqual(t.colKeys);
          expect(u.cells).toEqual(t.colKeys.map((_, c) => t.cells.map((row) => row[c])));
        },
      ),
    );
  });

  it('tables that share a dimension agree on its margin (each person counted at one visit)', () => {
    fc.assert(
      fc.property(fc.array(arbRecord, { maxLength: 40 }), (records) => {
        const byTrack = crossTab(records, { rows: 'location', cols: 'track' });
        const bySex = crossTab(records, { rows: 'location', cols: 'sex' });
        expect(bySex.rowKeys).toEqual(byTrack.rowKeys);
        expect(bySex.rowTotals).toEqual(byTrack.rowTotals);
      }),
    );
  });
});
