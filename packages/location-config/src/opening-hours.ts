import { z } from 'zod';
import { TimeOfDay } from './time-of-day.js';

export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export const Weekday = z.enum(WEEKDAYS);
export type Weekday = z.infer<typeof Weekday>;

/**
 * One entry per weekday the location runs Mötesplats days. Many locations run only some days
 * (e.g. Tuesdays and Thursdays), so the weekday list and the hours live together.
 */
export const OpeningHoursEntrySchema = z.strictObject({
  weekday: Weekday,
  opens: TimeOfDay,
  closes: TimeOfDay,
});
export type OpeningHoursEntry = z.infer<typeof OpeningHoursEntrySchema>;
