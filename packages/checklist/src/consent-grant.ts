import { ActorId } from '@motesplats/location-config';
import { TimestampSchema } from '@motesplats/tracks';
import { z } from 'zod';
import { instantOf } from './instant.js';

/**
 * Who a grant is for: one agency, or every agency whose caseworker is present at the person's
 * Mötesplats day (the usual choice at the first meeting: "everyone I meet today may read it").
 */
export const ALL_PRESENT_TODAY = 'all-present-today';
export const GranteeSchema = z.union([ActorId, z.literal(ALL_PRESENT_TODAY)]);
export type Grantee = z.infer<typeof GranteeSchema>;

/** Only reading is ever granted: an agency writes its own items and no one else's. */
export const CONSENT_SCOPES = ['read'] as const;

/**
 * The newcomer's consent to share (sekretessmedgivande): scoped, time-limited and revocable.
 * Unknown fields (a stored row's householdId, grantedVia, createdAt) are ignored, so a stored
 * grant can be passed as it is once its dates are ISO strings.
 */
export const ConsentGrantSchema = z.object({
  id: z.string().optional(),
  grantee: GranteeSchema,
  scope: z.enum(CONSENT_SCOPES),
  /** Active from this instant (inclusive)… */
  from: TimestampSchema,
  /** …until this one (exclusive). */
  until: TimestampSchema,
  /** Revoked from this instant on; null or absent while not revoked. */
  revokedAt: TimestampSchema.nullable().optional(),
});
export type ConsentGrant = z.infer<typeof ConsentGrantSchema>;

/**
 * Active at `now`: from ≤ now < until, and not revoked at or before now. Only `now` decides, so
 * expiry and revocation take effect at the very instant, with no cache to outlive them.
 * `grant` must already be valid (ConsentGrantSchema); `now` is checked here.
 */
export function isGrantActive(grant: ConsentGrant, now: string): boolean {
  const at = instantOf(now, 'now');
  const from = instantOf(grant.from, 'grant.from');
  const until = instantOf(grant.until, 'grant.until');
  if (grant.revokedAt !== null && grant.revokedAt !== undefined) {
    if (instantOf(grant.revokedAt, 'grant.revokedAt') <= at) return false;
  }
  return grant.scope === 'read' && from <= at && at < until;
}
