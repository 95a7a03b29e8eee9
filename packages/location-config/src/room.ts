import { z } from 'zod';
import { Slug } from './slug.js';
import { NonEmptyText } from './text.js';

/** Capacity is people in the room, newcomers and staff; the seeds report small rooms failing families. */
export const RoomSchema = z.strictObject({
  id: Slug,
  name: NonEmptyText,
  capacity: z
    .int({ error: 'Expected a whole number of people' })
    .min(1, { error: 'Expected a capacity of at least 1 person' })
    .max(100, { error: 'Expected a capacity of at most 100 people' }),
});
export type Room = z.infer<typeof RoomSchema>;
