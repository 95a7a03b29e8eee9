import { TRPCError } from '@trpc/server';
import type { SessionUser } from '@motesplats/contracts';
import type { Prisma } from '@motesplats/db';

/**
 * Which location a statistics request covers. Analysts and national admins: the one they name,
 * or all (null). A location admin: their own, whether they name it or not; naming another is
 * FORBIDDEN. Anyone else never gets here (the permission check comes first), and is refused
 * here too, so a new role added to a permission does not silently see everything.
 */
export function statsLocationScope(
  session: SessionUser | null,
  locationId: string | undefined,
): string | null {
  if (!session) throw new TRPCError({ code: 'UNAUTHORIZED', message: 'Sign in first' });
  switch (session.role) {
    case 'analyst':
    case 'national-admin':
      return locationId ?? null;
    case 'location-admin': {
      const own = session.locationId;
      if (!own) {
        throw new TRPCError({
          code: 'FORBIDDEN',
          message: 'Your account is a location admin without a location',
        });
      }
      if (locationId !== undefined && locationId !== own) {
        throw new TRPCError({
          code: 'FORBIDDEN',
          message: `locationId: your statistics are limited to location '${own}', not '${locationId}'`,
        });
      }
      return own;
    }
    default:
      throw new TRPCError({
        code: 'FORBIDDEN',
        message: `Your role (${session.role}) has no access to statistics`,
      });
  }
}

/** A location that is named must exist: an unknown id is NOT_FOUND, not an empty table. */
export async function requireLocation(
  db: Prisma.TransactionClient,
  locationId: string | null,
): Promise<void> {
  if (locationId === null) return;
  const found = await db.location.findUnique({ where: { id: locationId }, select: { id: true } });
  if (!found) {
    throw new TRPCError({
      code: 'NOT_FOUND',
      message: `locationId: there is no location '${locationId}'`,
    });
  }
}

/** Location names for labels, by id; an id without a location keeps its id as its label. */
export async function locationNames(
  db: Prisma.TransactionClient,
  ids: readonly string[],
): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await db.location.findMany({
    where: { id: { in: [...ids] } },
    select: { id: true, name: true },
  });
  return new Map(rows.map((row) => [row.id, row.name]));
}
