import type { ConsentGrant } from '@motesplats/db';
import type { ConsentGrantDto } from '@motesplats/contracts';

/** Active means in force right now: started, not expired, not revoked. */
export function isActive(
  grant: Pick<ConsentGrant, 'from' | 'until' | 'revokedAt'>,
  now: Date,
): boolean {
  return grant.from <= now && now < grant.until && !(grant.revokedAt && grant.revokedAt <= now);
}

export function grantDto(row: ConsentGrant, now: Date): ConsentGrantDto {
  return {
    id: row.id,
    householdId: row.householdId,
    grantee: row.grantee as ConsentGrantDto['grantee'],
    scope: 'read',
    from: row.from.toISOString(),
    until: row.until.toISOString(),
    revokedAt: row.revokedAt ? row.revokedAt.toISOString() : null,
    grantedVia: row.grantedVia as ConsentGrantDto['grantedVia'],
    active: isActive(row, now),
  };
}
