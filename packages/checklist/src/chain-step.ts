import { ActorId, HomeContactSchema } from '@motesplats/location-config';
import { STEP_KINDS } from '@motesplats/tracks';
import { z } from 'zod';

/**
 * A step of the visit's chain, as far as the checklist cares. tracks' PlannedStep fits as it is
 * (extra fields are ignored, not refused), and so does a bare `{ actor, kind }`.
 */
export const ChainStepSchema = z.looseObject({
  actor: ActorId,
  /** Absent means 'meeting'. */
  kind: z.enum(STEP_KINDS).optional(),
  /** tracks sets these on a 'home-municipality-info' step; used when no satellite is given. */
  homeContact: HomeContactSchema.optional(),
  municipality: z.looseObject({ name: z.string() }).optional(),
});
export type ChainStep = z.input<typeof ChainStepSchema>;
