import { INTL_LOCALE, type Locale } from '@motesplats/i18n';
import { LOCATION_TIME_ZONE } from '@motesplats/tracks';

const formats = new Map<Locale, Intl.DateTimeFormat>();

/**
 * A visit day ('YYYY-MM-DD') written out with its weekday in the reader's language. Always the
 * Gregorian calendar: the appointment is kept by Swedish calendars, and fa-AF (Dari) would
 * otherwise default to the Solar Hijri one.
 */
export function longDate(date: string, locale: Locale): string {
  let format = formats.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(INTL_LOCALE[locale], {
      weekday: 'long',
      year: 'numeric',
      month: 'long',
      day: 'numeric',
      calendar: 'gregory',
      timeZone: LOCATION_TIME_ZONE,
    });
    formats.set(locale, format);
  }
  // Midday UTC is the same calendar day in Stockholm, summer or winter.
  return format.format(new Date(`${date}T12:00:00Z`));
}
