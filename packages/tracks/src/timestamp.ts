import { isIsoDate } from '@motesplats/target-group';
import { z } from 'zod';

/**
 * An instant as ISO 8601 with an explicit offset ('2025-03-04T09:15:00+01:00' or '...Z').
 * Without an offset a timestamp is ambiguous, so it is refused.
 */
const TIMESTAMP =
  /^(\d{4}-\d{2}-\d{2})T([01]\d|2[0-3]):[0-5]\d(?::[0-5]\d(?:\.\d{1,9})?)?(?:Z|[+-](?:[01]\d|2[0-3]):[0-5]\d)$/;

export function isTimestamp(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const match = TIMESTAMP.exec(value);
  return match !== null && isIsoDate(match[1]) && !Number.isNaN(Date.parse(value));
}

export const TimestampSchema = z.string().refine(isTimestamp, {
  error: 'Expected an ISO 8601 timestamp with an offset, e.g. "2025-03-04T09:15:00+01:00"',
});

/** Every Mötesplats is in Sweden; "the visit day" is a Swedish calendar day. */
export const LOCATION_TIME_ZONE = 'Europe/Stockholm';

// Intl is ECMAScript, available in browsers and Node alike; created once, it is cheap to reuse.
const DAY_IN_SWEDEN = new Intl.DateTimeFormat('en-CA', {
  timeZone: LOCATION_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/**
 * The Swedish calendar day ('YYYY-MM-DD') of an instant, whatever offset it was written with:
 * '2025-03-03T23:30:00Z' is already 4 March in Sweden. Day rules (check-in on the visit day,
 * no-show from the visit day) compare these.
 */
export function swedishDate(timestamp: string): string {
  const parts = DAY_IN_SWEDEN.formatToParts(new Date(timestamp));
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}`;
}
