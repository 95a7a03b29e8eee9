import { describe, expect, it } from 'vitest';
import { isoWeekDays, isoWeekOf } from '@motesplats/statistics';
import { weeksBetween } from './iso-week';
import { goalPeriods, periodLabel } from './periods';

describe('ISO weeks', () => {
  it.each([
    ['2017-01-01', '2016-W52'],
    ['2017-01-02', '2017-W01'],
    ['2017-02-05', '2017-W05'],
    ['2020-12-31', '2020-W53'],
    ['2021-01-03', '2020-W53'],
    ['2018-12-31', '2019-W01'],
  ])('%s is in %s', (day, week) => {
    expect(isoWeekOf(day)).toBe(week);
  });

  it('finds the Monday of a week and the weeks a period touches', () => {
    expect(isoWeekDays('2017-W05')?.start).toBe('2017-01-30');
    expect(isoWeekDays('2020-W53')?.start).toBe('2020-12-28');
    expect(weeksBetween('2017-12-24', '2018-01-08')).toEqual([
      '2017-W51',
      '2017-W52',
      '2018-W01',
      '2018-W02',
    ]);
  });
});

describe('goal periods', () => {
  it('splits one year into quarters, clipped to the period', () => {
    expect(goalPeriods('2017-01-01', '2017-12-31').map((p) => p.label)).toEqual([
      'Helår 2017',
      'Kv 1 2017',
      'Kv 2 2017',
      'Kv 3 2017',
      'Kv 4 2017',
    ]);
    expect(goalPeriods('2017-02-10', '2017-05-31')).toEqual([
      { from: '2017-02-10', to: '2017-03-31', label: '2017-02-10 – 2017-03-31' },
      { from: '2017-04-01', to: '2017-05-31', label: '2017-04-01 – 2017-05-31' },
    ]);
  });

  it('splits several years into years, the first from the assignment start', () => {
    expect(goalPeriods('2016-07-28', '2018-12-31')).toEqual([
      { from: '2016-07-28', to: '2016-12-31', label: '2016-07-28 – 2016-12-31' },
      { from: '2017-01-01', to: '2017-12-31', label: '2017' },
      { from: '2018-01-01', to: '2018-12-31', label: '2018' },
    ]);
    expect(periodLabel({ from: '2017-01-01', to: '2017-12-31' })).toBe('2017');
  });
});
