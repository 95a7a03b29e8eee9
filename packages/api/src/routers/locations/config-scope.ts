import { TRPCError } from '@trpc/server';
import type { SessionUser } from '@motesplats/contracts';
import { assertLocationScope } from '../../auth/location-scope.js';

/**
 * A configuration holds no personal data: national admins and analysts read every location's;
 * caseworkers and location admins read their own.
 */
export function assertConfigReadable(session: SessionUser | null, locationId: string): void {
  if (session?.role === 'analyst' || session?.role === 'national-admin') return;
  assertLocationScope(session, locationId);
}

export function notFound(locationId: string): TRPCError {
  return new TRPCError({ code: 'NOT_FOUND', message: `locationId: no location '${locationId}'` });
}
