import { z } from 'zod';
import { ActorId } from './actors.js';
import { Role } from './roles.js';
import { LocationId } from './location.js';

/** Who is signed in, as the frontends see it. Never carries more than the UI needs. */
export const SessionUser = z.object({
  id: z.string(),
  displayName: z.string(),
  role: Role,
  agency: ActorId.nullable(),
  locationId: LocationId.nullable(),
});
export type SessionUser = z.infer<typeof SessionUser>;

/**
 * Development login: pick a role, agency and location. A caseworker needs both an agency and a
 * location; a location admin needs a location; national admins and analysts need neither.
 */
export const DevLoginInput = z
  .object({
    role: Role.exclude(['newcomer']),
    agency: ActorId.optional(),
    locationId: LocationId.optional(),
  })
  .superRefine((value, ctx) => {
    if (value.role === 'caseworker' && !value.agency) {
      ctx.addIssue({
        code: 'custom',
        path: ['agency'],
        message: 'A caseworker needs an agency: one of mv, af, fk, pm, skv, kommun',
      });
    }
    if ((value.role === 'caseworker' || value.role === 'location-admin') && !value.locationId) {
      ctx.addIssue({
        code: 'custom',
        path: ['locationId'],
        message: `A ${value.role} needs a location id`,
      });
    }
  });
export type DevLoginInput = z.infer<typeof DevLoginInput>;

export const AuthConfig = z.object({ devLogin: z.boolean() });
export type AuthConfig = z.infer<typeof AuthConfig>;
