import { TRPCError } from '@trpc/server';
import type { SessionUser } from '@motesplats/contracts';

/**
 * Caseworkers and location admins act only at their own location; national admins everywhere.
 * Role checks happen before the handler; this is the resource check inside it.
 */
export function assertLocationScope(session: SessionUser | null, locationId: string): void {
  if (!session) throw new TRPCError({ code: 'UNAUTHORIZED', message: 'Sign in first' });
  if (session.role === 'national-admin') return;
  if (session.locationId === locationId) return;
  throw new TRPCError({
    code: 'FORBIDDEN',
    message: `Your access is limited to location '${session.locationId ?? 'none'}', not '${locationId}'`,
  });
}
