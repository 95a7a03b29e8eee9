import { z } from 'zod';

/** A calendar date, 'YYYY-MM-DD'; impossible dates such as 2026-02-30 are rejected. */
export const IsoDate = z.iso.date({ message: 'expected a date as YYYY-MM-DD, e.g. 2026-11-23' });
export type IsoDate = z.infer<typeof IsoDate>;

/** A wall-clock time at the location, 'HH:MM'. */
export const ClockTime = z
  .string()
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'expected a time as HH:MM, e.g. 09:30');
export type ClockTime = z.infer<typeof ClockTime>;

/** Today's date where the locations are: every Mötesplats keeps Swedish time. */
export function todayInSweden(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm' }).format(now);
}
