import { z } from 'zod';
import { ActorId } from './actors.js';

export const NewcomerLoginInput = z.strictObject({
  code: z.string().trim().min(1, 'expected the personal code from the invitation').max(40),
});

export const AccessCodeDto = z.object({
  householdId: z.string(),
  /** Shown once: only its hash is stored. Printed on the invitation as text and as a QR code. */
  code: z.string(),
  rotatedAt: z.string(),
});
export type AccessCodeDto = z.infer<typeof AccessCodeDto>;

export const Grantee = z.union([ActorId, z.literal('all-present-today')]);
export type Grantee = z.infer<typeof Grantee>;

/**
 * The newcomer grants read access in their app (householdId from their session), or at a
 * caseworker's desk by typing their personal code (householdId and accessCode required).
 */
export const GrantConsentInput = z.strictObject({
  householdId: z.uuid({ message: 'expected a household id (UUID)' }).optional(),
  accessCode: z.string().trim().max(40).optional(),
  grantee: Grantee,
  /** Until when, at most a year ahead. */
  until: z.iso.datetime({
    offset: true,
    message: 'expected a date and time, e.g. 2026-12-31T23:59:00+01:00',
  }),
});

export const RevokeConsentInput = z.strictObject({
  grantId: z.uuid({ message: 'expected a grant id (UUID)' }),
  accessCode: z.string().trim().max(40).optional(),
});

export const ConsentGrantDto = z.object({
  id: z.string(),
  householdId: z.string(),
  grantee: Grantee,
  scope: z.literal('read'),
  from: z.string(),
  until: z.string(),
  revokedAt: z.string().nullable(),
  grantedVia: z.enum(['app', 'desk']),
  active: z.boolean(),
});
export type ConsentGrantDto = z.infer<typeof ConsentGrantDto>;

export const AuditForNewcomerInput = z.strictObject({
  householdId: z.uuid({ message: 'expected a household id (UUID)' }).optional(),
});

/** One access to a person's data, as the person sees it. */
export const AuditEntryDto = z.object({
  at: z.string(),
  who: z.object({
    name: z.string().nullable(),
    role: z.string().nullable(),
    agency: z.string().nullable(),
  }),
  procedure: z.string(),
  action: z.string(),
  outcome: z.enum(['allowed', 'denied']),
});
