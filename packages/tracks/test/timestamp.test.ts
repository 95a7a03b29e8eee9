import { describe, expect, it } from 'vitest';
import { isTimestamp, swedishDate } from '../src/index.js';

describe('isTimestamp', () => {
  it.each([
    ['2025-03-04T09:15:00+01:00', true],
    ['2025-03-04T09:15+01:00', true],
    ['2025-03-04T09:15:00.123Z', true],
    ['2025-03-04T09:15:00', false], // no offset: ambiguous
    ['2025-03-04 09:15:00+01:00', false],
    ['2025-02-29T09:15:00Z', false], // not a leap year
    ['2025-03-04T24:00:00Z', false],
    ['2025-03-04', false],
    [20250304, false],
  ])('%s → %s', (value, expected) => {
    expect(isTimestamp(value)).toBe(expected);
  });
});

describe('swedishDate', () => {
  it.each([
    ['2025-03-04T09:15:00+01:00', '2025-03-04'],
    ['2025-03-03T23:30:00Z', '2025-03-04'], // 00:30 in Stockholm (winter time)
    ['2025-07-01T22:30:00Z', '2025-07-02'], // 00:30 in Stockholm (summer time)
    ['2025-07-01T21:30:00Z', '2025-07-01'],
    ['2025-03-04T00:30:00+05:00', '2025-03-03'], // written in another offset
  ])('%s is %s in Sweden', (timestamp, date) => {
    expect(swedishDate(timestamp)).toBe(date);
  });
});
