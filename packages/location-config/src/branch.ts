import { z } from 'zod';
import { ActorId } from './actors.js';
import { AddressSchema } from './address.js';
import { Slug } from './slug.js';
import { NonEmptyText } from './text.js';

/**
 * A branch (filial): the service office in a satellite municipality used as the platform, partly
 * staffed from this location. `actors` are the ones this location sends there; the branch's own
 * service office staff are not listed.
 */
export const BranchSchema = z.strictObject({
  id: Slug,
  name: NonEmptyText,
  address: AddressSchema,
  actors: z.array(ActorId).min(1, { error: 'Expected at least one actor staffed from here' }),
});
export type Branch = z.infer<typeof BranchSchema>;
