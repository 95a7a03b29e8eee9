import { z } from 'zod';

/** 'HH:MM', 24-hour clock. Zero-padded, so two valid times compare correctly as strings. */
export const TimeOfDay = z.string().regex(/^(?:[01]\d|2[0-3]):[0-5]\d$/, {
  error: 'Expected a time written as HH:MM (00:00-23:59)',
});
export type TimeOfDay = z.infer<typeof TimeOfDay>;
