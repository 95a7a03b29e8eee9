import { expect } from 'vitest';
import { TargetGroupError, type TargetGroupErrorCode } from '../src/index.js';

export function expectTargetGroupError(
  run: () => unknown,
  code: TargetGroupErrorCode,
): TargetGroupError {
  let caught: unknown;
  try {
    run();
  } catch (error) {
    caught = error;
  }
  expect(caught).toBeInstanceOf(TargetGroupError);
  expect((caught as TargetGroupError).code).toBe(code);
  return caught as TargetGroupError;
}

/** 'YYYY-MM-DD' shifted by whole days, through UTC so no time zone can move it. */
export function addDays(isoDate: string, days: number): string {
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  const shifted = new Date(Date.UTC(y, m - 1, d + days));
  return shifted.toISOString().slice(0, 10);
}
