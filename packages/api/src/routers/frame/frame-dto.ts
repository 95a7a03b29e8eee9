import type { NationalFrameDto, SessionUser } from '@motesplats/contracts';
import type { Prisma } from '@motesplats/db';
import type { FrameInForce } from './frame-in-force.js';
import { frameBreaches } from './frame-problems.js';

/**
 * The frame with the locations that break it. National admins and analysts read every location's
 * configuration, so they see every breach; a caseworker or location admin reads only their own
 * location's configuration, so they see only their own location's breach (config-scope.ts).
 */
export async function nationalFrameDto(
  db: Prisma.TransactionClient,
  session: SessionUser | null,
  inForce: FrameInForce,
): Promise<NationalFrameDto> {
  const everyLocation = session?.role === 'national-admin' || session?.role === 'analyst';
  const breaches = everyLocation
    ? await frameBreaches(db, inForce.frame)
    : session?.locationId
      ? await frameBreaches(db, inForce.frame, session.locationId)
      : [];
  return {
    frame: inForce.frame,
    version: inForce.version,
    updatedAt: inForce.updatedAt.toISOString(),
    updatedBy: inForce.updatedBy,
    breaches,
  };
}
