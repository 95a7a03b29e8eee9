import { z } from 'zod';
import { ActorId } from './actors.js';
import { AddressSchema } from './address.js';
import { Slug } from './slug.js';
import { NonEmptyText } from './text.js';

/**
 * A mobile team (mobilt team): this location's caseworkers travel to a venue in a nearby
 * municipality. The seeds found it inefficient at low volumes, but some locations still use it.
 */
export const MobileTeamSchema = z.strictObject({
  id: Slug,
  venue: z.strictObject({ name: NonEmptyText, address: AddressSchema }),
  actors: z.array(ActorId).min(1, { error: 'Expected at least one actor in the team' }),
});
export type MobileTeam = z.infer<typeof MobileTeamSchema>;
