import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ageOn, assessTargetGroup } from '../src/index.js';
import { addDays, expectTargetGroupError } from './support.js';

describe('ageOn', () => {
  it.each([
    ['2002-06-15', '2020-06-14', 17],
    ['2002-06-15', '2020-06-15', 18],
    ['1955-06-15', '2020-06-14', 64],
    ['1955-06-15', '2020-06-15', 65],
    ['2000-12-31', '2001-01-01', 0],
    ['2000-01-01', '2000-12-31', 0],
    ['2020-01-01', '2020-01-01', 0],
  ])('born %s, on %s: %i', (birthDate, onDate, age) => {
    expect(ageOn(birthDate, onDate)).toBe(age);
  });

  it('throws INVALID_DATE for a birth date after the date and for bad dates', () => {
    expectTargetGroupError(() => ageOn('2020-01-02', '2020-01-01'), 'INVALID_DATE');
    expectTargetGroupError(() => ageOn('2020-02-30', '2020-03-01'), 'INVALID_DATE');
    expectTargetGroupError(() => ageOn('2020-01-01', 'today'), 'INVALID_DATE');
  });
});

describe('29 February birthdays turn a year older on 1 March in other years', () => {
  it.each([
    ['2004-02-29', '2022-02-28', 17],
    ['2004-02-29', '2022-03-01', 18],
    ['2004-02-29', '2024-02-28', 19],
    ['2004-02-29', '2024-02-29', 20],
    ['1956-02-29', '2021-02-28', 64],
    ['1956-02-29', '2021-03-01', 65],
    ['1896-02-29', '1900-02-28', 3], // 1900 is not a leap year
    ['1896-02-29', '1900-03-01', 4],
  ])('born %s, on %s: %i', (birthDate, onDate, age) => {
    expect(ageOn(birthDate, onDate)).toBe(age);
  });

  it('carries through to the assessment: a principal born 1956-02-29 leaves the 18–64 band on 2021-03-01', () => {
    const facts = {
      birthDate: '1956-02-29',
      permit: { chapter: 5, section: 1 },
      housing: 'own' as const,
    };
    expect(assessTargetGroup(facts, '2021-02-28')).toMatchObject({
      inTargetGroup: true,
      pensionRelevant: false,
    });
    expect(assessTargetGroup(facts, '2021-03-01')).toMatchObject({
      inTargetGroup: false,
      pensionRelevant: true,
    });
  });

  it('and a child born 2004-02-29 becomes an adult principal on 2022-03-01', () => {
    const facts = {
      birthDate: '2004-02-29',
      permit: { chapter: 5, section: 1 },
      housing: 'own' as const,
    };
    expect(assessTargetGroup(facts, '2022-02-28').inTargetGroup).toBe(false);
    expect(assessTargetGroup(facts, '2022-03-01').inTargetGroup).toBe(true);
  });
});

const isoDay = fc
  .date({
    min: new Date('1900-01-01T00:00:00Z'),
    max: new Date('2100-12-31T00:00:00Z'),
    noInvalidDate: true,
  })
  .map((d) => d.toISOString().slice(0, 10));

/**
 * An independent oracle: Date.UTC rolls 29 February of a common year over to 1 March, which is
 * exactly the documented rule, so the anniversary in year Y is Date.UTC(Y, month, day).
 */
function oracleAge(birthDate: string, onDate: string): number {
  const [by, bm, bd] = birthDate.split('-').map(Number) as [number, number, number];
  const [oy, om, od] = onDate.split('-').map(Number) as [number, number, number];
  const anniversary = Date.UTC(oy, bm - 1, bd);
  return oy - by - (anniversary > Date.UTC(oy, om - 1, od) ? 1 : 0);
}

describe('ageOn properties', () => {
  it('agrees with the Date.UTC oracle', () => {
    fc.assert(
      fc.property(isoDay, isoDay, (a, b) => {
        const [birth, on] = a <= b ? [a, b] : [b, a];
        expect(ageOn(birth, on)).toBe(oracleAge(birth, on));
      }),
    );
  });

  it('is 0 on the day of birth and never decreases', () => {
    fc.assert(
      fc.property(isoDay, fc.integer({ min: 0, max: 400 }), (birth, days) => {
        expect(ageOn(birth, birth)).toBe(0);
        const on = addDays(birth, days);
        fc.pre(on <= '2100-12-31');
        expect(ageOn(birth, addDays(on, 1))).toBeGreaterThanOrEqual(ageOn(birth, on));
      }),
    );
  });
});
