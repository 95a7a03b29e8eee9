import { describe, expect, it } from 'vitest';
import { ageOnVisitDay, membersOfPensionAge } from './pension-age';

describe('ageOnVisitDay', () => {
  it.each([
    // [birthDate, onDate, age]
    ['1961-11-23', '2026-11-23', 65], // the 65th birthday is the visit day
    ['1961-11-24', '2026-11-23', 64], // the birthday is tomorrow
    ['1961-11-22', '2026-11-23', 65],
    ['1961-12-31', '2026-01-01', 64], // born late in the year, visited early in the next
    ['1961-01-01', '2026-12-31', 65],
    // 29 February in a common year: still 64 on 28 February, 65 from 1 March.
    ['1960-02-29', '2025-02-28', 64],
    ['1960-02-29', '2025-03-01', 65],
    // ... and on the day itself in a leap year.
    ['1960-02-29', '2024-02-28', 63],
    ['1960-02-29', '2024-02-29', 64],
    ['1956-02-29', '2021-02-28', 64],
    ['1956-02-29', '2021-03-01', 65],
    ['2026-11-23', '2026-11-23', 0], // born on the visit day
  ])('born %s is on %s %i years old', (birthDate, onDate, age) => {
    expect(ageOnVisitDay(birthDate, onDate)).toBe(age);
  });

  it('gives null, not an exception, for a birth date after the day or not a date', () => {
    expect(ageOnVisitDay('2026-11-24', '2026-11-23')).toBeNull();
    expect(ageOnVisitDay('1961-02-30', '2026-11-23')).toBeNull();
    expect(ageOnVisitDay('23/11/1961', '2026-11-23')).toBeNull();
  });
});

describe('membersOfPensionAge', () => {
  const day = '2026-11-23';
  const members = [
    { id: 'a', birthDate: '1990-03-01' },
    { id: 'b', birthDate: '1961-11-24' }, // 65 tomorrow
    { id: 'c', birthDate: '1961-11-23' }, // 65 today
    { id: 'd', birthDate: '1940-05-05' },
    { id: 'e', birthDate: '2030-01-01' }, // a typo in the register
  ];

  it('lists those 65 or older on the day, oldest first, with their age', () => {
    expect(membersOfPensionAge(members, day)).toEqual([
      { member: members[3], age: 86 },
      { member: members[2], age: 65 },
    ]);
  });

  it('is empty when nobody has reached 65', () => {
    expect(membersOfPensionAge(members.slice(0, 2), day)).toEqual([]);
    expect(membersOfPensionAge([], day)).toEqual([]);
  });

  it('counts someone born on 29 February from 1 March in a common year', () => {
    const leapling = [{ id: 'x', birthDate: '1960-02-29' }];
    expect(membersOfPensionAge(leapling, '2025-02-28')).toEqual([]);
    expect(membersOfPensionAge(leapling, '2025-03-01')).toEqual([{ member: leapling[0], age: 65 }]);
  });
});
