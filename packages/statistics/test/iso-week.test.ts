import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isoWeekDays, isoWeekOf } from '../src/index.js';
import { civilFromDays, daysFromCivil } from '../src/iso-date.js';

describe('isoWeekOf', () => {
  it.each([
    ['2017-01-01', '2016-W52'], // a Sunday: still the last week of 2016
    ['2017-01-02', '2017-W01'], // the first Monday
    ['2017-02-01', '2017-W05'],
    ['2017-12-31', '2017-W52'],
    ['2015-12-31', '2015-W53'], // 2015 began on a Thursday: 53 weeks
    ['2016-01-03', '2015-W53'],
    ['2016-01-04', '2016-W01'],
    ['2016-07-28', '2016-W30'], // the government assignment's start
    ['2018-12-31', '2019-W01'], // a Monday in December belongs to next year
    ['2008-12-29', '2009-W01'],
    ['2010-01-03', '2009-W53'],
    ['2020-02-29', '2020-W09'],
    ['2020-12-31', '2020-W53'],
    ['2021-01-03', '2020-W53'],
    ['2021-01-04', '2021-W01'],
    ['2000-01-01', '1999-W52'],
  ])('%s is in %s', (date, week) => {
    expect(isoWeekOf(date)).toBe(week);
  });

  it('walks 1990–2040 day by day: weeks change on Mondays only, by one, and restart at W01', () => {
    // An independent check: a day counter, no calendar arithmetic shared with the code.
    const monthDays = (y: number) => [
      31,
      y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0) ? 29 : 28,
      31,
      30,
      31,
      30,
      31,
      31,
      30,
      31,
      30,
      31,
    ];
    let weekday = 0; // 1990-01-01 was a Monday
    let previous = isoWeekOf('1990-01-01');
    expect(previous).toBe('1990-W01');
    const jan1Weekday = new Map<number, number>([[1990, 0]]);
    let transitions = 0;
    let first = true;
    for (let y = 1990; y <= 2040; y++) {
      monthDays(y).forEach((days, m) => {
        for (let d = 1; d <= days; d++) {
          if (first) {
            first = false;
            continue;
          }
          weekday = (weekday + 1) % 7;
          if (m === 0 && d === 1) jan1Weekday.set(y, weekday);
          const date = `${y}-${String(m + 1).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
          const week = isoWeekOf(date);
          if (weekday !== 0) {
            expect(week, date).toBe(previous);
            continue;
          }
          const [py, pw] = previous.split('-W').map(Number) as [number, number];
          const [wy, ww] = week.split('-W').map(Number) as [number, number];
          if (ww === 1) {
            expect(wy, date).toBe(py + 1);
            // A year has 53 ISO weeks iff it starts on a Thursday, or is a leap year starting on a Wednesday.
            const starts = jan1Weekday.get(py);
            const leap = (monthDays(py)[1] as number) === 29;
            expect(pw, date).toBe(starts === 3 || (leap && starts === 2) ? 53 : 52);
            transitions++;
          } else {
            expect([wy, ww], date).toEqual([py, pw + 1]);
          }
          previous = week;
        }
      });
    }
    // 1991-W01 … 2040-W01, and 2041-W01, which starts on Monday 2040-12-31.
    expect(transitions).toBe(51);
  });

  it('agrees with the Date-based textbook algorithm on random dates', () => {
    const reference = (date: string) => {
      const d = new Date(`${date}T00:00:00Z`);
      const day = (d.getUTCDay() + 6) % 7;
      d.setUTCDate(d.getUTCDate() - day + 3);
      const year = d.getUTCFullYear();
      const jan4 = new Date(Date.UTC(year, 0, 4));
      const week =
        1 +
        Math.round(
          ((d.getTime() - jan4.getTime()) / 86_400_000 - 3 + ((jan4.getUTCDay() + 6) % 7)) / 7,
        );
      return `${year}-W${String(week).padStart(2, '0')}`;
    };
    fc.assert(
      fc.property(
        fc.date({
          min: new Date('1900-01-01T00:00:00Z'),
          max: new Date('2199-12-31T00:00:00Z'),
          noInvalidDate: true,
        }),
        (d) => {
          const date = d.toISOString().slice(0, 10);
          expect(isoWeekOf(date)).toBe(reference(date));
        },
      ),
      { numRuns: 2000 },
    );
  });

  it.each(['2017-02-30', '2017-13-01', '17-01-01', '2017-1-1', '', '2017-01-01T00:00'])(
    'rejects %j',
    (date) => {
      expect(() => isoWeekOf(date)).toThrowError(expect.objectContaining({ code: 'INVALID_DATE' }));
    },
  );
});

describe('isoWeekDays', () => {
  it.each([
    ['2017-W05', '2017-01-30', '2017-02-05'],
    ['2017-W10', '2017-03-06', '2017-03-12'],
    ['2015-W53', '2015-12-28', '2016-01-03'],
    ['2020-W53', '2020-12-28', '2021-01-03'],
    ['2019-W01', '2018-12-31', '2019-01-06'],
  ])('%s runs from %s to %s', (week, start, end) => {
    expect(isoWeekDays(week)).toEqual({ start, end });
  });

  it.each(['2017-W53', '2017-W00', '2017-05', 'W05'])('%s is no week of its year', (week) => {
    expect(isoWeekDays(week)).toBeNull();
  });

  it('starts every week on the Monday isoWeekOf puts in it, 1990–2040', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1990, max: 2040 }), fc.integer({ min: 1, max: 53 }), (y, w) => {
        const week = `${y}-W${String(w).padStart(2, '0')}`;
        const days = isoWeekDays(week);
        if (days === null) return;
        expect(isoWeekOf(days.start)).toBe(week);
        expect(isoWeekOf(days.end)).toBe(week);
        expect(isoWeekOf(civilFromDays(daysOf(days.start) - 1))).not.toBe(week);
      }),
    );
  });
});

describe('civilFromDays', () => {
  it('undoes daysFromCivil for every day from 1600 to 2400', () => {
    fc.assert(
      fc.property(fc.integer({ min: daysOf('1600-01-01'), max: daysOf('2400-12-31') }), (n) => {
        expect(daysOf(civilFromDays(n))).toBe(n);
      }),
    );
    expect(civilFromDays(0)).toBe('1970-01-01');
    expect(civilFromDays(daysOf('2000-02-29'))).toBe('2000-02-29');
  });
});

function daysOf(date: string): number {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return daysFromCivil(y, m, d);
}
