import { isTimestamp } from '@motesplats/tracks';
import { ChecklistError } from './errors.js';

/**
 * Milliseconds since the epoch of an ISO timestamp with an offset (tracks' format). Comparing
 * the strings would be wrong: '10:00+01:00' and '09:00Z' are the same instant.
 */
export function instantOf(timestamp: string, field: string): number {
  if (!isTimestamp(timestamp)) {
    throw new ChecklistError(
      'INVALID_INPUT',
      `${field}: Expected an ISO 8601 timestamp with an offset, e.g. "2025-03-04T09:15:00+01:00", got ${JSON.stringify(timestamp)}`,
    );
  }
  return Date.parse(timestamp);
}
