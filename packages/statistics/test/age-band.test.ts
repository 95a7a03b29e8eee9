import { describe, expect, it } from 'vitest';
import { ageBandOf, toRecordsAgeBand } from '../src/index.js';

describe('ageBandOf', () => {
  it.each([
    [0, '0-17'],
    [17, '0-17'],
    [18, '18-64'],
    [64, '18-64'],
    [65, '65+'],
    [103, '65+'],
  ])('%i years is %s', (age, band) => {
    expect(ageBandOf(age)).toBe(band);
    expect(toRecordsAgeBand(age)).toBe(band);
  });

  it.each([-1, 17.5, Number.NaN])('rejects %d', (age) => {
    expect(() => ageBandOf(age)).toThrowError(expect.objectContaining({ code: 'INVALID_OPTIONS' }));
  });
});
