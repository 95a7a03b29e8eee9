import { z } from 'zod';
import { LocationConfigSchema } from '@motesplats/location-config';
import { LocationId } from './location.js';

export const LocationRef = z.strictObject({ locationId: LocationId });

/** A location with its whole configuration and the version an edit must name. */
export const LocationDetail = z.object({
  id: LocationId,
  name: z.string(),
  municipalityCode: z.string(),
  config: LocationConfigSchema,
  version: z.number().int(),
  updatedAt: z.string(),
});
export type LocationDetail = z.infer<typeof LocationDetail>;

export const LocationRevision = z.object({
  version: z.number().int(),
  config: z.unknown(),
  author: z.object({ id: z.string().nullable(), name: z.string(), role: z.string() }),
  createdAt: z.string(),
});
export type LocationRevision = z.infer<typeof LocationRevision>;

/**
 * The configuration arrives unchecked (`unknown`) on purpose: it is validated by
 * parseLocationConfig, which reports every problem with its path, e.g. 'tracks.1.chain[2].actor'.
 */
export const UpdateLocationConfigInput = z.strictObject({
  locationId: LocationId,
  expectedVersion: z.number().int().min(1),
  config: z.unknown(),
});
