import { z } from 'zod';

/** A location id is a slug: lower-case letters, digits and single hyphens, e.g. 'demo' or 'gavle'. */
export const LocationId = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'expected a slug of a-z, 0-9 and single hyphens, e.g. "demo"')
  .max(64);
export type LocationId = z.infer<typeof LocationId>;

export const LocationSummary = z.object({
  id: LocationId,
  name: z.string(),
  municipalityCode: z.string().regex(/^\d{4}$/),
});
export type LocationSummary = z.infer<typeof LocationSummary>;
