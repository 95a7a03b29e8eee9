/**
 * A Mötesplats day is a Swedish day: the date is taken in Stockholm whatever zone the device is in.
 */
const TIME_ZONE = 'Europe/Stockholm';

const longDate = new Intl.DateTimeFormat('sv-SE', {
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: TIME_ZONE,
});

// sv-SE formats numeric dates as ISO 8601 (YYYY-MM-DD), which is what <time dateTime> wants.
const isoDate = new Intl.DateTimeFormat('sv-SE', {
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  timeZone: TIME_ZONE,
});

/** E.g. "söndag 22 november 2026". */
export function formatSwedishLongDate(date: Date): string {
  return longDate.format(date);
}

/** E.g. "2026-11-22". */
export function formatIsoDate(date: Date): string {
  return isoDate.format(date);
}
